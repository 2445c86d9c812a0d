import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import type { KafkaBroker } from '../src/kafka-broker';
import {
  startKafkaBroker,
  startKafkaBrokerByDataDir,
  stopKafkaBrokerByDataDir,
} from '../src/kafka-broker';

// These tests start brokers of their own in temporary directories; the run's shared broker
// (KAFKA_BROKERS) is left alone.
const repoRoot = path.resolve(__dirname, '../../..');
const dataDirs: string[] = [];
const brokers: KafkaBroker[] = [];

function newDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-kafka-test-'));
  dataDirs.push(dir);
  return dir;
}

function track(broker: KafkaBroker): KafkaBroker {
  brokers.push(broker);
  return broker;
}

afterAll(async () => {
  for (const broker of brokers) await broker.stop();
  for (const dir of dataDirs) {
    await stopKafkaBrokerByDataDir(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const client = (broker: KafkaBroker) =>
  new Kafka({ clientId: 'local-stack-test', brokers: broker.brokers, logLevel: logLevel.NOTHING });

function acceptsConnections(address: string): Promise<boolean> {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('a local Kafka broker', () => {
  it('still returns a produced message after it was stopped and started again on the same ports', async () => {
    const dataDir = newDataDir();
    const first = track(await startKafkaBroker({ repoRoot, dataDir }));
    const topic = 'local-stack.restart-check';

    const admin = client(first).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = client(first).producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
    });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'case-1', value: 'received' }] });
    await producer.disconnect();

    // Stopped the way a test takes the run's broker away: through the pid file.
    await expect(stopKafkaBrokerByDataDir(dataDir)).resolves.toBe(true);
    await first.exited;
    expect(fs.existsSync(path.join(dataDir, 'broker.pid'))).toBe(false);
    await expect(acceptsConnections(first.brokers[0] as string)).resolves.toBe(false);
    await expect(stopKafkaBrokerByDataDir(dataDir)).resolves.toBe(false);

    const second = track(await startKafkaBrokerByDataDir({ repoRoot, dataDir }));
    expect(second.brokers).toEqual(first.brokers);
    expect(second.controllerPort).toBe(first.controllerPort);
    expect(second.pid).not.toBe(first.pid);

    const consumer = client(second).consumer({ groupId: `local-stack-test-${Date.now()}` });
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const firstMessage = new Promise<{ key?: string; value?: string }>((resolve) => {
        void consumer.run({
          eachMessage: async ({ message }) =>
            resolve({ key: message.key?.toString(), value: message.value?.toString() }),
        });
      });
      await expect(within(firstMessage, 30_000, 'consumer')).resolves.toEqual({
        key: 'case-1',
        value: 'received',
      });
    } finally {
      await consumer.disconnect();
    }

    await second.stop();
    await expect(second.exited).resolves.toMatchObject({ code: expect.any(Number) });
    expect(fs.existsSync(path.join(dataDir, 'broker.pid'))).toBe(false);
  }, 120_000);

  it('refuses a data directory whose broker is running, and replaces one whose starter died', async () => {
    const dataDir = newDataDir();
    const orphan = track(await startKafkaBroker({ repoRoot, dataDir }));

    await expect(startKafkaBrokerByDataDir({ repoRoot, dataDir })).rejects.toThrow(
      /already running/,
    );

    // Pretend the process that started it crashed: its pid now names no process.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(dataDir, 'owner.pid'), `${deadPid}\n`);
    const replacement = track(await startKafkaBrokerByDataDir({ repoRoot, dataDir }));

    await expect(within(orphan.exited, 1_000, 'old broker exit')).resolves.toBeDefined();
    expect(replacement.brokers).toEqual(orphan.brokers);
    expect(fs.readFileSync(path.join(dataDir, 'broker.pid'), 'utf8').trim()).toBe(
      String(replacement.pid),
    );
    await replacement.stop();
  }, 120_000);
});
