import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { EventContracts, EventEnvelope, EventEnvelopeOf, EventType } from '@hub/contracts';
import type { HybridLogicalClock } from '../time/hlc';
import { describeError, type Logger } from '../config/logger';
import type { HubMetrics } from '../http/metrics';
import type { EventPublisher } from './outbox';
import { deadLetterTopicOf } from './topics';

export interface EventHandlerContext {
  /** The transaction the event is applied in; it also records the event in the inbox. */
  readonly em: EntityManager;
  /** To state follow-up facts in the same transaction. */
  readonly events: EventPublisher;
  readonly logger: Logger;
}

/** Applies one event of its type, whose payload is as that type's contract states it. */
export type EventHandler<Type extends EventType = EventType> = (
  event: EventEnvelopeOf<Type>,
  context: EventHandlerContext,
) => Promise<void>;

/** A subgraph's handlers, by the event type each applies. */
export type EventHandlers = { readonly [Type in EventType]?: EventHandler<Type> };

/**
 * Work the kit does for many events in one statement (e.g. merging status changes into the
 * copy), in the batch's transaction, before the handlers of the same events.
 */
export interface EventBatchStep {
  /** The types it applies; an event of one of them is taken even if no handler wants it. */
  readonly types: readonly string[];
  /** Must give the same result as applying the events one at a time, in this order. */
  apply(events: readonly EventEnvelope[], context: EventHandlerContext): Promise<void>;
}

export interface EventConsumerOptions {
  readonly orm: MikroORM;
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topic: string;
  readonly handlers: EventHandlers;
  /** Applied in this order to runs of events between handlers, each in one go. */
  readonly batchSteps?: readonly EventBatchStep[];
  readonly contracts: EventContracts;
  readonly events: EventPublisher;
  readonly clock: HybridLogicalClock;
  readonly logger: Logger;
  readonly metrics?: HubMetrics;
  /** Attempts of a failing handler before its event goes to the dead-letter topic. */
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  readonly partitionsConsumedConcurrently?: number;
  /** Most events applied in one transaction. */
  readonly maxBatchSize?: number;
}

export type DeadLetterReason = 'unparseable' | 'unknown-type' | 'invalid' | 'handler-failed';

interface Delivery {
  readonly message: KafkaMessage;
  readonly event: EventEnvelope;
}

interface Applied {
  readonly applied: readonly EventEnvelope[];
  readonly duplicates: number;
}

/** A batch that failed for a reason of its own: which event's handler threw, if one did. */
class BatchFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly event: EventEnvelope | null,
  ) {
    super(describeError(error).message);
  }
}

