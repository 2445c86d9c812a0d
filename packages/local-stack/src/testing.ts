// Helpers every integration test uses against the real PostgreSQL and Kafka of a test run.
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/** Set by the jest global setup: a fresh database and a running broker for this test run. */
export function testEnvironment(): { databaseUrl: string; brokers: string[]; runId: string } {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers)
    throw new Error('run through `npm test`: the global setup provides PostgreSQL and Kafka');
  return {
    databaseUrl,
    brokers: brokers.split(','),
    runId: process.env.HUB_TEST_RUN_ID ?? 'local',
  };
}

/** A Kafka client for a test, patient with a broker that is still starting. */
export function testKafka(brokers: string[] = testEnvironment().brokers): Kafka {
  return new Kafka({
    clientId: 'hub-test',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
}

/** Polls `probe` until `done` holds; on time-out fails with the last value it saw. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await probe();
  }
  return last;
}

/**
 * Reads a topic from the beginning, in a consumer group of its own, until `done` holds for
 * the messages seen; on time-out fails naming the event types it saw.
 */
export async function readTopic<Event extends { type?: string }>(
  brokers: string[],
  topic: string,
  done: (events: Event[]) => boolean,
  timeoutMs = 30_000,
): Promise<{ events: Event[]; raw: string[] }> {
  const kafka = new Kafka({
    clientId: 'test-reader',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
  const consumer: Consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const events: Event[] = [];
  const raw: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`timed out waiting for events; saw ${events.map((e) => e.type).join(', ')}`),
          ),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const text = message.value?.toString('utf8') ?? '';
            raw.push(text);
            events.push(JSON.parse(text) as Event);
            if (done(events)) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return { events, raw };
}
