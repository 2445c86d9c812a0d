// `npm run status -- rebuild <subgraph>` and `npm run status -- check [subgraph...]`: the
// recovery tools of the agencies' status copies, run against the hub `npm start` runs (or
// whatever DATABASE_URL, HUB_DATABASE_NAME, KAFKA_BROKERS and HUB_EVENTS_TOPIC name).
import {
  findRunningPostgres,
  hubDir,
  listSubgraphPackages,
  LOOPBACK,
  repoRoot,
  storedKafkaPorts,
  withDatabase,
} from '@hub/local-stack';
import {
  EnvironmentError,
  loadEnvironment,
  openDatabase,
  subgraphEnvironment,
} from '@hub/service-kit';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  compareStatusCopies,
  type StatusCopyComparison,
  type StatusCopyDifference,
} from './compare';
import { rebuildStatusCopies, type StatusRebuildSummary } from './rebuild';

export const STATUS_USAGE = `usage: npm run status -- rebuild <subgraph> [--allow-trimmed-topic]
       npm run status -- check [subgraph...] [--json]

  rebuild   empty <subgraph>'s status copy and apply every status event on the topic again,
            from offset 0 to the end (its consumer waits meanwhile); prints what it applied
  check     compare the status copies of the named subgraphs (default: every subgraph whose
            schema exists) and print every case where they differ; exit 1 if any do
  --allow-trimmed-topic   rebuild even if retention deleted the topic's first events
  --json                  print the comparison as JSON

The hub's PostgreSQL and Kafka are found as \`npm start\` finds them: DATABASE_URL (the server;
the database is HUB_DATABASE_NAME, default hub), else the local or embedded server in .hub;
KAFKA_BROKERS, else the broker in .hub/kafka. The topic is HUB_EVENTS_TOPIC (hub.cases.v1).`;

export interface StatusCommandIo {
  readonly env?: NodeJS.ProcessEnv;
  readonly print?: (line: string) => void;
  readonly printError?: (line: string) => void;
}

/** Runs the command and returns its exit code: 0 done/agree, 1 copies differ, 2 usage, 78 config. */
export async function runStatusCommand(
  args: readonly string[],
  io: StatusCommandIo = {},
): Promise<number> {
  const print = io.print ?? ((line: string) => console.log(line));
  const printError = io.printError ?? ((line: string) => console.error(line));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'allow-trimmed-topic': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    printError(`${error instanceof Error ? error.message : String(error)}\n\n${STATUS_USAGE}`);
    return 2;
  }
  const [command, ...subgraphs] = parsed.positionals;
  const names = subgraphs.filter((name) => /^[a-z][a-z0-9-]*$/.test(name));
  if (
    names.length !== subgraphs.length ||
    !(
      (command === 'rebuild' && subgraphs.length === 1) ||
      (command === 'check' && subgraphs.length !== 1)
    )
  ) {
    printError(STATUS_USAGE);
    return 2;
  }

  let settings;
  try {
    settings = loadEnvironment('status', STATUS_ENVIRONMENT, pickSettings(io.env ?? process.env));
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    printError(error.message);
    return 78;
  }
  const server = await findRunningPostgres({
    dataDir: join(hubDir, 'postgres'),
    env: io.env ?? process.env,
  });
  if (!server) {
    printError('status: no PostgreSQL is running: start the hub (npm start) or set DATABASE_URL');
    return 1;
  }
  const databaseUrl = withDatabase(server.adminUrl, settings.HUB_DATABASE_NAME ?? 'hub');
  const sql = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  sql.on('error', () => {});
  await sql.connect();
  try {
    const copies = await schemasWithCopies(sql);
    if (command === 'rebuild') {
      const schema = schemaOf(subgraphs[0]!);
      if (!copies.includes(schema)) {
        printError(`status: no status copy in schema ${schema}: has ${subgraphs[0]} run once?`);
        return 1;
      }
      const brokers = settings.KAFKA_BROKERS ?? runningBrokers();
      if (!brokers) {
        printError('status: no Kafka broker known: start the hub (npm start) or set KAFKA_BROKERS');
        return 1;
      }
      const orm = await openDatabase({
        url: databaseUrl,
        schema,
        entities: [],
        migrations: [],
        poolSize: 2,
      });
      try {
        const summary = await rebuildStatusCopies({
          orm,
          brokers,
          topic: settings.HUB_EVENTS_TOPIC,
          allowTrimmedTopic: parsed.values['allow-trimmed-topic'],
        });
        for (const line of describeRebuild(subgraphs[0]!, settings.HUB_EVENTS_TOPIC, summary)) {
          print(line);
        }
        return 0;
      } finally {
        await orm.close(true);
      }
    }

    const wanted =
      subgraphs.length > 0 ? subgraphs : listSubgraphPackages(repoRoot).map((s) => s.name);
    const schemas = wanted.map(schemaOf).filter((schema) => copies.includes(schema));
    const absent = wanted.filter((name) => !copies.includes(schemaOf(name)));
    if (subgraphs.length > 0 && absent.length > 0) {
      printError(`status: no status copy for ${absent.join(', ')}: has it run once?`);
      return 1;
    }
    if (schemas.length < 2) {
      printError(`status: fewer than two status copies to compare (found ${schemas.join(', ')})`);
      return 1;
    }
    const comparison = await compareStatusCopies(sql, schemas);
    if (parsed.values.json) {
      print(JSON.stringify(comparison, null, 2));
    } else {
      if (absent.length > 0) print(`not compared (never started): ${absent.join(', ')}`);
      for (const line of describeComparison(comparison)) print(line);
    }
    return comparison.differences.length > 0 ? 1 : 0;
  } finally {
    await sql.end().catch(() => undefined);
  }
}

