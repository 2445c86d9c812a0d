// A single-node Apache Kafka broker (KRaft, combined broker + controller) run with the machine's
// Java from the jars that docker/kafka/pom.xml fetches through Maven. No Docker, no install.
//
// Files in the data directory:
//   server.properties  written on every start (ports may change)
//   ports.json         { port, controllerPort } of the last start, for restarts on the same ports
//   broker.pid         the java process; owner.pid the process that started it
//   broker.log         the broker's stdout and stderr (WARN and above, see docker/kafka/log4j.properties)
//   logs/              the Kafka log directory (topics and the KRaft metadata log)
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  LOOPBACK,
  commandLineOf,
  freePorts,
  isPortFree,
  isProcessAlive,
  readPidFile,
  settlesWithin,
  sleep,
  once,
  tailOfFile,
  terminateProcess,
} from './processes';

export interface KafkaBroker {
  /** `host:port` strings for kafkajs / KAFKA_BROKERS. */
  readonly brokers: string[];
  readonly dataDir: string;
  readonly port: number;
  readonly controllerPort: number;
  readonly pid: number;
  readonly logFile: string;
  /** Settles when the java process exits, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, up to 15 s for a clean shutdown, then SIGKILL. Idempotent. */
  stop(): Promise<void>;
}

export interface StartKafkaBrokerOptions {
  repoRoot: string;
  dataDir: string;
  /** Broker port; 0 or undefined = a free loopback port (or the stored one with reusePorts). */
  port?: number;
  /** Reuse the broker and controller ports of the previous start (`<dataDir>/ports.json`). */
  reusePorts?: boolean;
  /** Delete the data directory first. */
  fresh?: boolean;
  log?: (line: string) => void;
  /** How long to wait for the broker to answer; default 60 s. */
  startTimeoutMs?: number;
}

interface StoredPorts {
  port: number;
  controllerPort: number;
}

const STOP_TIMEOUT_MS = 15_000;
const KAFKA_JAR = /^kafka_2\.13-.*\.jar$/;

const files = (dataDir: string) => ({
  properties: path.join(dataDir, 'server.properties'),
  ports: path.join(dataDir, 'ports.json'),
  pid: path.join(dataDir, 'broker.pid'),
  owner: path.join(dataDir, 'owner.pid'),
  log: path.join(dataDir, 'broker.log'),
  logDir: path.join(dataDir, 'logs'),
  meta: path.join(dataDir, 'logs', 'meta.properties'),
});

const kafkaDir = (repoRoot: string) => path.join(repoRoot, 'docker', 'kafka');

/**
 * Makes sure `docker/kafka/target/libs` holds the jars of the current pom.xml, running Maven
 * once when they are missing or the pom changed since they were fetched. Returns the libs dir.
 */
export function ensureKafkaJars(
  repoRoot: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  // One Maven run per process even when several brokers start at once.
  const key = path.resolve(repoRoot);
  let pending = jarFetches.get(key);
  if (!pending) {
    pending = fetchKafkaJars(key, log).finally(() => jarFetches.delete(key));
    jarFetches.set(key, pending);
  }
  return pending;
}

const jarFetches = new Map<string, Promise<string>>();

