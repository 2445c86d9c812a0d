// Jest global setup (root jest.config.js): once per `npm test`, a fresh database on the real
// PostgreSQL and, unless KAFKA_BROKERS names one, a fresh Kafka broker. Test files read
// DATABASE_URL and KAFKA_BROKERS; HUB_TEST_RUN_ID names things that must not collide with other
// runs; HUB_TEST_KAFKA_DATA_DIR lets a test stop and restart the broker (stopKafkaBrokerByDataDir).
import fs from 'node:fs';
import path from 'node:path';
import type { KafkaBroker } from './kafka-broker';
import { startKafkaBroker } from './kafka-broker';
import type { PostgresServer } from './postgres';
import { resolvePostgres } from './postgres';
import { createDatabase } from './postgres-admin';
import {
  RUN_PID_FILE,
  dropAbandonedTestDatabases,
  hubDir,
  kafkaDirPrefix,
  newRunId,
  repoRoot,
  saveTestRun,
  sweepAbandonedKafkaDirs,
} from './test-run';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const verbose = process.env.HUB_TEST_VERBOSE === '1';
  // Quiet unless something unusual happens (a Maven fetch, a crashed run's leftovers).
  const log = (line: string) => {
    if (verbose || /Maven|crashed|abandoned|embedded/.test(line)) console.log(line);
  };
  const runId = newRunId();

  await sweepAbandonedKafkaDirs(log);
  const kafkaDataDir = path.join(hubDir, `${kafkaDirPrefix}${runId}`);
  const [postgresResult, kafkaResult] = await Promise.allSettled([
    resolvePostgres({ dataDir: path.join(hubDir, 'postgres'), log }),
    process.env.KAFKA_BROKERS
      ? Promise.resolve(undefined)
      : startKafkaBroker({ repoRoot, dataDir: kafkaDataDir, fresh: true, log }),
  ]);
  const postgres = postgresResult.status === 'fulfilled' ? postgresResult.value : undefined;
  const kafka = kafkaResult.status === 'fulfilled' ? kafkaResult.value : undefined;
  if (kafka) fs.writeFileSync(path.join(kafkaDataDir, RUN_PID_FILE), `${process.pid}\n`);

  const database = `hub_test_${runId}`;
  let databaseUrl: string;
  try {
    if (!postgres) throw (postgresResult as PromiseRejectedResult).reason;
    if (kafkaResult.status === 'rejected') throw kafkaResult.reason;
    databaseUrl = await createDatabase(postgres.adminUrl, database);
  } catch (error) {
    // No teardown runs after a failed setup: undo what did start.
    await undo(postgres, kafka, kafkaDataDir);
    throw error;
  }
  saveTestRun({ runId, adminUrl: postgres.adminUrl, database, postgres, kafka });

  const removed = await dropAbandonedTestDatabases(postgres.adminUrl, database).catch(() => []);
  if (removed.length > 0)
    log(`local-stack: dropped abandoned test databases ${removed.join(', ')}`);

  process.env.DATABASE_URL = databaseUrl;
  process.env.HUB_TEST_RUN_ID = runId;
  if (kafka) {
    process.env.KAFKA_BROKERS = kafka.brokers.join(',');
    process.env.HUB_TEST_KAFKA_DATA_DIR = kafka.dataDir;
  }

  const kafkaNote = kafka
    ? `Kafka ${process.env.KAFKA_BROKERS} (fresh broker, ${path.relative(repoRoot, kafka.dataDir)})`
    : `Kafka ${process.env.KAFKA_BROKERS} (KAFKA_BROKERS)`;
  console.log(
    `\nlocal-stack: PostgreSQL ${postgres.source} database ${database}; ${kafkaNote}; ` +
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function undo(
  postgres: PostgresServer | undefined,
  kafka: KafkaBroker | undefined,
  kafkaDataDir: string,
): Promise<void> {
  if (kafka) {
    await kafka.stop().catch(() => {});
    fs.rmSync(kafkaDataDir, { recursive: true, force: true });
  }
  await postgres?.stop().catch(() => {});
}
