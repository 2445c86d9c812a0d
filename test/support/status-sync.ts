// What the status-sync tests share: the hub as separate processes, writers of status changes
// and the checks an operator runs to see that every agency's copy of every case agrees.
import {
  SubgraphProcesses,
  waitFor,
  type GraphqlReply,
  type SubgraphProcessesOptions,
} from '@hub/local-stack';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CASE_RECEIVED, CASE_STATUS_CHANGED, CaseStatus, EventContracts } from '@hub/contracts';
import {
  EventPublisher,
  HybridLogicalClock,
  openDatabase,
  recordStatusChange,
} from '@hub/service-kit';
import { compareStatusCopies, type StatusCopyComparison } from '@hub/status-tools';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { graphql } from '../graphql';

export const repoRoot = resolve(__dirname, '../..');

/** The processes run the compiled code: build it the way `npm start` does first. */
export function buildHub(): void {
  try {
    execFileSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-b'], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`tsc -b failed, so the subgraphs cannot start:\n${output.slice(0, 4_000)}`);
  }
}

/** A label unique to this test file in this run: names its database, topic and groups. */
export function runLabel(file: string): string {
  const run = (process.env.HUB_TEST_RUN_ID ?? 'local').toLowerCase();
  return `${run}_${file}_${randomBytes(2).toString('hex')}`;
}

export async function startFleet(
  label: string,
  brokers: readonly string[],
  overrides: Partial<SubgraphProcessesOptions> = {},
): Promise<SubgraphProcesses> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('run through jest: the global setup provides PostgreSQL');
  return SubgraphProcesses.create({
    repoRoot,
    adminUrl,
    database: `hub_test_${label}`,
    brokers,
    topic: `hub.test.${label}.cases`,
    partitions: 6,
    jurisdiction: `test-${label.replace(/_/g, '-')}`,
    workDir: join(repoRoot, '.hub', 'status-sync', label),
    // Anonymous cases send no mail; a port nobody listens on is enough.
    extraEnvironment: { intake: { HUB_SMTP_URL: 'smtp://127.0.0.1:9' } },
    ...overrides,
  });
}

/** Runs `task` for each item, at most `limit` at a time; the first failure stops the rest. */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw (failure as PromiseRejectedResult).reason;
}

/**
 * The status-sync files take turns (across jest workers and concurrent runs on this machine):
 * six subgraph processes each hold up to ten PostgreSQL connections, and two such fleets at
 * once exhaust a server's default hundred, which the rest of the suite shares. Returns the
 * release.
 */
export async function takeFleetTurn(timeoutMs = 420_000): Promise<() => void> {
  const lock = join(repoRoot, '.hub', 'status-sync', 'fleet.lock');
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), `${process.pid}\n`);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isAbandoned(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`another status-sync test held ${lock} for ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Its holder is gone, or it never wrote its pid (a crash right after taking it). */
function isAbandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8').trim());
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      try {
        return Date.now() - statSync(lock).mtimeMs > 10_000;
      } catch {
        return false; // released meanwhile
      }
    }
    return true; // ESRCH: no such process
  }
}

export function expectNoErrors(reply: GraphqlReply, what: string): void {
  if (reply.errors?.length || reply.status !== 200) {
    throw new Error(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.errors)}`);
  }
}

// Sent straight to the subgraph that owns each mutation; typed against the API schema, where
// these mutations are the same.
const SubmitDocument = graphql(`
  mutation StatusSyncSubmit($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      caseId
    }
  }
`);
const RerouteDocument = graphql(`
  mutation StatusSyncReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {
    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {
      id
    }
  }
`);
const WithdrawDocument = graphql(`
  mutation StatusSyncWithdraw($caseId: ID!, $reason: String!) {
    withdrawCase(caseId: $caseId, reason: $reason) {
      status
    }
  }
`);

/** A reply to a typed operation: `data` has the operation's shape. */
export type TypedReply<Data> = Omit<GraphqlReply, 'data'> & { readonly data?: Data | null };

/** A typed operation straight to one subgraph's process. */
async function send<Data, Variables extends Record<string, unknown>>(
  fleet: SubgraphProcesses,
  subgraph: string,
  operation: TypedDocumentNode<Data, Variables>,
  variables: NoInfer<Variables>,
  token: string,
): Promise<TypedReply<Data>> {
  return fleet.graphql(subgraph, print(operation), variables, token);
}

/** Real writers: GraphQL mutations straight to the subgraphs, with tokens of the right role. */
export class HubClients {
  private constructor(
    private readonly fleet: SubgraphProcesses,
    private readonly agent: string,
  ) {}

  static async of(fleet: SubgraphProcesses): Promise<HubClients> {
    return new HubClients(fleet, await fleet.token(['agent'], { subject: 'agent-status-sync' }));
  }

