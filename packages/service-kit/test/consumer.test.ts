import { CASE_STATUS_CHANGED, type EventEnvelope } from '@hub/contracts';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Kafka, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  EventConsumer,
  HubMetrics,
  HybridLogicalClock,
  createEnvelope,
  deadLetterTopicOf,
  ensureTopics,
  statusCopyStep,
  type EventHandler,
} from '../src';
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
} from './support';

interface DeadLetter {
  value: string;
  headers: Record<string, string>;
}

describe('event consumer', () => {
  let orm: MikroORM;
  let kafka: Kafka;
  let producer: Producer;
  const clock = new HybridLogicalClock();

  beforeAll(async () => {
    orm = await openTestDatabase('kit-consumer-test');
    kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await orm.close(true);
  });

  beforeEach(async () => {
    await orm.em
      .fork()
      .execute(
        'truncate outbox_message, inbox_event, applied_effect, case_status, case_status_history',
      );
  });

  function statusChanged(caseId: string, status: string) {
    return createEnvelope(
      { type: CASE_STATUS_CHANGED, subject: caseId, data: { caseId, status, agency: 'opa' } },
      'test-city/police-referrals',
      clock,
    );
  }

  async function startConsumer(
    topic: string,
    handler: EventHandler<typeof CASE_STATUS_CHANGED> = recordEffect,
    extra: { withStatusCopy?: boolean; metrics?: HubMetrics } = {},
  ) {
    await ensureTopics(kafka, topic, 3);
    const consumer = new EventConsumer({
      orm,
      kafka,
      groupId: `${topic}.consumer`,
      topic,
      handlers: { [CASE_STATUS_CHANGED]: handler },
      batchSteps: extra.withStatusCopy ? [statusCopyStep] : [],
      metrics: extra.metrics,
      contracts,
      events: testPublisher(topic),
      clock: new HybridLogicalClock(),
      logger: silentLogger,
      maxAttempts: 3,
      retryDelayMs: 10,
    });
    await consumer.start();
    return consumer;
  }

  async function readDeadLetters(topic: string, expected: number): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    const reader = kafka.consumer({ groupId: `${topic}.dead-letter-reader` });
    await reader.connect();
    await reader.subscribe({ topics: [deadLetterTopicOf(topic)], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {}))
          headers[name] = String(value);
        letters.push({ value: message.value?.toString('utf8') ?? '', headers });
      },
    });
    try {
      await waitFor(
        async () => letters.length,
        (n) => n >= expected,
        30_000,
        'dead letters',
      );
      return letters;
    } finally {
      await reader.disconnect();
    }
  }

  it('the same event delivered twice changes state once', async () => {
    const topic = uniqueTopic('duplicate');
    const consumer = await startConsumer(topic);
    try {
      const event = statusChanged('case-7', 'in_progress');
      const message = { key: event.subject, value: JSON.stringify(event) };
      await producer.send({ topic, messages: [message] });
      await producer.send({ topic, messages: [message] });
      const marker = statusChanged('case-7', 'resolved');
      await producer.send({
        topic,
        messages: [{ key: marker.subject, value: JSON.stringify(marker) }],
      });
      await waitFor(
        () => countEffects(orm),
        (c) => c.total >= 2,
        30_000,
        'both events',
      );
      expect(await countEffects(orm)).toEqual({ total: 2, distinct: 2 });
      const inbox = await orm.em
        .fork()
        .execute<{ event_id: string }[]>('select event_id from inbox_event order by event_id');
      expect(inbox.map((row) => row.event_id).sort()).toEqual([event.id, marker.id].sort());
    } finally {
      await consumer.stop();
    }
  });

  it('an event that always fails goes to the dead-letter topic with its error and later events still apply', async () => {
    const topic = uniqueTopic('poison');
    let attempts = 0;
    const consumer = await startConsumer(topic, async (event, context) => {
      if (event.data.status === 'appealed') {
        attempts += 1;
        throw new Error('no appeal may be lodged on a case that was never closed');
      }
      await recordEffect(event, context);
    });
    try {
      const poison = statusChanged('case-1', 'appealed');
      const later = statusChanged('case-1', 'closed');
      await producer.send({
        topic,
        messages: [poison, later].map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
      });
      await waitFor(
        () => countEffects(orm),
        (c) => c.total === 1,
        30_000,
        'the later event',
      );
      const [letter] = await readDeadLetters(topic, 1);
      expect(letter!.headers['hub-dead-letter-reason']).toBe('handler-failed');
      expect(letter!.headers['hub-dead-letter-error']).toBe(
        'no appeal may be lodged on a case that was never closed',
      );
      expect(JSON.parse(letter!.value).id).toBe(poison.id);
      expect(attempts).toBe(3);
      // The failed attempts left nothing behind: not in the inbox, so a fixed handler could replay it.
      const inbox = await orm.em
        .fork()
        .execute<{ event_id: string }[]>('select event_id from inbox_event');
      expect(inbox.map((row) => row.event_id)).toEqual([later.id]);
    } finally {
      await consumer.stop();
    }
  });

  it('an unknown event type and a broken payload go to the dead-letter topic and the rest keep flowing', async () => {
    const topic = uniqueTopic('strangers');
    const consumer = await startConsumer(topic);
    try {
      const unknown = { ...statusChanged('case-2', 'resolved'), type: 'case.teleported.v1' };
      const invalid = { ...statusChanged('case-2', 'resolved'), data: { caseId: 'case-2' } };
      const good = statusChanged('case-2', 'resolved');
      await producer.send({
        topic,
        messages: [
          { key: 'case-2', value: JSON.stringify(unknown) },
          { key: 'case-2', value: '{ this is not json' },
          { key: 'case-2', value: JSON.stringify(invalid) },
          { key: 'case-2', value: JSON.stringify(good) },
        ],
      });
      await waitFor(
        () => countEffects(orm),
        (c) => c.total === 1,
        30_000,
        'the good event',
      );
      const letters = await readDeadLetters(topic, 3);
      expect(letters.map((l) => l.headers['hub-dead-letter-reason'])).toEqual([
        'unknown-type',
        'unparseable',
        'invalid',
      ]);
      expect(letters[2]!.headers['hub-dead-letter-error']).toContain(
        "must have required property 'status'",
      );
    } finally {
      await consumer.stop();
    }
  });

  describe('in batches', () => {
    // Sent in one request with one key before the consumer starts, so its first fetch holds
    // them all in one partition batch; the assertions hold however Kafka splits them.
    async function sendAll(topic: string, events: readonly EventEnvelope[]) {
      await ensureTopics(kafka, topic, 3);
      await producer.send({
        topic,
        messages: events.map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
      });
    }

    async function rows<Row>(sql: string): Promise<Row[]> {
      return orm.em.fork().execute<Row[]>(sql);
    }

    const historyIds = async () =>
      (await rows<{ event_id: string }>('select event_id from case_status_history order by 1')).map(
        (row) => row.event_id,
      );

    it('a batch holding an event the inbox already has applies only the new ones', async () => {
      const topic = uniqueTopic('batch-duplicate');
      const caseId = randomUUID();
      const events = ['acknowledged', 'routed', 'assigned', 'in_progress'].map((status) =>
        statusChanged(caseId, status),
      );
      const known = events[1]!;
      await orm.em
        .fork()
        .execute('insert into inbox_event (event_id, event_type) values (?, ?)', [
          known.id,
          known.type,
        ]);
      await sendAll(topic, [...events, events[0]!]); // and a repeat within the batch
      const metrics = new HubMetrics('kit-consumer-test');
      const consumer = await startConsumer(topic, recordEffect, { withStatusCopy: true, metrics });
      try {
        await waitFor(
          () => countEffects(orm),
          (c) => c.total >= 3,
          30_000,
          'the new events',
        );
        const fresh = events.filter((e) => e !== known).map((e) => e.id);
        expect(await countEffects(orm)).toEqual({ total: 3, distinct: 3 });
        const effects = await rows<{ event_id: string }>('select event_id from applied_effect');
        expect(effects.map((row) => row.event_id).sort()).toEqual([...fresh].sort());
        expect(await historyIds()).toEqual([...fresh].sort());
        const [current] = await rows<{ status: string; event_id: string }>(
          'select status, event_id from case_status',
        );
        expect(current).toEqual({ status: 'in_progress', event_id: events[3]!.id });
        const inbox = await rows<{ event_id: string }>('select event_id from inbox_event');
        expect(inbox.map((row) => row.event_id).sort()).toEqual(events.map((e) => e.id).sort());
        expect((await metrics.eventsDuplicate.get()).values[0]?.value).toBe(2);
      } finally {
        await consumer.stop();
      }
    });

    it("an event whose handler keeps failing goes to the dead-letter topic and the batch's others apply once", async () => {
      const topic = uniqueTopic('batch-poison');
      const caseId = randomUUID();
      const before = [statusChanged(caseId, 'acknowledged'), statusChanged(caseId, 'routed')];
      const poison = statusChanged(caseId, 'appealed');
      const after = [statusChanged(caseId, 'assigned'), statusChanged(caseId, 'in_progress')];
      await sendAll(topic, [...before, poison, ...after]);
      let attempts = 0;
      const consumer = await startConsumer(
        topic,
        async (event, context) => {
          await recordEffect(event, context); // written, then undone with the transaction
          if (event.id === poison.id) {
            attempts += 1;
            throw new Error('no appeal may be lodged on a case that was never closed');
          }
        },
        { withStatusCopy: true },
      );
      try {
        const [letter] = await readDeadLetters(topic, 1);
        expect(JSON.parse(letter!.value).id).toBe(poison.id);
        expect(letter!.headers['hub-dead-letter-reason']).toBe('handler-failed');
        expect(letter!.headers['hub-dead-letter-error']).toBe(
          'no appeal may be lodged on a case that was never closed',
        );
        await waitFor(
          () => countEffects(orm),
          (c) => c.total >= 4,
          30_000,
          'the other events',
        );
        const good = [...before, ...after].map((e) => e.id).sort();
        expect(await countEffects(orm)).toEqual({ total: 4, distinct: 4 });
        const effects = await rows<{ event_id: string }>('select event_id from applied_effect');
        expect(effects.map((row) => row.event_id).sort()).toEqual(good);
        expect(await historyIds()).toEqual(good);
        const inbox = await rows<{ event_id: string }>('select event_id from inbox_event');
        expect(inbox.map((row) => row.event_id).sort()).toEqual(good);
        const [current] = await rows<{ status: string }>('select status from case_status');
        expect(current?.status).toBe('in_progress');
        expect(attempts).toBe(3); // maxAttempts, the failed batch included
      } finally {
        await consumer.stop();
      }
    });

    it('a whole batch delivered again changes nothing', async () => {
      const topic = uniqueTopic('batch-redelivery');
      const cases = [randomUUID(), randomUUID(), randomUUID()];
      const events = Array.from({ length: 30 }, (_, n) =>
        statusChanged(cases[n % cases.length]!, n % 2 ? 'assigned' : 'in_progress'),
      );
      await sendAll(topic, events);
      let consumer = await startConsumer(topic, recordEffect, { withStatusCopy: true });
      const snapshot = async () => ({
        effects: await countEffects(orm),
        history: await historyIds(),
        current: await rows('select * from case_status order by case_id'),
        inbox: await rows<{ n: string }>('select count(*) as n from inbox_event'),
      });
      let first: Awaited<ReturnType<typeof snapshot>>;
      try {
        await waitFor(
          () => countEffects(orm),
          (c) => c.total >= events.length,
          30_000,
          'the batch',
        );
        first = await snapshot();
      } finally {
        await consumer.stop();
      }
      expect(first.effects).toEqual({ total: events.length, distinct: events.length });

      // As after a crash before the offsets were committed: the group reads it all again.
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.resetOffsets({ groupId: `${topic}.consumer`, topic, earliest: true });
      } finally {
        await admin.disconnect();
      }
      const marker = statusChanged(randomUUID(), 'resolved');
      await sendAll(topic, [marker]);
      const metrics = new HubMetrics('kit-consumer-test');
      consumer = await startConsumer(topic, recordEffect, { withStatusCopy: true, metrics });
      try {
        await waitFor(
          () => countEffects(orm),
          (c) => c.total > events.length,
          30_000,
          'the marker after the redelivered batch',
        );
        await waitFor(
          async () => (await metrics.eventsDuplicate.get()).values[0]?.value ?? 0,
          (n) => n >= events.length,
          30_000,
          'the redelivered batch',
        );
        const again = await snapshot();
        expect(again.effects).toEqual({ total: events.length + 1, distinct: events.length + 1 });
        expect(again.history.filter((id) => id !== marker.id)).toEqual(first.history);
        expect(again.current.filter((row: any) => row.event_id !== marker.id)).toEqual(
          first.current,
        );
        expect(Number(again.inbox[0]!.n)).toBe(events.length + 1);
      } finally {
        await consumer.stop();
      }
    });
  });
});
