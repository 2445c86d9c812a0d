import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { EventContracts } from './contracts';
import type { EventEnvelope } from './envelope';
import type { HybridLogicalClock } from './hlc';
import { describeError, type Logger } from './logger';
import type { HubMetrics } from './metrics';
import type { EventPublisher } from './outbox';
import { deadLetterTopicOf } from './topics';

export interface EventHandlerContext {
  /** The transaction the event is applied in; it also records the event in the inbox. */
  readonly em: EntityManager;
  /** To state follow-up facts in the same transaction. */
  readonly events: EventPublisher;
  readonly logger: Logger;
}

export type EventHandler = (event: EventEnvelope, context: EventHandlerContext) => Promise<void>;
export type EventHandlers = Readonly<Record<string, EventHandler>>;

export interface EventConsumerOptions {
  readonly orm: MikroORM;
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topic: string;
  readonly handlers: EventHandlers;
  readonly contracts: EventContracts;
  readonly events: EventPublisher;
  readonly clock: HybridLogicalClock;
  readonly logger: Logger;
  readonly metrics?: HubMetrics;
  /** Attempts of a failing handler before its event goes to the dead-letter topic. */
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  readonly partitionsConsumedConcurrently?: number;
}

export type DeadLetterReason = 'unparseable' | 'unknown-type' | 'invalid' | 'handler-failed';

/**
 * Applies events from the hub's topic, each in its own transaction that also inserts the
 * event id into the inbox: a redelivered event finds its id there and changes nothing.
 *
 * A handler that keeps failing is retried a bounded number of times and then parked on the
 * dead-letter topic with its error, so one bad event never stops the ones behind it. An
 * outage of PostgreSQL is not the event's fault: it is retried until the database is back,
 * and the offset is not committed meanwhile, so nothing is skipped.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly deadLetters: Producer;
  private running = false;

  constructor(private readonly options: EventConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.deadLetters = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async start(): Promise<void> {
    this.running = true;
    await this.deadLetters.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        isRunning,
        isStale,
        commitOffsetsIfNecessary,
      }) => {
        this.options.metrics?.consumerLag.set(
          { topic: batch.topic, partition: String(batch.partition) },
          Number(batch.offsetLag()),
        );
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          await this.handle(message, batch.topic, batch.partition);
          resolveOffset(message.offset);
          await heartbeat();
        }
        await commitOffsetsIfNecessary();
      },
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect().catch(() => undefined);
    await this.deadLetters.disconnect().catch(() => undefined);
  }

  private async handle(message: KafkaMessage, topic: string, partition: number): Promise<void> {
    const { contracts, handlers, logger } = this.options;
    let candidate: unknown;
    try {
      candidate = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      return this.deadLetter(message, topic, partition, 'unparseable', 'the message is not JSON');
    }
    const checked = contracts.check(candidate);
    if (!checked.ok) {
      return this.deadLetter(message, topic, partition, checked.reason, checked.problems);
    }
    const event = checked.envelope;
    const handler = handlers[event.type];
    if (!handler) return; // a fact other services care about; nothing to do here

    try {
      this.options.clock.receive(event.hlc);
    } catch (error) {
      logger.warn({ err: describeError(error), eventId: event.id }, 'event clock ignored');
    }

    const maxAttempts = this.options.maxAttempts ?? 5;
    const retryDelayMs = this.options.retryDelayMs ?? 200;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await this.applyOnce(event, handler);
        if (applied) this.options.metrics?.eventsApplied.inc({ type: event.type });
        else this.options.metrics?.eventsDuplicate.inc();
        return;
      } catch (error) {
        if (isTransientInfrastructureError(error)) {
          if (!this.running) throw error; // stopping: leave the offset uncommitted
          logger.warn(
            { err: describeError(error), eventId: event.id },
            'database unavailable; will retry',
          );
          await sleep(Math.min(5_000, retryDelayMs * 2 ** Math.min(attempt, 5)));
          attempt = 0;
          continue;
        }
        if (attempt >= maxAttempts) {
          logger.error(
            { err: describeError(error), eventId: event.id, type: event.type, attempts: attempt },
            'event parked on the dead-letter topic',
          );
          return this.deadLetter(
            message,
            topic,
            partition,
            'handler-failed',
            describeError(error).message,
          );
        }
        await sleep(retryDelayMs * attempt);
      }
    }
  }

  /** Returns false when the inbox already held the event. */
  private async applyOnce(event: EventEnvelope, handler: EventHandler): Promise<boolean> {
    const { orm, events, logger } = this.options;
    return orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into inbox_event (event_id, event_type) values (?, ?)
         on conflict (event_id) do nothing returning event_id`,
        [event.id, event.type],
      );
      if (inserted.length === 0) return false;
      await handler(event, { em, events, logger: logger.child({ eventId: event.id }) });
      return true;
    });
  }

  private async deadLetter(
    message: KafkaMessage,
    topic: string,
    partition: number,
    reason: DeadLetterReason,
    error: string,
  ): Promise<void> {
    this.options.metrics?.eventsDeadLettered.inc({ reason });
    // If this send fails the batch fails, the offset stays put and the event comes back.
    await this.deadLetters.send({
      topic: deadLetterTopicOf(topic),
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            'hub-dead-letter-reason': reason,
            'hub-dead-letter-error': error.slice(0, 2_000),
            'hub-dead-letter-consumer': this.options.groupId,
            'hub-original-topic': topic,
            'hub-original-partition': String(partition),
            'hub-original-offset': message.offset,
          },
        },
      ],
    });
  }
}

const TRANSIENT_CODES = new Set([
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now
  '53300', // too many connections
  '40001', // serialization failure
  '40P01', // deadlock detected
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

export function isTransientInfrastructureError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || TRANSIENT_CODES.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
