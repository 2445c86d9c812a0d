// The PostgreSQL the hub runs on: DATABASE_URL if set, else the local server on 127.0.0.1:5432 if
// it answers, else an embedded server (embedded-postgres.ts) that we start ourselves. The admin
// operations on it (databases, one schema + one login role per subgraph) are in postgres-admin.ts.
import path from 'node:path';
import { runningEmbeddedPostgresUrl, startEmbeddedPostgres } from './embedded-postgres';
import { probe } from './postgres-admin';
import { LOOPBACK } from './processes';

export interface PostgresServer {
  /** Connects as a superuser (or whatever DATABASE_URL names) to the maintenance database. */
  readonly adminUrl: string;
  readonly source: 'DATABASE_URL' | 'local-server' | 'embedded';
  /** Stops the server only if this call started it. */
  stop(): Promise<void>;
}

export interface ResolvePostgresOptions {
  /** Where an embedded server keeps its cluster, password and log. */
  dataDir: string;
  log?: (line: string) => void;
  /** The local server tried when DATABASE_URL is unset. */
  localServerUrl?: string;
  /** Where DATABASE_URL is read from; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export const LOCAL_SERVER_URL = `postgres://postgres@${LOOPBACK}:5432/postgres`;

const LOCAL_PROBE_TIMEOUT_MS = 1_500;

export async function resolvePostgres(options: ResolvePostgresOptions): Promise<PostgresServer> {
  const log = options.log ?? (() => {});
  const env = options.env ?? process.env;
  const noStop = async () => {};

  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) {
    const problem = await probe(fromEnv, 10_000);
    if (problem) {
      throw new Error(`DATABASE_URL (${redact(fromEnv)}) does not answer: ${problem}`);
    }
    log(`postgres: using DATABASE_URL (${redact(fromEnv)})`);
    return { adminUrl: fromEnv, source: 'DATABASE_URL', stop: noStop };
  }

  const local = options.localServerUrl ?? LOCAL_SERVER_URL;
  const localProblem = await probe(local, LOCAL_PROBE_TIMEOUT_MS);
  if (!localProblem) {
    log(`postgres: using the local server (${redact(local)})`);
    return { adminUrl: local, source: 'local-server', stop: noStop };
  }
  log(`postgres: no server at ${redact(local)} (${localProblem}); starting an embedded one`);
  return startEmbeddedPostgres(path.resolve(options.dataDir), log);
}

/**
 * The server `resolvePostgres` would use, but only if it is already running: for commands that
 * work on a running hub and must never start (or stop) a server. undefined when none answers.
 */
export async function findRunningPostgres(
  options: ResolvePostgresOptions,
): Promise<{ adminUrl: string; source: PostgresServer['source'] } | undefined> {
  const env = options.env ?? process.env;
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) {
    const problem = await probe(fromEnv, 10_000);
    if (problem) throw new Error(`DATABASE_URL (${redact(fromEnv)}) does not answer: ${problem}`);
    return { adminUrl: fromEnv, source: 'DATABASE_URL' };
  }
  const local = options.localServerUrl ?? LOCAL_SERVER_URL;
  if (!(await probe(local, LOCAL_PROBE_TIMEOUT_MS))) {
    return { adminUrl: local, source: 'local-server' };
  }
  const embedded = await runningEmbeddedPostgresUrl(path.resolve(options.dataDir));
  return embedded === undefined ? undefined : { adminUrl: embedded, source: 'embedded' };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparsable URL>';
  }
}
