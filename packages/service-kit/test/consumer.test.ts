import type { MikroORM } from '@mikro-orm/postgresql';
import type { Kafka, Producer } from 'kafkajs';
import {
  EventConsumer,
  HybridLogicalClock,
  createEnvelope,
  deadLetterTopicOf,
  ensureTopics,
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
    await orm.em.fork().execute('truncate outbox_message, inbox_event, applied_effect');
  });

  function statusChanged(caseId: string, status: string) {
    return createEnvelope(
      { type: 'case.status-changed.v1', subject: caseId, data: { caseId, status, agency: 'opa' } },
      'test-city/police-referrals',
      clock,
    );
  }

  async function startConsumer(topic: string, handler: EventHandler = recordEffect) {
    await ensureTopics(kafka, topic, 3);
    const consumer = new EventConsumer({
      orm,
      kafka,
      groupId: `${topic}.consumer`,
      topic,
      handlers: { 'case.status-changed.v1': handler },
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
});
