import { dropDatabase, freePort } from '@hub/local-stack';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { graphql } from './graphql';
import { postGraphQL } from './support/http-client';

const repoRoot = resolve(__dirname, '..');

/**
 * What a city's engineer does first: start the hub, copy the printed query and token, run it.
 * The hub here uses this test run's PostgreSQL server and Kafka (as DATABASE_URL and
 * KAFKA_BROKERS would make it for anyone), in a database of its own.
 */
describe('npm start', () => {
  const database = `hub_test_${process.env.HUB_TEST_RUN_ID ?? 'local'}_start`;
  let hub: ChildProcess | null = null;
  let output = '';
  let gatewayPort = 0;

  afterAll(async () => {
    if (hub && hub.exitCode === null) {
      process.kill(-hub.pid!, 'SIGKILL');
      await new Promise((r) => hub!.once('exit', r));
    }
    await dropDatabase(process.env.DATABASE_URL!, database).catch(() => undefined);
  });

  /**
   * `npm start` as a terminal runs it: its own process group (Ctrl+C reaches every process of
   * the group at once), the variables an engineer would set. Resolves once it says it is up.
   */
  async function startHub(args: string[]): Promise<ChildProcess> {
    gatewayPort = await freePort();
    output = '';
    const started = spawn(
      process.execPath,
      [join(repoRoot, 'packages/local-stack/dist/start-hub.js'), ...args],
      {
        cwd: repoRoot,
        detached: true,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: process.env.DATABASE_URL,
          KAFKA_BROKERS: process.env.KAFKA_BROKERS,
          HUB_DATABASE_NAME: database,
          PORT: String(gatewayPort),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    hub = started;
    started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const deadline = Date.now() + 150_000;
    while (!output.includes('Press Ctrl+C to stop.')) {
      if (started.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      if (Date.now() > deadline) throw new Error(`npm start did not finish starting:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return started;
  }

  /** Sends `signal` to the hub's whole process group; how long until the hub has exited. */
  async function stopWith(started: ChildProcess, signal: NodeJS.Signals) {
    const since = Date.now();
    const exited = new Promise<number | null>((r) => started.once('exit', (code) => r(code)));
    process.kill(-started.pid!, signal);
    const code = await exited;
    return { code, seconds: (Date.now() - since) / 1000 };
  }

  const gatewayIsDown = async (url: string) =>
    fetch(url.replace(/\/graphql$/, '/healthz')).then(
      () => false,
      () => true,
    );

  it('prints a gateway URL where the printed example query works with the printed token, with demo cases in several languages', async () => {
    // What `npm start` does before it starts anything: build.
    execFileSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-b'], { cwd: repoRoot, stdio: 'pipe' });
    const started = await startHub(['--demo']);
    expect(output).toMatch(/running, in development mode/);

    const url = /Gateway:\s+(\S+)/.exec(output)?.[1];
    const token = /Token for a 311 agent[^\n]*\n\s+(\S+)/.exec(output)?.[1];
    const body = /-d '(\{"query".*\})'/.exec(output)?.[1];
    expect(url).toBe(`http://127.0.0.1:${gatewayPort}/graphql`);
    expect(token).toMatch(/^ey/);
    expect(output).toMatch(/demo: 108 cases logged/);

    // The body exactly as printed, as the engineer pastes it.
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body!,
    });
    const answer = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.cases.totalCount).toBeGreaterThanOrEqual(108);
    expect(answer.data.cases.edges[0].node.srNumber).toMatch(/^SR-/);

    const LANGUAGES = graphql(`
      query StartDemoLanguages {
        cases(first: 100, filter: { channels: [MAIL, EMAIL, TTY] }) {
          edges {
            node {
              description
              reporter {
                preferredLanguage
              }
            }
          }
        }
      }
    `);
    const languages = await postGraphQL(url!, { query: LANGUAGES, variables: {} }, { token });
    // A reporter may be null (none given, or refused to an agent): the others count.
    const found = new Set(
      languages.json.data!.cases.edges.map((e) => e.node.reporter?.preferredLanguage?.slice(0, 2)),
    );
    expect([...found]).toEqual(expect.arrayContaining(['vi', 'zh']));

    const stopped = await stopWith(started, 'SIGTERM');
    expect(stopped.code).toBe(0);
    expect(stopped.seconds).toBeLessThan(10);
    expect(await gatewayIsDown(url!)).toBe(true);
  }, 240_000);

  it('stops within ten seconds of Ctrl+C, which reaches every process it started at once', async () => {
    const started = await startHub([]);
    const url = /Gateway:\s+(\S+)/.exec(output)![1]!;
    const stopped = await stopWith(started, 'SIGINT');
    expect(stopped.seconds).toBeLessThan(10);
    expect(output).toContain('hub: stopping');
    expect(await gatewayIsDown(url)).toBe(true);
  }, 240_000);
});
