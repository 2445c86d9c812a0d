// `npm start`: the whole hub on this machine. PostgreSQL and Kafka as the README says, every
// subgraph under subgraphs/, then the gateway; `npm start -- --demo` also loads demo cases.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { devAuthEnvironment, ensureDevKeys, signDevToken, type DevKeys } from './dev-keys';
import { describeDevTokenRoles } from './dev-roles';
import { listSubgraphPackages } from './hub-layout';
import { startKafkaBroker, type KafkaBroker } from './kafka-broker';
import { startMailCatcher, type MailCatcher } from './mail-catcher';
import { freePort, isPortFree, settlesWithin, terminateProcess } from './processes';
import { resolvePostgres, type PostgresServer } from './postgres';
import { ensureDatabase, provisionSubgraphSchema } from './postgres-admin';
import { hubDir, repoRoot } from './test-run';

interface Service {
  readonly name: string;
  readonly process: ChildProcess;
  readonly baseUrl: string;
}

const say = (line: string) => console.log(`hub: ${line}`);

/** How long a service or the broker gets to stop before it is killed. */
const SERVICE_STOP_MS = 4_000;
/** After this the hub kills whatever is left and exits, whatever is still stopping. */
const SHUTDOWN_DEADLINE_MS = 9_000;

/** Only what a service needs: its variables, not the whole environment of this shell. */
function baseEnvironment(): NodeJS.ProcessEnv {
  const passThrough = ['PATH', 'HOME', 'TZ', 'LANG', 'NODE_OPTIONS'];
  const env: NodeJS.ProcessEnv = {};
  for (const name of passThrough) if (process.env[name]) env[name] = process.env[name];
  env.NODE_ENV = process.env.NODE_ENV ?? 'development';
  env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  return env;
}

function startService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  baseUrl: string,
): Service {
  // Semi-spaces of up to 8 MB (V8's default is 16). At 2 MB the young generation filled so
  // often under load that a quarter of routing's CPU went to the garbage collector and
  // short-lived objects were promoted: ~20 ms of CPU per three-subgraph query, more memory
  // after load, not less. At 8 MB: ~16 ms, and the hub still idles at ~1.3 GB; 16 MB gains
  // no throughput and idles ~150 MB higher (test/bench/query-latency.mjs, memory.mjs).
  // Two malloc arenas instead of one per thread: glibc's extra arenas hold freed memory.
  const child = spawn(process.execPath, ['--max-semi-space-size=8', script], {
    env: { MALLOC_ARENA_MAX: '2', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.ReadableStream, write: (text: string) => void) => {
    let buffered = '';
    stream.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) write(`${prefix}${line}\n`);
    });
  };
  relay(child.stdout!, (text) => process.stdout.write(text));
  relay(child.stderr!, (text) => process.stderr.write(text));
  return { name, process: child, baseUrl };
}

