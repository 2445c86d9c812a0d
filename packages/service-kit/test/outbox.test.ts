import { CASE_STATUS_CHANGED, type CaseStatusChangedData } from '@hub/contracts';
import { startKafkaBroker, type KafkaBroker } from '@hub/local-stack';
import type { MikroORM } from '@mikro-orm/postgresql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EventConsumer, HybridLogicalClock, OutboxRelay, ensureTopics } from '../src';
import {
  contracts,
  countEffects,
  openTestDatabase,
  recordEffect,
  silentLogger,
  testKafka,
  testPublisher,
  uniqueTopic,
  waitFor,
  writeStatusChanges,
} from './support';

const repoRoot = resolve(__dirname, '../../..');

async function unsentCount(orm: MikroORM): Promise<number> {
  const [row] = await orm.em
    .fork()
    .execute<{ n: string }[]>('select count(*) as n from outbox_message where sent_at is null');
  return Number(row?.n);
}

describe('outbox relay', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await openTestDatabase('kit-outbox-test');
  });

  afterAll(async () => {
    await orm.close(true);
  });

  beforeEach(async () => {
    await orm.em.fork().execute('truncate outbox_message, inbox_event, applied_effect');
  });

  it('an event is saved with the business change or not at all', async () => {
    const events = testPublisher(uniqueTopic('atomic'));
    await expect(
      orm.em.fork().transactional(async (em) => {
        events.publish(em, {
          type: CASE_STATUS_CHANGED,
          subject: 'case-1',
          data: { caseId: 'case-1', status: 'resolved', agency: 'hr' },
        });
        await em.execute(
          "insert into applied_effect (event_id, case_id, status) values (gen_random_uuid(), 'case-1', 'resolved')",
        );
        throw new Error('the business rule failed after the write');
      }),
    ).rejects.toThrow('the business rule failed');
    expect(await unsentCount(orm)).toBe(0);
    expect((await countEffects(orm)).total).toBe(0);
  });

  it('an event that breaks its contract is refused before anything is saved', async () => {
    const events = testPublisher(uniqueTopic('contract'));
    await expect(
      orm.em.fork().transactional(async (em) => {
        events.publish(em, {
          type: CASE_STATUS_CHANGED,
          subject: 'case-1',
          // What a producer's bug might send: the types would refuse it, the contract must too.
          data: { caseId: 'case-1' } as unknown as CaseStatusChangedData,
        });
      }),
    ).rejects.toThrow(/contract/);
    expect(await unsentCount(orm)).toBe(0);
  });

  it('events written while Kafka is down are all delivered after it returns, each applied once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-outbox-kafka-'));
    let broker: KafkaBroker | null = await startKafkaBroker({ repoRoot, dataDir, fresh: true });
    const kafka = testKafka(broker.brokers);
    const topic = uniqueTopic('outage');
    await ensureTopics(kafka, topic, 3);
    const events = testPublisher(topic);
    const relay = new OutboxRelay({
      orm,
      kafka,
      logger: silentLogger,
      pollIntervalMs: 20,
      maxBackoffMs: 500,
    });
    const consumer = new EventConsumer({
      orm,
      kafka,
      groupId: `${topic}.consumer`,
      topic,
      handlers: { [CASE_STATUS_CHANGED]: recordEffect },
      contracts,
      events,
      clock: new HybridLogicalClock(),
      logger: silentLogger,
    });
    try {
      relay.start();
      await consumer.start();
      const before = await writeStatusChanges(orm, events, 40);
      await waitFor(
        () => countEffects(orm),
        (c) => c.total === before.length,
        30_000,
        'first events applied',
      );

      await broker.stop();
      broker = null;
      const during = await writeStatusChanges(orm, events, 120);
      expect(during).toHaveLength(120); // the hub kept accepting changes
      expect(await unsentCount(orm)).toBe(120);

      broker = await startKafkaBroker({ repoRoot, dataDir, reusePorts: true });
      const effects = await waitFor(
        () => countEffects(orm),
        (c) => c.total >= 160,
        90_000,
        'events after the outage',
      );
      expect(await unsentCount(orm)).toBe(0);
      // Give any redelivery time to show itself before counting duplicates.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await countEffects(orm)).toEqual({ total: 160, distinct: 160 });
      expect(effects.distinct).toBe(160);
    } finally {
      await relay.stop();
      await consumer.stop();
      await broker?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('two relay replicas over one outbox deliver every event, in written order per case', async () => {
    const kafka = testKafka();
    const topic = uniqueTopic('replicas');
    await ensureTopics(kafka, topic, 3);
    const events = testPublisher(topic);
    const written = await writeStatusChanges(orm, events, 300, 7);
    const relays = [1, 2].map(
      () => new OutboxRelay({ orm, kafka, logger: silentLogger, batchSize: 25, pollIntervalMs: 5 }),
    );
    const received: { id: string; subject: string }[] = [];
    const reader = kafka.consumer({ groupId: `${topic}.reader` });
    await reader.connect();
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(message.value!.toString('utf8')) as {
          id: string;
          subject: string;
        };
        received.push({ id: envelope.id, subject: envelope.subject });
      },
    });
    try {
      relays.forEach((relay) => relay.start());
      await waitFor(
        async () => received.length,
        (n) => n >= written.length,
        60_000,
        'all events',
      );
      expect(await unsentCount(orm)).toBe(0);
      expect(new Set(received.map((r) => r.id))).toEqual(new Set(written));
      // Per case (one Kafka partition), events arrive in the order they were written.
      const writtenOrder = new Map(written.map((id, index) => [id, index]));
      for (const subject of new Set(received.map((r) => r.subject))) {
        const positions = received
          .filter((r) => r.subject === subject)
          .map((r) => writtenOrder.get(r.id)!);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
      await reader.disconnect();
    }
  }, 120_000);

  it('a commit wakes an idle relay at once, without waiting for its poll', async () => {
    const kafka = testKafka();
    const topic = uniqueTopic('notify');
    await ensureTopics(kafka, topic, 3);
    const events = testPublisher(topic);
    // A poll this slow never comes during the test: only the commits' notifications can.
    const relay = new OutboxRelay({ orm, kafka, logger: silentLogger, pollIntervalMs: 600_000 });
    const received = new Set<string>();
    const reader = kafka.consumer({ groupId: `${topic}.reader` });
    await reader.connect();
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    const joined = new Promise((resolve) => reader.on(reader.events.GROUP_JOIN, resolve));
    await reader.run({
      eachMessage: async ({ message }) => {
        received.add((JSON.parse(message.value!.toString('utf8')) as { id: string }).id);
      },
    });
    try {
      await joined;
      relay.start();
      const first = await writeStatusChanges(orm, events, 5);
      await waitFor(
        async () => received.size,
        (n) => n >= first.length,
        30_000,
        'the first events',
      );
      // The relay is idle now; each later commit wakes it.
      for (let round = 0; round < 3; round += 1) {
        const later = await writeStatusChanges(orm, events, 2);
        await waitFor(
          async () => later.filter((id) => received.has(id)).length,
          (n) => n === later.length,
          30_000,
          `the events of round ${round}`,
        );
      }
      expect(await unsentCount(orm)).toBe(0);
      expect(received.size).toBe(11);
    } finally {
      await relay.stop();
      await reader.disconnect();
    }
  }, 120_000);

  it('housekeeping deletes sent rows past their retention and keeps unsent and recent ones', async () => {
    const kafka = testKafka();
    const topic = uniqueTopic('housekeeping');
    await ensureTopics(kafka, topic, 3);
    const events = testPublisher(topic);
    const rowCount = async () =>
      Number(
        (
          await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox_message')
        )[0]?.n,
      );
    const keeping = new OutboxRelay({ orm, kafka, logger: silentLogger, sentRetentionMs: 60_000 });
    const pruning = new OutboxRelay({ orm, kafka, logger: silentLogger, sentRetentionMs: 0 });
    try {
      await writeStatusChanges(orm, events, 10);
      expect(await keeping.relayOnce()).toBe(10);
      expect(await keeping.housekeep()).toBe(0); // sent a moment ago: kept
      expect(await rowCount()).toBe(10);

      await orm.em.fork().execute('update outbox_message set sent_at = null');
      expect(await pruning.relayOnce()).toBe(10);
      await writeStatusChanges(orm, events, 3);
      expect(await pruning.housekeep()).toBe(10);
      expect(await rowCount()).toBe(3);
      expect(await unsentCount(orm)).toBe(3);
    } finally {
      await keeping.stop();
      await pruning.stop();
    }
  });
});