  /** Intake receives a service request; returns its case id. */
  async submitCase(n: number): Promise<string> {
    const reply = await send(
      this.fleet,
      'intake',
      SubmitDocument,
      {
        input: {
          idempotencyKey: randomUUID(),
          kind: 'SERVICE_REQUEST',
          description: `Streetlight ${n} on the pond path is out.`,
          location: { latitude: 42.3554 + n * 1e-5, longitude: -71.0655 },
        },
      },
      this.agent,
    );
    expectNoErrors(reply, `submitCase ${n}`);
    return reply.data!.submitCase.caseId;
  }

  /** Routing: an agent sends the case to another department (status `routed`). */
  reroute(caseId: string, departmentId: string): Promise<GraphqlReply> {
    return send(
      this.fleet,
      'routing',
      RerouteDocument,
      { caseId, departmentId, reason: 'load of the status-sync test' },
      this.agent,
    );
  }

  /** Intake: the reporter withdrew the case (status `withdrawn`). */
  withdraw(caseId: string): Promise<GraphqlReply> {
    return send(
      this.fleet,
      'intake',
      WithdrawDocument,
      { caseId, reason: 'Fixed by a neighbour' },
      this.agent,
    );
  }
}

/**
 * Writes status changes exactly as a subgraph's service does (the kit's recordStatusChange, in
 * one transaction: the transition checked against the writer's copy, the event put in its
 * outbox, its copy updated), connected as that subgraph's own database role and stamped with
 * its source. The subgraph's own relay then publishes them. Used where a subgraph's mutations
 * cannot change one case's status hundreds of times (they need particular case kinds).
 */
export class KitStatusWriter {
  private constructor(
    readonly subgraph: string,
    private readonly orm: MikroORM,
    private readonly publisher: EventPublisher,
  ) {}

  static async open(fleet: SubgraphProcesses, subgraph: string): Promise<KitStatusWriter> {
    const info = fleet.info(subgraph);
    const orm = await openDatabase({
      url: info.databaseUrl,
      schema: info.schema,
      entities: [],
      migrations: [],
      poolSize: 1,
    });
    const jurisdiction = fleet.jurisdiction;
    const publisher = new EventPublisher(
      `${jurisdiction}/${subgraph}`,
      fleet.topic,
      new HybridLogicalClock(),
      new EventContracts(),
    );
    return new KitStatusWriter(subgraph, orm, publisher);
  }

  async change(caseId: string, status: CaseStatus): Promise<string> {
    const envelope = await this.orm.em.fork().transactional((em) =>
      recordStatusChange(em, this.publisher, {
        caseId,
        status,
        agency: this.subgraph,
        agencyStatus: `${this.subgraph} says ${status}`,
        reason: 'load of the status-sync test',
      }),
    );
    return envelope.id;
  }

  close(): Promise<void> {
    return this.orm.close(true);
  }
}

/** Working statuses: any may follow any, so a writer never refuses the load's changes. */
export const WORKING_STATUSES: readonly CaseStatus[] = [
  CaseStatus.ACKNOWLEDGED,
  CaseStatus.ASSIGNED,
  CaseStatus.IN_PROGRESS,
  CaseStatus.REFERRED,
  CaseStatus.AWAITING_INFORMATION,
];

/** One status event as its writer put it in its outbox. */
export interface WrittenChange {
  readonly eventId: string;
  readonly caseId: string;
  readonly status: string;
  readonly hlc: string;
  readonly origin: string;
  readonly writer: string;
}

/** Every status event every writer has written (case.received and case.status-changed). */
export async function writtenChanges(
  fleet: SubgraphProcesses,
  writers: readonly string[] = fleet.names,
): Promise<WrittenChange[]> {
  const changes: WrittenChange[] = [];
  for (const writer of writers) {
    const { rows } = await fleet.sql.query<{
      event_id: string;
      case_id: string;
      status: string;
      hlc: string;
      origin: string;
    }>(
      `select envelope->>'id' as event_id,
              coalesce(envelope->'data'->>'caseId', envelope->>'subject') as case_id,
              case when event_type = $1 then 'received' else envelope->'data'->>'status' end
                as status,
              envelope->>'hlc' as hlc, envelope->>'source' as origin
         from "${fleet.info(writer).schema}".outbox_message
        where event_type in ($1, $2)`,
      [CASE_RECEIVED, CASE_STATUS_CHANGED],
    );
    for (const row of rows) {
      const { event_id: eventId, case_id: caseId, status, hlc, origin } = row;
      changes.push({ eventId, caseId, status, hlc, origin, writer });
    }
  }
  return changes;
}

export async function unsentEvents(
  fleet: SubgraphProcesses,
  writers: readonly string[] = fleet.names,
): Promise<number> {
  let unsent = 0;
  for (const writer of writers) {
    const { rows } = await fleet.sql.query<{ n: number }>(
      `select count(*)::int as n from "${fleet.info(writer).schema}".outbox_message
        where sent_at is null`,
    );
    unsent += rows[0]!.n;
  }
  return unsent;
}

