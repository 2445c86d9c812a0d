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
          type: 'case.status-changed.v1',
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
          type: 'case.status-changed.v1',
          subject: 'case-1',
          data: { caseId: 'case-1' },
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
      handlers: { 'case.status-changed.v1': recordEffect },
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
});
