import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { EventContracts, EventEnvelope, EventEnvelopeOf, EventType } from '@hub/contracts';
import type { HybridLogicalClock } from '../time/hlc';
import { describeError, type Logger } from '../config/logger';
import type { HubMetrics } from '../http/metrics';
import {
  BatchFailure,
  applyInOneTransaction,
  handlerOf,
  isStepped,
  type Applied,
} from './batch-transaction';
import { DeadLetters } from './dead-letters';
import type { EventPublisher } from './outbox';
import { isTransientInfrastructureError } from './transient-errors';

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

interface Delivery {
  readonly message: KafkaMessage;
  readonly event: EventEnvelope;
}

/**
 * Applies events from the hub's topic. The events of one fetched partition batch (up to
 * `maxBatchSize`) are applied in one transaction (batch-transaction.ts): one insert into the
 * inbox tells which are new (a redelivered event finds its id there and changes nothing), the
 * batch step and the handlers apply only those, and the offsets move on only after the commit.
 *
 * If that transaction fails for a reason of its own, its events are applied again one per
 * transaction: a handler that keeps failing is retried a bounded number of times and then
 * parked on the dead-letter topic with its error (dead-letters.ts), so one bad event never
 * stops the ones beside it. An outage of PostgreSQL is not the events' fault: it is retried
 * until the database is back, and the offset is not committed meanwhile, so nothing is skipped.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly deadLetters: DeadLetters;
  private running = false;

  constructor(private readonly options: EventConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.deadLetters = new DeadLetters(options);
  }

  async start(): Promise<void> {
    this.running = true;
    await this.deadLetters.connect();
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
      await this.deadLetters.send(
        message,
        topic,
        partition,
        'unparseable',
        'the message is not JSON',
      );
      return null;
    }
    const checked = contracts.check(candidate);
    if (!checked.ok) {
      await this.deadLetters.send(message, topic, partition, checked.reason, checked.problems);
      return null;
    }
    const event = checked.envelope;
    // A fact other services care about; nothing to do here.
    if (!handlerOf(handlers, event.type) && !isStepped(this.options.batchSteps, event)) return null;
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
        this.count(await applyInOneTransaction(events, this.options));
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
        this.count(await applyInOneTransaction([event], this.options));
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
    await this.deadLetters.send(
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

  private count({ applied, duplicates }: Applied): void {
    const { metrics } = this.options;
    if (!metrics) return;
    for (const event of applied) metrics.eventsApplied.inc({ type: event.type });
    if (duplicates > 0) metrics.eventsDuplicate.inc(duplicates);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
