// The six subgraphs as separate OS processes (`node subgraphs/<name>/dist/main.js`, as `npm start`
// runs them) on a database of their own, for tests that kill a process with SIGKILL and start
// it again. Build first (`tsc -b`): the processes run the compiled code.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import { devAuthEnvironment, ensureDevKeys, signDevToken, type DevKeys } from './dev-keys';
import { listSubgraphPackages } from './hub-layout';
import { createDatabase, dropDatabase, provisionSubgraphSchema } from './postgres-admin';
import { LOOPBACK, freePorts, settlesWithin, sleep, tailOfFile } from './processes';

export interface SubgraphProcessesOptions {
  readonly repoRoot: string;
  /** A URL with the rights to create a database (the test run's DATABASE_URL). */
  readonly adminUrl: string;
  /** A database created for these processes (and dropped by `stopAll`); must not exist. */
  readonly database: string;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly partitions?: number;
  /** Names the consumer groups (`<jurisdiction>.<subgraph>`) and the events' source. */
  readonly jurisdiction: string;
  /** Where each process's output goes (`<name>.log`), and the dev keys. */
  readonly workDir: string;
  /** Default: every subgraph under subgraphs/. */
  readonly subgraphs?: readonly string[];
  readonly logLevel?: string;
  readonly extraEnvironment?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface SubgraphProcessInfo {
  readonly name: string;
  /** Its schema (and so its status copy) in the database. */
  readonly schema: string;
  /** Connects as the subgraph's own role, like the process does. */
  readonly databaseUrl: string;
  readonly port: number;
  readonly graphqlUrl: string;
  readonly logFile: string;
}

export interface GraphqlReply {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary JSON, checked by tests
  readonly data?: any;
  readonly errors?: readonly {
    message: string;
    extensions?: Record<string, unknown>;
  }[];
}

interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const STOP_TIMEOUT_MS = 20_000;

/**
 * Every subgraph's schema and role are provisioned (and, at their first start, migrated) in a
 * fresh database; each process gets the environment `npm start` gives it, on a free port of its
 * own that stays the same across restarts. Nothing runs until `start`.
 */
export class SubgraphProcesses {
  /** Connects as the admin to this fleet's database: every schema is readable through it. */
  readonly sql: Pool;
  private readonly running = new Map<string, Running>();
  private readonly killOnExit = () => {
    for (const { child } of this.running.values()) child.kill('SIGKILL');
  };

  private constructor(
    private readonly options: SubgraphProcessesOptions,
    readonly databaseUrl: string,
    private readonly keys: DevKeys,
    private readonly infos: ReadonlyMap<string, SubgraphProcessInfo>,
  ) {
    this.sql = new Pool({ connectionString: databaseUrl, max: 2 });
    this.sql.on('error', () => {});
    // A test process that dies must not leave subgraphs behind.
    process.once('exit', this.killOnExit);
  }

  static async create(options: SubgraphProcessesOptions): Promise<SubgraphProcesses> {
    const names = options.subgraphs ?? listSubgraphPackages(options.repoRoot).map((s) => s.name);
    fs.mkdirSync(options.workDir, { recursive: true });
    const keys = await ensureDevKeys(options.workDir);
    const databaseUrl = await createDatabase(options.adminUrl, options.database);
    const ports = await freePorts(names.length);
    const infos = new Map<string, SubgraphProcessInfo>();
    for (const [index, name] of names.entries()) {
      const { url, schema } = await provisionSubgraphSchema(databaseUrl, name);
      const port = ports[index]!;
      infos.set(name, {
        name,
        schema,
        databaseUrl: url,
        port,
        graphqlUrl: `http://${LOOPBACK}:${port}/graphql`,
        logFile: path.join(options.workDir, `${name}.log`),
      });
    }
    return new SubgraphProcesses(options, databaseUrl, keys, infos);
  }

  /** The database the processes' schemas live in. */
  get database(): string {
    return this.options.database;
  }

  get topic(): string {
    return this.options.topic;
  }

  get jurisdiction(): string {
    return this.options.jurisdiction;
  }

  get names(): string[] {
    return [...this.infos.keys()];
  }

  info(name: string): SubgraphProcessInfo {
    const info = this.infos.get(name);
    if (!info) throw new Error(`no subgraph ${name} here (have ${this.names.join(', ')})`);
    return info;
  }

  pid(name: string): number | undefined {
    return this.running.get(name)?.child.pid;
  }

  isRunning(name: string): boolean {
    const running = this.running.get(name);
    return !!running && running.child.exitCode === null && running.child.signalCode === null;
  }