async function waitUntilReady(service: Service, path: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.process.exitCode !== null)
      throw new Error(`${service.name} exited with code ${service.process.exitCode}`);
    const ok = await fetch(`${service.baseUrl}${path}`, {
      signal: AbortSignal.timeout(1_000),
    }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} did not become ready within ${timeoutMs / 1000} s`);
}

async function loadDemoCases(gatewayUrl: string, keys: DevKeys): Promise<void> {
  const token = await signDevToken(keys, {
    subject: 'demo-loader',
    roles: ['agent'],
    expiresIn: '10m',
  });
  const { cases } = JSON.parse(
    readFileSync(join(repoRoot, 'packages/local-stack/demo/demo-cases.json'), 'utf8'),
  ) as {
    cases: Record<string, unknown>[];
  };
  let loaded = 0;
  const failures: string[] = [];
  for (const input of cases) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($input: LogCaseInput!) { logCase(input: $input) { srNumber } }',
        variables: { input },
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length)
      failures.push(`${String(input.idempotencyKey)}: ${body.errors[0]!.message}`);
    else loaded += 1;
  }
  say(`demo: ${loaded} cases logged (idempotent: running --demo again adds none)`);
  for (const failure of failures.slice(0, 5)) say(`demo: not loaded ${failure}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false } } });
  const stops: (() => Promise<void>)[] = [];
  const services: Service[] = [];
  let shuttingDown = false;

  // Ctrl+C reaches every process of the terminal's group at once, so the services may already
  // be stopping; each gets SIGTERM and a few seconds, then SIGKILL. A second Ctrl+C (or a
  // signal after the deadline) stops at once. Listeners stay registered: a library's own
  // signal handler must never be the only one left.
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say('stopping (Ctrl+C again to stop at once)');
    const forced = setTimeout(() => forceExit(code), SHUTDOWN_DEADLINE_MS);
    forced.unref();
    // The gateway first, so no request reaches a stopping subgraph; then the subgraphs at once.
    const stopService = async (service: Service) => {
      if (service.process.pid === undefined) return;
      await terminateProcess(service.process.pid, { timeoutMs: SERVICE_STOP_MS });
    };
    const gateway = services.find((service) => service.name === 'gateway');
    if (gateway) await stopService(gateway);
    await Promise.all(services.filter((service) => service !== gateway).map(stopService));
    for (const stop of stops.reverse()) {
      await settlesWithin(
        stop().catch(() => undefined),
        SERVICE_STOP_MS,
      );
    }
    process.exit(code);
  };
  const forceExit = (code: number) => {
    for (const service of services) {
      if (service.process.exitCode === null && service.process.signalCode === null) {
        service.process.kill('SIGKILL');
      }
    }
    say('stopped at once');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => (shuttingDown ? forceExit(130) : void shutdown(0)));
  }

  try {
    const postgres: PostgresServer = await resolvePostgres({
      dataDir: join(hubDir, 'postgres'),
      log: say,
    });
    stops.push(() => postgres.stop());
    const databaseUrl = await ensureDatabase(
      postgres.adminUrl,
      process.env.HUB_DATABASE_NAME ?? 'hub',
    );
    say(`PostgreSQL: ${postgres.source}`);

    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      const broker: KafkaBroker = await startKafkaBroker({
        repoRoot,
        dataDir: join(hubDir, 'kafka'),
        reusePorts: true,
        log: say,
      });
      stops.push(() => broker.stop());
      brokers = broker.brokers.join(',');
    }
    say(`Kafka: ${brokers}`);

    const keys = await ensureDevKeys(hubDir);
    let smtpUrl = process.env.HUB_SMTP_URL;
    if (!smtpUrl) {
      const catcher: MailCatcher = await startMailCatcher(join(hubDir, 'mail'));
      stops.push(() => catcher.stop());
      smtpUrl = catcher.url;
      say(`mail: acknowledgments are kept in .hub/mail (set HUB_SMTP_URL to send real email)`);
    }

    const subgraphUrls: string[] = [];
    for (const subgraph of listSubgraphPackages(repoRoot)) {
      const { url } = await provisionSubgraphSchema(databaseUrl, subgraph.name);
      // Only the gateway calls a subgraph, and it is told where: a second hub on this machine
      // (or anything else on the usual port) just moves the subgraph to a free one.
      const port = (await isPortFree(subgraph.port)) ? subgraph.port : await freePort();
      if (port !== subgraph.port)
        say(`${subgraph.name}: port ${subgraph.port} is taken; using ${port}`);
      const env: NodeJS.ProcessEnv = {
        ...baseEnvironment(),
        ...devAuthEnvironment(keys),
        PORT: String(port),
        DATABASE_URL: url,
        KAFKA_BROKERS: brokers,
        ...(subgraph.name === 'intake' ? { HUB_SMTP_URL: smtpUrl } : {}),
      };
      const service = startService(
        subgraph.name,
        join(subgraph.directory, 'dist/main.js'),
        env,
        `http://127.0.0.1:${port}`,
      );
      services.push(service);
      subgraphUrls.push(`${subgraph.name}=http://127.0.0.1:${port}/graphql`);
    }
    await Promise.all(services.map((service) => waitUntilReady(service, '/readyz')));

    const gatewayPort = Number(process.env.PORT ?? 4000);
    // The gateway's own schema and role, like a subgraph's: where its replicas count submissions.
    const gatewayDatabase = await provisionSubgraphSchema(databaseUrl, 'gateway');
    const { HUB_GATEWAY_PUBLIC_KEY: _unused, ...authEnvironment } = devAuthEnvironment(keys);
    const gateway = startService(
      'gateway',
      join(repoRoot, 'gateway/dist/main.js'),
      {
        ...baseEnvironment(),
        ...authEnvironment,
        PORT: String(gatewayPort),
        HUB_SUBGRAPH_URLS: subgraphUrls.join(','),
        HUB_GATEWAY_SIGNING_KEY: keys.gateway.privateKeyPem,
        HUB_GATEWAY_DATABASE_URL: gatewayDatabase.url,
      },
      `http://127.0.0.1:${gatewayPort}`,
    );
    services.push(gateway);
    await waitUntilReady(gateway, '/readyz');
    const gatewayUrl = `${gateway.baseUrl}/graphql`;
    const mode = baseEnvironment().NODE_ENV;

    for (const service of services) {
      service.process.once('exit', (code) => {
        if (shuttingDown) return;
        say(`${service.name} stopped unexpectedly (exit ${code}); stopping the hub`);
        void shutdown(1);
      });
    }

    if (values.demo) await loadDemoCases(gatewayUrl, keys);

    const agentToken = await signDevToken(keys, {
      subject: 'dev-agent',
      roles: ['agent'],
      expiresIn: '24h',
    });
    const query =
      '{ cases(first: 5) { totalCount edges { node { srNumber kind channel status receivedAt location { ward } } } } }';
    console.log(`
The complaint hub is running, in ${mode} mode${mode === 'development' ? ' (stack traces, introspection and suggestions on; NODE_ENV=production npm start for production behaviour)' : ''}.

  Gateway:   ${gatewayUrl}
  Token for a 311 agent (24 h):
    ${agentToken}

  A token for any other role (development keys, 8 h):
    npm run token -- --role <role> [--department <department id>] [--agency <agency id>]
  Roles: ${describeDevTokenRoles()}.

  Try it:
    curl -s ${gatewayUrl} \\
      -H 'content-type: application/json' \\
      -H 'authorization: Bearer ${agentToken}' \\
      -d '${JSON.stringify({ query })}'

  A resident needs no token to track a case:
    curl -s ${gatewayUrl} -H 'content-type: application/json' \\
      -d '{"query":"{ trackCase(srNumber: \\"<SR number>\\") { status receivedAt } }"}'

Press Ctrl+C to stop.`);
  } catch (error) {
    console.error(
      `hub: could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    await shutdown(1);
  }
}

void main();
