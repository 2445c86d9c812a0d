import { BackgroundLoop } from '../subgraph/background-loop';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Kafka, Producer } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import type { EventEnvelope } from '@hub/contracts';
import { describeError, type Logger } from '../config/logger';
import type { HubMetrics } from '../http/metrics';
import { outboxChannelOf } from './outbox';

export interface OutboxRelayOptions {
  readonly orm: MikroORM;
  readonly kafka: Kafka;
  readonly logger: Logger;
  readonly metrics?: HubMetrics;
  readonly batchSize?: number;
  /**
   * How often an idle relay looks for new rows by itself. A commit that writes to the outbox
   * wakes it at once (LISTEN/NOTIFY); this only bounds the wait when a notification is lost.
   */
  readonly pollIntervalMs?: number;
  /** Longest wait between attempts while Kafka is unreachable. */
  readonly maxBackoffMs?: number;
  /** How long a sent row stays in the outbox (tests and tools read recent ones) before deletion. */
  readonly sentRetentionMs?: number;
  /** How often the relay deletes sent rows past their retention and vacuums the table. */
  readonly housekeepingIntervalMs?: number;
}

interface UnsentRow {
  id: string;
  position: string;
  topic: string;
  message_key: string;
  envelope: EventEnvelope;
  created_at: Date;
}

/** The part of node-postgres' client the relay listens with. */
interface ListeningConnection {
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  on(event: 'notification', listener: () => void): unknown;
  on(event: 'error' | 'end', listener: () => void): unknown;
  end(): Promise<void>;
}

/**
 * Publishes the outbox to Kafka and marks rows sent.
 *
 * Each batch runs in one transaction that first takes a transaction-scoped advisory lock for
 * this schema: with several replicas of one subgraph only one relays at a time, so events
 * leave in the order they were written, and a replica that dies mid-batch releases the lock
 * and its rows with its connection; another sends them again. Delivery is at-least-once; the
 * consumers' inbox makes the repeat harmless.
 *
 * The relay sleeps until a commit that wrote to the outbox notifies it (a trigger on the table
 * calls pg_notify, delivered at commit), so an event leaves within a round trip of its commit
 * and an idle relay costs nothing but a slow fallback poll. Sent rows are kept for a while and
 * then deleted, and the table is vacuumed, so the outbox stays small even where autovacuum is
 * off.
 */