  /** Spawns the process and resolves once its /readyz answers 200 (PostgreSQL and Kafka up). */
  async start(name: string, timeoutMs = 120_000): Promise<void> {
    if (this.isRunning(name)) throw new Error(`${name} is already running`);
    const info = this.info(name);
    const script = path.join(this.options.repoRoot, 'subgraphs', name, 'dist', 'main.js');
    if (!fs.existsSync(script)) throw new Error(`${script} is missing: build first (tsc -b)`);
    const log = fs.openSync(info.logFile, 'a');
    fs.writeSync(log, `--- start ${new Date().toISOString()}\n`);
    let child: ChildProcess;
    try {
      child = spawn(process.execPath, ['--max-semi-space-size=8', script], {
        cwd: this.options.repoRoot,
        env: this.environmentOf(info),
        stdio: ['ignore', log, log],
      });
    } finally {
      fs.closeSync(log);
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve) => {
        child.once('exit', (code, signal) => resolve({ code, signal }));
        child.once('error', () => resolve({ code: null, signal: null }));
      },
    );
    this.running.set(name, { child, exited });

    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.isRunning(name)) {
        throw new Error(`${name} exited during start-up:\n${tailOfFile(info.logFile, 30)}`);
      }
      const ready = await fetch(`http://${LOOPBACK}:${info.port}/readyz`, {
        signal: AbortSignal.timeout(2_000),
      }).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline) {
        throw new Error(
          `${name} was not ready within ${timeoutMs / 1000} s:\n${tailOfFile(info.logFile, 30)}`,
        );
      }
      await sleep(250);
    }
  }

  /** Sends `signal` (SIGKILL: no clean-up at all) and waits for the process to be gone. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const running = this.running.get(name);
    if (!running) return;
    if (this.isRunning(name)) running.child.kill(signal);
    if (!(await settlesWithin(running.exited, STOP_TIMEOUT_MS))) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    this.running.delete(name);
  }

  /**
   * Everything stopped (SIGTERM, then SIGKILL), the database dropped; the processes' logs and
   * keys are deleted too unless `keepLogs` (say, after a failure). Safe to call twice.
   */
  async stopAll(options: { keepLogs?: boolean } = {}): Promise<void> {
    await Promise.all(this.names.map((name) => this.kill(name, 'SIGTERM')));
    process.removeListener('exit', this.killOnExit);
    await this.sql.end().catch(() => undefined);
    await dropDatabase(this.options.adminUrl, this.options.database).catch(() => undefined);
    if (!options.keepLogs) fs.rmSync(this.options.workDir, { recursive: true, force: true });
  }

  token(
    roles: string[],
    claims: { subject?: string; department?: string; agency?: string } = {},
  ): Promise<string> {
    return signDevToken(this.keys, {
      subject: claims.subject ?? `test-${roles[0] ?? 'caller'}`,
      roles,
      department: claims.department,
      agency: claims.agency,
      expiresIn: '2h',
    });
  }

  /** A GraphQL request straight to one subgraph, as a department system would send it. */
  async graphql(
    name: string,
    query: string,
    variables: Record<string, unknown>,
    token: string,
  ): Promise<GraphqlReply> {
    const response = await fetch(this.info(name).graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as Omit<GraphqlReply, 'status'>;
    return { status: response.status, ...body };
  }

  private environmentOf(info: SubgraphProcessInfo): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const name of ['PATH', 'HOME', 'TZ', 'LANG']) {
      if (process.env[name]) env[name] = process.env[name];
    }
    return {
      ...env,
      MALLOC_ARENA_MAX: '2',
      NODE_ENV: 'test',
      LOG_LEVEL: this.options.logLevel ?? 'warn',
      PORT: String(info.port),
      HUB_LISTEN_HOST: LOOPBACK,
      DATABASE_URL: info.databaseUrl,
      HUB_DATABASE_SCHEMA: info.schema,
      // Several fleets and in-process hubs share one server's 100 connections during a test run.
      HUB_DATABASE_POOL_SIZE: '4',
      KAFKA_BROKERS: this.options.brokers.join(','),
      HUB_EVENTS_TOPIC: this.options.topic,
      HUB_EVENTS_PARTITIONS: String(this.options.partitions ?? 6),
      HUB_JURISDICTION: this.options.jurisdiction,
      ...devAuthEnvironment(this.keys),
      ...(this.options.extraEnvironment?.[info.name] ?? {}),
    };
  }
}
