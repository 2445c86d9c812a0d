// A single-node Apache Kafka broker (KRaft, combined broker + controller) run with the machine's
// Java from the jars that docker/kafka/pom.xml fetches through Maven (kafka-jars.ts). No Docker,
// no install. What it keeps in its data directory, and its ports, are in kafka-data-dir.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import {
  chooseKafkaPorts,
  forgetBrokerPid,
  kafkaDataFiles,
  recordBrokerPid,
  storeKafkaPorts,
} from './kafka-data-dir';
import { ensureKafkaJars, kafkaDir } from './kafka-jars';
import {
  LOOPBACK,
  commandLineOf,
  isProcessAlive,
  readPidFile,
  runCommand,
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

const STOP_TIMEOUT_MS = 15_000;

/** Starts a broker in `dataDir` and resolves once a kafkajs admin client can describe it. */
export async function startKafkaBroker(options: StartKafkaBrokerOptions): Promise<KafkaBroker> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const f = kafkaDataFiles(dataDir);

  await stopStaleBroker(dataDir, log);
  if (options.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });

  const libs = await ensureKafkaJars(options.repoRoot, log);
  const { port, controllerPort } = await chooseKafkaPorts(dataDir, options);
  fs.writeFileSync(f.properties, serverProperties({ port, controllerPort, logDir: f.logDir }));
  storeKafkaPorts(dataDir, { port, controllerPort });

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
  recordBrokerPid(dataDir, pid);

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
    forgetBrokerPid(dataDir, pid);
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
  const resolved = path.resolve(dataDir);
  const pid = readPidFile(kafkaDataFiles(resolved).pid);
  if (pid === undefined) return false;
  const running = isOurBroker(pid, resolved);
  if (running) await terminateProcess(pid, { signal: 'SIGTERM', timeoutMs: STOP_TIMEOUT_MS });
  forgetBrokerPid(resolved, pid);
  return running;
}

/**
 * A broker left running by a crashed run blocks the ports and the log directory lock. Kill it,
 * but only if it really is a kafka.Kafka for this data directory whose starter is gone; a broker
 * whose starter is alive belongs to someone else.
 */
async function stopStaleBroker(dataDir: string, log: (line: string) => void): Promise<void> {
  const f = kafkaDataFiles(dataDir);
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
  forgetBrokerPid(dataDir);
}

function isOurBroker(pid: number, dataDir: string): boolean {
  if (!isProcessAlive(pid)) return false;
  const command = (commandLineOf(pid) ?? []).join(' ');
  return command.includes('kafka.Kafka') && command.includes(kafkaDataFiles(dataDir).properties);
}

function isNodeProcess(pid: number): boolean {
  const argv0 = commandLineOf(pid)?.[0] ?? '';
  return /node|jest/i.test(path.basename(argv0));
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
  const result = await runCommand(java, args, path.dirname(properties));
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