async function fetchKafkaJars(repoRoot: string, log: (line: string) => void): Promise<string> {
  const dir = kafkaDir(repoRoot);
  const pom = path.join(dir, 'pom.xml');
  const libs = path.join(dir, 'target', 'libs');
  // The stamp records which pom the jars came from, so a version bump refetches them.
  const stamp = path.join(dir, 'target', 'libs.sha256');
  const pomHash = createHash('sha256').update(fs.readFileSync(pom)).digest('hex');
  if (readText(stamp) === pomHash && hasKafkaJar(libs)) return libs;

  log(`kafka: fetching the Kafka jars with Maven into ${path.relative(repoRoot, libs)} (once)`);
  const started = Date.now();
  // Old jars would end up on the classpath next to the new ones.
  fs.rmSync(libs, { recursive: true, force: true });
  const mvn = process.env.MVN ?? 'mvn';
  const result = await run(mvn, ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'package'], dir);
  if (result.error) {
    throw new Error(
      `Cannot run Maven ('${mvn}'): ${result.error.message}. The local Kafka broker needs Maven ` +
        `(3.6+) and Java (17+) to fetch and run Apache Kafka; install them, or set KAFKA_BROKERS ` +
        `to a running broker.`,
    );
  }
  if (result.code !== 0 || !hasKafkaJar(libs)) {
    throw new Error(
      `'${mvn} -f ${pom} package' failed (exit code ${result.code}), so there are no Kafka jars ` +
        `in ${libs}. Maven said:\n${result.output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  fs.writeFileSync(stamp, pomHash);
  log(`kafka: jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return libs;
}

/** A port the broker must use (asked for, or reused) is taken by another process. */
export class KafkaPortInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly listener: 'broker' | 'controller',
    readonly port: number,
  ) {
    super(
      `Cannot start Kafka in ${dataDir}: the ${listener} port ${LOOPBACK}:${port} is in use. ` +
        `Stop whatever listens there, or start without reusing ports.`,
    );
    this.name = 'KafkaPortInUseError';
  }
}

