// What the jest global setup hands to the global teardown (same process, through globalThis),
// and the clean-up of runs that never reached their teardown.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { KafkaBroker } from './kafka-broker';
import { stopKafkaBrokerByDataDir } from './kafka-broker';
import type { PostgresServer } from './postgres';
import { dropDatabase } from './postgres-admin';
import { commandLineOf, isProcessAlive, readPidFile } from './processes';

export interface TestRun {
  runId: string;
  adminUrl: string;
  database: string;
  postgres: PostgresServer;
  /** Only when this run started its own broker (KAFKA_BROKERS was unset). */
  kafka?: KafkaBroker;
}

const KEY = '__hubLocalStackTestRun';
type WithTestRun = typeof globalThis & { [KEY]?: TestRun };

export function saveTestRun(run: TestRun): void {
  (globalThis as WithTestRun)[KEY] = run;
}

export function takeTestRun(): TestRun | undefined {
  const run = (globalThis as WithTestRun)[KEY];
  delete (globalThis as WithTestRun)[KEY];
  return run;
}

/** The repository root, from src/ (jest) as from dist/ (node). */
export const repoRoot = path.resolve(__dirname, '../../..');
export const hubDir = path.join(repoRoot, '.hub');

/** `t<yyyymmddhhmmss UTC><4 hex>`: sortable, and a usable database-name suffix. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const random = Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');
  return `t${stamp}${random}`;
}

export const kafkaDirPrefix = 'test-kafka-';
export const RUN_PID_FILE = 'run.pid';

/**
 * A run killed before its teardown leaves a broker (maybe still running) and a directory in
 * .hub. Clear those whose jest process is gone; a live one belongs to a concurrent run.
 */
export async function sweepAbandonedKafkaDirs(log: (line: string) => void): Promise<void> {
  let names: string[];
  try {
    names = fs.readdirSync(hubDir).filter((name) => name.startsWith(kafkaDirPrefix));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(hubDir, name);
    const runPid = readPidFile(path.join(dir, RUN_PID_FILE));
    if (runPid !== undefined && isProcessAlive(runPid) && isNode(runPid)) continue;
    if (runPid === undefined && Date.now() - fs.statSync(dir).mtimeMs < 10 * 60_000) {
      continue; // a run still in its setup
    }
    if (await stopKafkaBrokerByDataDir(dir))
      log(`local-stack: stopped an abandoned broker in ${dir}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Test databases of runs killed before their teardown, older than `maxAgeHours`. */
export async function dropAbandonedTestDatabases(
  adminUrl: string,
  keep: string,
  maxAgeHours = 6,
): Promise<string[]> {
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => {});
  await client.connect();
  let names: string[];
  try {
    const result = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname ~ '^hub_test_t[0-9]{14}[0-9a-f]{4}$'`,
    );
    names = result.rows.map((row) => row.datname);
  } finally {
    await client.end().catch(() => {});
  }
  const cutoff = Date.now() - maxAgeHours * 3_600_000;
  const old = names.filter(
    (name) => name !== keep && runTime(name.slice('hub_test_'.length)) < cutoff,
  );
  for (const name of old) await dropDatabase(adminUrl, name);
  return old;
}

function runTime(runId: string): number {
  const d = runId.slice(1, 15);
  return Date.parse(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}Z`,
  );
}

function isNode(pid: number): boolean {
  return /node|jest/i.test(path.basename(commandLineOf(pid)?.[0] ?? ''));
}
