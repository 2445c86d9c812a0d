import type { MikroORM } from '@mikro-orm/postgresql';
import type { Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import type { EventEnvelope } from './envelope';
import { describeError, type Logger } from './logger';
import type { HubMetrics } from './metrics';

export interface OutboxRelayOptions {
  readonly orm: MikroORM;
  readonly kafka: Kafka;
  readonly logger: Logger;
  readonly metrics?: HubMetrics;
  readonly batchSize?: number;
  /** How often an idle relay looks for new rows. */
  readonly pollIntervalMs?: number;
  /** Longest wait between attempts while Kafka is unreachable. */
  readonly maxBackoffMs?: number;
}

interface UnsentRow {
  id: string;
  topic: string;
  message_key: string;
  envelope: EventEnvelope;
  created_at: Date;
}

/**
 * Publishes the outbox to Kafka and marks rows sent.
 *
 * Each batch runs in one transaction that first takes a transaction-scoped advisory lock for
 * this schema: with several replicas of one subgraph only one relays at a time, so events
 * leave in the order they were written, and a replica that dies mid-batch releases the lock
 * and its rows with its connection; another sends them again. Delivery is at-least-once; the
 * consumers' inbox makes the repeat harmless.
 */
export class OutboxRelay {
  private readonly producer: Producer;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private connected = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    if (this.connected) await this.producer.disconnect().catch(() => undefined);
    this.connected = false;
  }

  /** Sends one batch; returns how many events left. Exposed for tests and tools. */
  async relayOnce(): Promise<number> {
    const { orm, metrics } = this.options;
    const batchSize = this.options.batchSize ?? 500;
    const em = orm.em.fork();
    const sent = await em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>(
        `select pg_try_advisory_xact_lock(hashtext('hub-outbox:' || current_schema())) as locked`,
      );
      if (!lock?.locked) return 0;
      const rows = await tx.execute<UnsentRow[]>(
        `select id, topic, message_key, envelope, created_at from outbox_message
          where sent_at is null order by position limit ?`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      await this.ensureConnected();
      await this.producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: groupByTopic(rows),
      });
      // knex expands an array binding into a list, hence `in (?)`.
      await tx.execute(`update outbox_message set sent_at = now() where id in (?)`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
    if (sent > 0) metrics?.eventsPublished.inc(sent);
    return sent;
  }

  /** Unsent rows and the age of the oldest, for /metrics. */
  async measureLag(): Promise<{ unsent: number; oldestAgeSeconds: number }> {
    const [row] = await this.options.orm.em
      .fork()
      .execute<{ unsent: string; oldest: Date | null }[]>(
        `select count(*) as unsent, min(created_at) as oldest from outbox_message where sent_at is null`,
      );
    const unsent = Number(row?.unsent ?? 0);
    const oldestAgeSeconds = row?.oldest ? (Date.now() - new Date(row.oldest).getTime()) / 1000 : 0;
    this.options.metrics?.outboxUnsent.set(unsent);
    this.options.metrics?.outboxOldestAge.set(oldestAgeSeconds);
    return { unsent, oldestAgeSeconds };
  }

  private async ensureConnected(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.pollIntervalMs ?? 25;
    const maxBackoffMs = this.options.maxBackoffMs ?? 5_000;
    let failures = 0;
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.relayOnce();
        if (failures > 0) this.options.logger.info('outbox relay recovered');
        failures = 0;
      } catch (error) {
        failures += 1;
        // The rows stay unsent; the next attempt sends them. Log the first and then rarely.
        if (failures === 1 || failures % 20 === 0) {
          this.options.logger.warn(
            { err: describeError(error), failures },
            'outbox relay cannot publish yet',
          );
        }
        if (this.connected) {
          await this.producer.disconnect().catch(() => undefined);
          this.connected = false;
        }
      }
      if (sent > 0 && failures === 0) continue; // more may be waiting
      const delay =
        failures === 0 ? pollIntervalMs : Math.min(maxBackoffMs, 100 * 2 ** Math.min(failures, 10));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}

function groupByTopic(rows: readonly UnsentRow[]) {
  const byTopic = new Map<
    string,
    { key: string; value: string; headers: Record<string, string> }[]
  >();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({
      key: row.message_key,
      value: JSON.stringify(row.envelope),
      headers: { 'content-type': 'application/cloudevents+json; charset=utf-8' },
    });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