export async function historyEntries(fleet: SubgraphProcesses, copy: string): Promise<number> {
  const { rows } = await fleet.sql.query<{ n: number }>(
    `select count(*)::int as n from "${fleet.info(copy).schema}".case_status_history`,
  );
  return rows[0]!.n;
}

/**
 * Waits until every writer's outbox is sent and every copy holds as many history entries as
 * changes were written; on time-out fails with the counts it last saw.
 */
export async function waitForCopies(
  fleet: SubgraphProcesses,
  copies: readonly string[],
  expected: number,
  timeoutMs: number,
): Promise<void> {
  await waitFor(
    async () => {
      // Unsent events by writer: a relay that cannot publish shows here, not as a lagging copy.
      const unsent: Record<string, number> = {};
      for (const writer of copies) unsent[writer] = await unsentEvents(fleet, [writer]);
      const entries: Record<string, number> = {};
      for (const copy of copies) entries[copy] = await historyEntries(fleet, copy);
      return { unsent, entries };
    },
    ({ unsent, entries }) =>
      copies.every((copy) => unsent[copy] === 0 && entries[copy]! >= expected),
    timeoutMs,
    `every copy to hold ${expected} history entries`,
  );
}

/** The (hlc, origin, event id) order of the copies, in code-unit order. */
export function lastWriter<Change extends Pick<WrittenChange, 'hlc' | 'origin' | 'eventId'>>(
  changes: readonly Change[],
): Change {
  const key = (change: Change) => [change.hlc, change.origin, change.eventId];
  return [...changes].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i += 1) {
      if (x[i]! < y[i]!) return -1;
      if (x[i]! > y[i]!) return 1;
    }
    return 0;
  })[changes.length - 1]!;
}

export interface CopyAudit {
  /** compareStatusCopies, the `npm run status -- check` of the copies. */
  readonly comparison: StatusCopyComparison;
  /** Per copy: written changes it lacks, entries nobody wrote, event ids held twice. */
  readonly byCopy: Record<
    string,
    { entries: number; lacking: string[]; unexpected: string[]; duplicates: string[] }
  >;
  /** Cases whose current status in some copy is not the last writer's change. */
  readonly wrongCurrent: { copy: string; caseId: string; has: string; expected: string }[];
}

/**
 * What an operator checks after an incident: the consistency check over the copies, and by
 * direct SQL that each copy holds exactly the changes written (none lost, none twice) and, for
 * each case, the current status of the last writer by (hlc, origin, event id).
 */
export async function auditCopies(
  fleet: SubgraphProcesses,
  copies: readonly string[],
  written: readonly WrittenChange[],
): Promise<CopyAudit> {
  const comparison = await compareStatusCopies(
    fleet.sql,
    copies.map((copy) => fleet.info(copy).schema),
  );
  const expectedIds = new Set(written.map((change) => change.eventId));
  const byCase = new Map<string, WrittenChange[]>();
  for (const change of written) {
    byCase.set(change.caseId, [...(byCase.get(change.caseId) ?? []), change]);
  }
  const byCopy: CopyAudit['byCopy'] = {};
  const wrongCurrent: CopyAudit['wrongCurrent'] = [];
  for (const copy of copies) {
    const schema = fleet.info(copy).schema;
    const history = await fleet.sql.query<{ event_id: string }>(
      `select event_id::text from "${schema}".case_status_history`,
    );
    const held = history.rows.map((row) => row.event_id);
    const heldSet = new Set(held);
    const duplicates = await fleet.sql.query<{ event_id: string }>(
      `select event_id::text from "${schema}".case_status_history
        group by event_id having count(*) > 1`,
    );
    byCopy[copy] = {
      entries: held.length,
      lacking: [...expectedIds].filter((id) => !heldSet.has(id)),
      unexpected: held.filter((id) => !expectedIds.has(id)),
      duplicates: duplicates.rows.map((row) => row.event_id),
    };
    const current = await fleet.sql.query<{ case_id: string; event_id: string }>(
      `select case_id::text, event_id from "${schema}".case_status`,
    );
    const currentOf = new Map(current.rows.map((row) => [row.case_id, row.event_id]));
    for (const [caseId, changes] of byCase) {
      const expected = lastWriter(changes).eventId;
      const has = currentOf.get(caseId) ?? 'none';
      if (has !== expected) wrongCurrent.push({ copy, caseId, has, expected });
    }
  }
  return { comparison, byCopy, wrongCurrent };
}

/** The audit as a test asserts it: zero differences, nothing lacking, extra or doubled. */
export function expectConverged(audit: CopyAudit, written: readonly WrittenChange[]): void {
  expect(audit.comparison.differences).toEqual([]);
  for (const [copy, result] of Object.entries(audit.byCopy)) {
    expect({ copy, ...result }).toEqual({
      copy,
      entries: written.length,
      lacking: [],
      unexpected: [],
      duplicates: [],
    });
  }
  expect(audit.wrongCurrent).toEqual([]);
}