const STATUS_ENVIRONMENT = {
  DATABASE_URL: subgraphEnvironment.DATABASE_URL.optional(),
  HUB_DATABASE_NAME: subgraphEnvironment.HUB_DATABASE_SCHEMA.describe('the database of the hub'),
  KAFKA_BROKERS: subgraphEnvironment.KAFKA_BROKERS.optional(),
  HUB_EVENTS_TOPIC: subgraphEnvironment.HUB_EVENTS_TOPIC,
};

/** Only this command's variables: the shell may hold other services' settings. */
function pickSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const picked: NodeJS.ProcessEnv = {};
  for (const name of Object.keys(STATUS_ENVIRONMENT)) {
    const value = env[name]?.trim();
    if (value) picked[name] = value;
  }
  return picked;
}

/** As provisionSubgraphSchema names them. */
function schemaOf(subgraph: string): string {
  return subgraph.replace(/-/g, '_');
}

function runningBrokers(): string[] | undefined {
  const ports = storedKafkaPorts(join(hubDir, 'kafka'));
  return ports ? [`${LOOPBACK}:${ports.port}`] : undefined;
}

async function schemasWithCopies(sql: Client): Promise<string[]> {
  const { rows } = await sql.query<{ schema: string }>(
    `select table_schema as schema from information_schema.tables
      where table_name = 'case_status_history'
        and exists (select 1 from information_schema.tables status
                     where status.table_schema = tables.table_schema
                       and status.table_name = 'case_status')`,
  );
  return rows.map((row) => row.schema);
}

export function describeRebuild(
  subgraph: string,
  topic: string,
  summary: StatusRebuildSummary,
): string[] {
  const { skipped } = summary;
  return [
    `rebuilt the status copy of ${subgraph} from ${topic} ` +
      `(${summary.partitions.length} partitions, offset 0 to ` +
      `${summary.partitions.map((p) => p.endOffset).join('/')}) in ` +
      `${(summary.elapsedMs / 1000).toFixed(1)} s`,
    `  events read:     ${summary.eventsRead} (${summary.duplicates} duplicates; skipped ` +
      `${skipped.notStatus} not about status, ${skipped.unparseable} unparseable, ` +
      `${skipped.breaksContract} breaking their contract, ${skipped.rejected} rejected)`,
    `  from its outbox: ${summary.fromOutbox} changes not yet on the topic`,
    `  copy now:        ${summary.cases} cases, ${summary.changesApplied} history entries`,
  ];
}

export function describeComparison(comparison: StatusCopyComparison): string[] {
  const lines = comparison.copies.map(
    (copy) => `  ${copy.schema}: ${copy.cases} cases, ${copy.historyEntries} history entries`,
  );
  const verdict =
    comparison.differences.length === 0
      ? `all ${comparison.copies.length} copies agree on all ${comparison.cases} cases`
      : `${comparison.differences.length} of ${comparison.cases} cases differ between the copies`;
  return [
    ...lines,
    verdict,
    ...comparison.differences.flatMap((difference) => describeDifference(difference)),
  ];
}

function describeDifference(difference: StatusCopyDifference): string[] {
  const lines = [`case ${difference.caseId}`];
  if (difference.missingFrom.length > 0) {
    lines.push(`  missing from ${difference.missingFrom.join(', ')}`);
  }
  if (difference.current) {
    lines.push(`  current status differs (${difference.current.fields.join(', ')}):`);
    for (const [copy, view] of Object.entries(difference.current.byCopy)) {
      lines.push(
        view
          ? `    ${copy}: ${view.status} at ${view.hlc} from ${view.origin} (event ${view.eventId})`
          : `    ${copy}: none`,
      );
    }
  }
  if (difference.history) {
    const counts = Object.entries(difference.history.entries)
      .map(([copy, entries]) => `${copy} ${entries}`)
      .join(', ');
    lines.push(`  history differs (entries: ${counts})`);
    for (const [copy, eventIds] of Object.entries(difference.history.lacking)) {
      lines.push(`    ${copy} lacks event ${eventIds.join(', ')}`);
    }
    for (const entry of difference.history.differing) {
      lines.push(`    event ${entry.eventId} differs in ${entry.fields.join(', ')}`);
    }
  }
  return lines;
}