/** Starts a broker in `dataDir` and resolves once a kafkajs admin client can describe it. */
export async function startKafkaBroker(options: StartKafkaBrokerOptions): Promise<KafkaBroker> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const f = files(dataDir);

  await stopStaleBroker(dataDir, log);
  if (options.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });

  const libs = await ensureKafkaJars(options.repoRoot, log);
  const { port, controllerPort } = await choosePorts(dataDir, options);
  fs.writeFileSync(f.properties, serverProperties({ port, controllerPort, logDir: f.logDir }));
  fs.writeFileSync(f.ports, JSON.stringify({ port, controllerPort }) + '\n');

  // Keep the data across restarts: format only a log directory that was never formatted.
  if (!fs.existsSync(f.meta)) await formatStorage(options.repoRoot, libs, f.properties);

  const java = javaCommand();
  const logFd = fs.openSync(f.log, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      java,
      [
        ...jvmOptions(),
        `-Dlog4j.configuration=file:${path.join(kafkaDir(options.repoRoot), 'log4j.properties')}`,
        `-Dkafka.logs.dir=${dataDir}`,
        '-cp',
        path.join(libs, '*'),
        'kafka.Kafka',
        f.properties,
      ],
      {
        cwd: dataDir,
        detached: false,
        stdio: ['ignore', logFd, logFd],
        // Two malloc arenas instead of one per thread: the JVM's native memory stays small.
        env: { MALLOC_ARENA_MAX: '2', ...process.env },
      },
    );
  } finally {
    fs.closeSync(logFd);
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  if (child.pid === undefined) {
    // spawn() failed (no java on PATH, ...); the reason arrives as an 'error' event.
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new Error(
      `Cannot start Java ('${java}') for the local Kafka broker: ${error.message}. Install ` +
        `Java 17+ (or set JAVA_HOME), or set KAFKA_BROKERS to a running broker.`,
    );
  }
  const pid = child.pid;
  fs.writeFileSync(f.pid, `${pid}\n`);
  fs.writeFileSync(f.owner, `${process.pid}\n`);

  const brokers = [`${LOOPBACK}:${port}`];
  const stop = once(async () => {
    if (!hasExited) {
      child.kill('SIGTERM');
      if (!(await settlesWithin(exited, STOP_TIMEOUT_MS))) {
        log(`kafka: broker pid ${pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    }
    // Another process may have restarted the broker meanwhile: its pid files are not ours.
    if (readPidFile(f.pid) === pid) {
      fs.rmSync(f.pid, { force: true });
      fs.rmSync(f.owner, { force: true });
    }
  });

  const failure = await waitUntilReady(brokers, {
    timeoutMs: options.startTimeoutMs ?? 60_000,
    hasExited: () => hasExited,
    logFile: f.log,
  });
  if (failure) {
    await stop();
    throw failure;
  }
  log(`kafka: broker ready on ${brokers.join(',')} (data ${dataDir}, log ${f.log})`);
  return {
    brokers,
    dataDir,
    port,
    controllerPort,
    pid,
    logFile: f.log,
    exited,
    stop,
  };
}

/** startKafkaBroker on the ports of the previous start in the same data directory. */
export function startKafkaBrokerByDataDir(
  options: Omit<StartKafkaBrokerOptions, 'reusePorts' | 'fresh'>,
): Promise<KafkaBroker> {
  return startKafkaBroker({ ...options, reusePorts: true });
}

/**
 * Stops the broker recorded in `<dataDir>/broker.pid`, whichever process started it (tests use
 * this to take Kafka away from a running hub). Resolves to false if no broker was running.
 */
export async function stopKafkaBrokerByDataDir(dataDir: string): Promise<boolean> {
  const f = files(path.resolve(dataDir));
  const pid = readPidFile(f.pid);
  if (pid === undefined) return false;
  const running = isOurBroker(pid, path.resolve(dataDir));
  if (running) await terminateProcess(pid, { signal: 'SIGTERM', timeoutMs: STOP_TIMEOUT_MS });
  if (readPidFile(f.pid) === pid) {
    fs.rmSync(f.pid, { force: true });
    fs.rmSync(f.owner, { force: true });
  }
  return running;
}

/** The ports of the last start in `dataDir`, if any. */
export function storedKafkaPorts(dataDir: string): StoredPorts | undefined {
  const text = readText(files(path.resolve(dataDir)).ports);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<StoredPorts>;
    if (Number.isInteger(parsed.port) && Number.isInteger(parsed.controllerPort)) {
      return { port: parsed.port as number, controllerPort: parsed.controllerPort as number };
    }
  } catch {
    // a torn write from a crash: treat as absent
  }
  return undefined;
}

/**
 * A broker left running by a crashed run blocks the ports and the log directory lock. Kill it,
 * but only if it really is a kafka.Kafka for this data directory whose starter is gone; a broker
 * whose starter is alive belongs to someone else.
 */
async function stopStaleBroker(dataDir: string, log: (line: string) => void): Promise<void> {
  const f = files(dataDir);
  const pid = readPidFile(f.pid);
  if (pid === undefined) return;
  if (isOurBroker(pid, dataDir)) {
    const owner = readPidFile(f.owner);
    if (owner !== undefined && isProcessAlive(owner) && isNodeProcess(owner)) {
      throw new Error(
        `A Kafka broker for ${dataDir} is already running (pid ${pid}, started by process ` +
          `${owner}). Stop it first (stopKafkaBrokerByDataDir) or use another data directory.`,
      );
    }
    log(`kafka: stopping a broker left running by a crashed run (pid ${pid})`);
    await terminateProcess(pid, { signal: 'SIGTERM', timeoutMs: STOP_TIMEOUT_MS });
  }
  fs.rmSync(f.pid, { force: true });
  fs.rmSync(f.owner, { force: true });
}

function isOurBroker(pid: number, dataDir: string): boolean {
  if (!isProcessAlive(pid)) return false;
  const command = (commandLineOf(pid) ?? []).join(' ');
  return command.includes('kafka.Kafka') && command.includes(files(dataDir).properties);
}

function isNodeProcess(pid: number): boolean {
  const argv0 = commandLineOf(pid)?.[0] ?? '';
  return /node|jest/i.test(path.basename(argv0));
}

async function choosePorts(
  dataDir: string,
  options: StartKafkaBrokerOptions,
): Promise<StoredPorts> {
  const stored = storedKafkaPorts(dataDir);
  const requested = options.port ? options.port : undefined;
  const reuse = stored && (options.reusePorts || requested === stored.port) ? stored : undefined;
  const [spareA, spareB] = await freePorts(2);
  const port = requested ?? reuse?.port ?? (spareA as number);
  let controllerPort = reuse?.controllerPort ?? (spareB as number);
  if (controllerPort === port)
    controllerPort = spareA === port ? (spareB as number) : (spareA as number);
  for (const [name, value] of [
    ['broker', port],
    ['controller', controllerPort],
  ] as const) {
    if (!(await isPortFree(value))) throw new KafkaPortInUseError(dataDir, name, value);
  }
  return { port, controllerPort };
}

function serverProperties(p: { port: number; controllerPort: number; logDir: string }): string {
  return [
    '# Written by @hub/local-stack on every start; edits are lost.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@${LOOPBACK}:${p.controllerPort}`,
    `listeners=PLAINTEXT://${LOOPBACK}:${p.port},CONTROLLER://${LOOPBACK}:${p.controllerPort}`,
    `advertised.listeners=PLAINTEXT://${LOOPBACK}:${p.port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${p.logDir}`,
    'num.partitions=3',
    'offsets.topic.replication.factor=1',
    // One broker: ten partitions for committed offsets are plenty and make the first
    // consumer-group join quicker than the default fifty.
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=10',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

/** Same defaults as Kafka's own scripts use these variables for, sized for a laptop. */
function jvmOptions(): string[] {
  const heap = process.env.KAFKA_HEAP_OPTS?.trim() || '-Xms64m -Xmx384m';
  // Serial GC: the smallest footprint for a heap this size on two cores, and the pauses of a
  // few hundred MB do not matter for a local broker.
  const performance =
    process.env.KAFKA_JVM_PERFORMANCE_OPTS?.trim() ||
    '-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 ' +
      '-XX:MaxDirectMemorySize=128m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError ' +
      '-Djava.awt.headless=true';
  return [...heap.split(/\s+/), ...performance.split(/\s+/)];
}

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** A cluster id as `kafka-storage random-uuid` prints it, without starting a JVM for it. */
function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function formatStorage(repoRoot: string, libs: string, properties: string): Promise<void> {
  const java = javaCommand();
  const args = [
    '-Xmx128m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    `-Dlog4j.configuration=file:${path.join(kafkaDir(repoRoot), 'log4j.properties')}`,
    '-cp',
    path.join(libs, '*'),
    'kafka.tools.StorageTool',
    'format',
    '-t',
    randomClusterId(),
    '-c',
    properties,
  ];
  const result = await run(java, args, path.dirname(properties));
  if (result.error) {
    throw new Error(
      `Cannot start Java ('${java}') to format the Kafka storage: ${result.error.message}. ` +
        `Install Java 17+ (or set JAVA_HOME), or set KAFKA_BROKERS to a running broker.`,
    );
  }
  if (result.code !== 0) {
    throw new Error(`kafka-storage format failed (exit code ${result.code}):\n${result.output}`);
  }
}

async function waitUntilReady(
  brokers: string[],
  options: { timeoutMs: number; hasExited: () => boolean; logFile: string },
): Promise<Error | undefined> {
  const kafka = new Kafka({
    clientId: 'local-stack-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (options.hasExited()) {
      return new Error(
        `The Kafka broker exited during start-up; see ${options.logFile}:\n` +
          tailOfFile(options.logFile),
      );
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0) return undefined;
    } catch {
      // not up yet
    } finally {
      await admin.disconnect().catch(() => {});
    }
    if (Date.now() >= deadline) {
      return new Error(
        `The Kafka broker on ${brokers.join(',')} did not answer within ` +
          `${options.timeoutMs / 1000} s; see ${options.logFile}:\n${tailOfFile(options.logFile)}`,
      );
    }
    await sleep(250);
  }
}

function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; output: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ code: null, output, error }));
    child.once('close', (code) => resolve({ code, output }));
  });
}

function hasKafkaJar(libs: string): boolean {
  try {
    return fs.readdirSync(libs).some((name) => KAFKA_JAR.test(name));
  } catch {
    return false;
  }
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}