/**
 * Applies events from the hub's topic. The events of one fetched partition batch (up to
 * `maxBatchSize`) are applied in one transaction: one insert into the inbox tells which are
 * new (a redelivered event finds its id there and changes nothing), the batch step and the
 * handlers apply only those, and the offsets move on only after the commit.
 *
 * If that transaction fails for a reason of its own, its events are applied again one per
 * transaction: a handler that keeps failing is retried a bounded number of times and then
 * parked on the dead-letter topic with its error, so one bad event never stops the ones beside
 * it. An outage of PostgreSQL is not the events' fault: it is retried until the database is
 * back, and the offset is not committed meanwhile, so nothing is skipped.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private deadLetters: Producer;
  private deadLettersConnected = false;
  private running = false;

  constructor(private readonly options: EventConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.deadLetters = this.newDeadLetterProducer();
  }

  async start(): Promise<void> {
    this.running = true;
    await this.deadLetters.connect();
    this.deadLettersConnected = true;
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
    const maxBatchSize = this.options.maxBatchSize ?? 200;
    await this.consumer.run({
      autoCommit: true,
      // Offsets are committed once a second, not after every batch: a crash redelivers at most
      // that second's events, and the inbox makes their repeat harmless.
      autoCommitInterval: 1_000,
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
        for (let from = 0; from < batch.messages.length; from += maxBatchSize) {
          if (!isRunning() || isStale()) break;
          const messages = batch.messages.slice(from, from + maxBatchSize);
          await this.handle(messages, batch.topic, batch.partition);
          resolveOffset(messages[messages.length - 1]!.offset);
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

  private async handle(
    messages: readonly KafkaMessage[],
    topic: string,
    partition: number,
  ): Promise<void> {
    const deliveries: Delivery[] = [];
    for (const message of messages) {
      const event = await this.admit(message, topic, partition);
      if (event) deliveries.push({ message, event });
    }
    if (deliveries.length === 0) return;

    const failure = await this.applyBatch(deliveries.map((d) => d.event));
    if (!failure) return;
    this.options.logger.warn(
      { err: describeError(failure.error), events: deliveries.length, eventId: failure.event?.id },
      'batch failed; applying its events one at a time',
    );
    // Nothing of the batch was committed, so each event is applied here exactly once.
    for (const delivery of deliveries) {
      const tried = delivery.event === failure.event ? 1 : 0;
      await this.applyAlone(delivery, topic, partition, tried, failure.error);
    }
  }

  /**
   * The contract checks of one message (what fails them goes to the dead-letter topic) and the
   * clock; returns the event if this consumer applies events of its type.
   */
  private async admit(
    message: KafkaMessage,
    topic: string,
    partition: number,
  ): Promise<EventEnvelope | null> {
    const { contracts, handlers, logger } = this.options;
    let candidate: unknown;
    try {
      candidate = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch {
      await this.deadLetter(message, topic, partition, 'unparseable', 'the message is not JSON');
      return null;
    }
    const checked = contracts.check(candidate);
    if (!checked.ok) {
      await this.deadLetter(message, topic, partition, checked.reason, checked.problems);
      return null;
    }
    const event = checked.envelope;
    // A fact other services care about; nothing to do here.
    if (!handlerOf(handlers, event.type) && !this.stepped(event)) return null;
    try {
      this.options.clock.receive(event.hlc);
    } catch (error) {
      logger.warn({ err: describeError(error), eventId: event.id }, 'event clock ignored');
    }
    return event;
  }

  /** Applies the events in one transaction; returns why not if they failed for their own sake. */
  private async applyBatch(events: readonly EventEnvelope[]): Promise<BatchFailure | null> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.count(await this.applyOnce(events));
        return null;
      } catch (error) {
        const cause = error instanceof BatchFailure ? error.error : error;
        if (!isTransientInfrastructureError(cause)) {
          return error instanceof BatchFailure ? error : new BatchFailure(error, null);
        }
        await this.waitForDatabase(cause, events[0]!.id, attempt);
      }
    }
  }

  /** One event in its own transaction, with bounded retries, then the dead-letter topic. */
  private async applyAlone(
    { message, event }: Delivery,
    topic: string,
    partition: number,
    tried: number,
    lastError: unknown,
  ): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    const retryDelayMs = this.options.retryDelayMs ?? 200;
    let error = lastError;
    for (let attempt = tried + 1; attempt <= maxAttempts; attempt += 1) {
      if (attempt > 1) await sleep(retryDelayMs * (attempt - 1));
      try {
        this.count(await this.applyOnce([event]));
        return;
      } catch (failure) {
        error = failure instanceof BatchFailure ? failure.error : failure;
        if (isTransientInfrastructureError(error)) {
          await this.waitForDatabase(error, event.id, attempt);
          attempt = 0; // the database's outage is no attempt of the handler's
        }
      }
    }
    this.options.logger.error(
      { err: describeError(error), eventId: event.id, type: event.type, attempts: maxAttempts },
      'event parked on the dead-letter topic',
    );
    await this.deadLetter(
      message,
      topic,
      partition,
      'handler-failed',
      describeError(error).message,
    );
  }

  private async waitForDatabase(error: unknown, eventId: string, attempt: number): Promise<void> {
    if (!this.running) throw error; // stopping: leave the offset uncommitted
    this.options.logger.warn(
      { err: describeError(error), eventId },
      'database unavailable; will retry',
    );
    const retryDelayMs = this.options.retryDelayMs ?? 200;
    await sleep(Math.min(5_000, retryDelayMs * 2 ** Math.min(attempt, 5)));
  }

  private stepped(event: EventEnvelope): boolean {
    return (this.options.batchSteps ?? []).some((step) => step.types.includes(event.type));
  }

  private count({ applied, duplicates }: Applied): void {
    const { metrics } = this.options;
    if (!metrics) return;
    for (const event of applied) metrics.eventsApplied.inc({ type: event.type });
    if (duplicates > 0) metrics.eventsDuplicate.inc(duplicates);
  }

  /**
   * One transaction: the inbox learns the events (those it already held are skipped), then
   * the batch step and the handlers apply the new ones in order. Throws a BatchFailure naming
   * the event whose handler failed, if one did.
   */
  private async applyOnce(events: readonly EventEnvelope[]): Promise<Applied> {
    const { orm, handlers, batchSteps = [], logger } = this.options;
    let current: EventEnvelope | null = null;
    try {
      return await orm.em.fork().transactional(async (em) => {
        // One row per id: a statement cannot insert a key twice, and a repeat is a duplicate.
        const distinct = new Map(events.map((event) => [event.id.toLowerCase(), event]));
        const inserted = await em.execute<{ event_id: string }[]>(
          `insert into inbox_event (event_id, event_type)
           select event_id, event_type
             from jsonb_to_recordset(?::jsonb) as event(event_id uuid, event_type text)
           on conflict (event_id) do nothing returning event_id`,
          [
            JSON.stringify(
              [...distinct].map(([id, event]) => ({ event_id: id, event_type: event.type })),
            ),
          ],
        );
        const fresh = new Set(inserted.map((row) => row.event_id));
        const applied = [...distinct].filter(([id]) => fresh.has(id)).map(([, event]) => event);

        // The step applies runs of events in one statement; before a handler runs, every
        // event up to and including its own has been stepped, so the handler sees the copy as
        // it would in a transaction of its own.
        const context = { em, events: this.options.events, logger };
        let pending: EventEnvelope[] = [];
        const step = async () => {
          for (const batchStep of batchSteps) {
            const taken = pending.filter((event) => batchStep.types.includes(event.type));
            if (taken.length > 0) await batchStep.apply(taken, context);
          }
          if (pending.length > 0) await em.flush(); // a step may have changed entities
          pending = [];
        };
        for (const event of applied) {
          if (this.stepped(event)) pending.push(event);
          const handler = handlerOf(handlers, event.type);
          if (!handler) continue;
          await step();
          current = event;
          await handler(event, {
            em,
            events: this.options.events,
            logger: logger.child({ eventId: event.id }),
          });
          // Its writes reach the database before the next handler's queries, and the next one
          // loads what it reads afresh, as in a transaction of its own.
          await em.flush();
          em.clear();
          current = null;
        }
        await step();
        return { applied, duplicates: events.length - applied.length };
      });
    } catch (error) {
      throw new BatchFailure(error, current);
    }
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
    if (!this.deadLettersConnected) {
      await this.deadLetters.connect();
      this.deadLettersConnected = true;
    }
    await this.deadLetters
      .send({
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
      })
      .catch(async (failure: unknown) => {
        // Like the relay's: an idempotent producer cut off mid-send by a broker crash refuses
        // every later send; the next attempt gets a new one.
        await this.deadLetters.disconnect().catch(() => undefined);
        this.deadLetters = this.newDeadLetterProducer();
        this.deadLettersConnected = false;
        throw failure;
      });
  }

  private newDeadLetterProducer(): Producer {
    return this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
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

/** The handler of a type; any envelope the contracts passed is that type's. */
function handlerOf(
  handlers: EventHandlers,
  type: string,
): ((event: EventEnvelope<object>, context: EventHandlerContext) => Promise<void>) | undefined {
  return (handlers as Record<string, EventHandler<never> | undefined>)[type] as
    ((event: EventEnvelope<object>, context: EventHandlerContext) => Promise<void>) | undefined;
}