export class OutboxRelay {
  private producer: Producer;
  private readonly loop = new BackgroundLoop();
  private connected = false;
  private listener: ListeningConnection | null = null;
  /** Set by a notification; cleared before each look at the table, so none is missed. */
  private notified = false;
  /** When the relay had sent up to which position: the bound of the next deletion. */
  private readonly sentMarks: { at: number; position: string }[] = [];
  private lastHousekeeping = Date.now();
  private sentSinceHousekeeping = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    return this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1_000 },
    });
  }

  start(): void {
    this.loop.start(() => this.run());
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await this.unlisten();
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
        `select id, position, topic, message_key, envelope, created_at from outbox_message
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
      this.markSent(rows[rows.length - 1]!.position);
      this.sentSinceHousekeeping += rows.length;
      return rows.length;
    });
    if (sent > 0) metrics?.eventsPublished.inc(sent);
    return sent;
  }

  /**
   * Deletes sent rows older than the retention and vacuums the table. Only the replica that
   * holds the relay's lock deletes; the vacuum runs outside any transaction, as it must.
   */
  async housekeep(): Promise<number> {
    this.lastHousekeeping = Date.now();
    this.sentSinceHousekeeping = 0;
    const retentionMs = this.options.sentRetentionMs ?? 10 * 60_000;
    const bound = this.deletionBound(Date.now() - retentionMs);
    const em = this.options.orm.em.fork();
    const deleted = bound
      ? await em.transactional(async (tx) => {
          const [lock] = await tx.execute<{ locked: boolean }[]>(
            `select pg_try_advisory_xact_lock(hashtext('hub-outbox:' || current_schema())) as locked`,
          );
          if (!lock?.locked) return 0;
          // The position bound keeps this a range scan of the oldest rows, however large the
          // table; the time keeps a row that was sent late (written long ago) for its retention.
          const gone = await tx.execute<{ id: string }[]>(
            `delete from outbox_message
              where position <= ? and sent_at < now() - make_interval(secs => ?)
              returning id`,
            [bound, retentionMs / 1000],
          );
          return gone.length;
        })
      : 0;
    // Without autovacuum (as on some machines) the dead rows of updates and deletes would
    // make every look for unsent rows slower; a small table vacuums in milliseconds.
    await em.execute('vacuum outbox_message');
    return deleted;
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

  /** One mark a second at most: the list stays short however fast rows go out. */
  private markSent(position: string): void {
    const now = Date.now();
    const last = this.sentMarks[this.sentMarks.length - 1];
    if (last && now - last.at < 1_000) {
      last.position = position;
      return;
    }
    this.sentMarks.push({ at: now, position });
  }

  /** The highest position sent before `time`, dropping the marks it supersedes. */
  private deletionBound(time: number): string | null {
    let bound: string | null = null;
    while (this.sentMarks.length > 0 && this.sentMarks[0]!.at <= time) {
      bound = this.sentMarks.shift()!.position;
    }
    return bound;
  }

  private async ensureConnected(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  /** A connection of its own (not the pool's) that hears this schema's outbox commits. */
  private async listen(): Promise<void> {
    if (this.listener) return;
    const knex = this.options.orm.em.getConnection().getKnex();
    const connection = (await knex.client.acquireRawConnection()) as ListeningConnection;
    const lost = () => {
      if (this.listener !== connection) return;
      this.listener = null;
      this.poke(); // look at the table now; the next round listens again
    };
    connection.on('error', lost);
    connection.on('end', lost);
    connection.on('notification', () => this.poke());
    try {
      const { rows } = await connection.query('select current_schema() as schema');
      const channel = outboxChannelOf(String(rows[0]?.schema));
      await connection.query(`listen "${channel.replace(/"/g, '""')}"`);
    } catch (error) {
      await connection.end().catch(() => undefined);
      throw error;
    }
    this.listener = connection;
  }

  private async unlisten(): Promise<void> {
    const connection = this.listener;
    this.listener = null;
    await connection?.end().catch(() => undefined);
  }

  private poke(): void {
    this.notified = true;
    this.loop.wake();
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.pollIntervalMs ?? 1_000;
    const maxBackoffMs = this.options.maxBackoffMs ?? 5_000;
    const batchSize = this.options.batchSize ?? 500;
    const housekeepingIntervalMs = this.options.housekeepingIntervalMs ?? 30_000;
    let failures = 0;
    let listenFailures = 0;
    while (this.loop.running) {
      if (!this.listener) {
        try {
          await this.listen();
          listenFailures = 0;
        } catch (error) {
          // Polling still delivers everything, only later; the next round tries again.
          listenFailures += 1;
          if (listenFailures === 1) {
            this.options.logger.warn(
              { err: describeError(error) },
              'outbox relay cannot listen for commits; polling',
            );
          }
        }
      }
      let sent = 0;
      this.notified = false;
      try {
        sent = await this.relayOnce();
        if (failures > 0) this.options.logger.info('outbox relay recovered');
        failures = 0;
        const housekeepingDue = Date.now() - this.lastHousekeeping >= housekeepingIntervalMs;
        if (housekeepingDue && this.sentSinceHousekeeping > 0) {
          await this.housekeep().catch((error: unknown) => {
            this.options.logger.warn({ err: describeError(error) }, 'outbox housekeeping failed');
          });
        }
      } catch (error) {
        failures += 1;
        // The rows stay unsent; the next attempt sends them. Log the first and then rarely.
        if (failures === 1 || failures % 20 === 0) {
          this.options.logger.warn(
            { err: describeError(error), failures },
            'outbox relay cannot publish yet',
          );
        }
        if (this.connected) await this.producer.disconnect().catch(() => undefined);
        this.connected = false;
        // An idempotent producer whose send was cut off by a broker crash keeps failing with
        // OUT_OF_ORDER_SEQUENCE_NUMBER even after it reconnects; a new one gets a new producer
        // id. The rows are still unsent, so nothing is lost, and the inbox absorbs a repeat.
        this.producer = this.newProducer();
      }
      if (failures === 0 && (sent === batchSize || this.notified)) continue; // more is waiting
      const delay =
        failures > 0
          ? Math.min(maxBackoffMs, 100 * 2 ** Math.min(failures, 10))
          : this.listener
            ? pollIntervalMs
            : Math.min(pollIntervalMs, 100); // not listening: poll as before
      await this.loop.pause(delay);
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
