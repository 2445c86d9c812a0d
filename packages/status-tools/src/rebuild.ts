import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  EventContracts,
  type EventEnvelope,
} from '@hub/contracts';
import {
  applyStatusChanges,
  describeError,
  statusChangeOf,
  type AppliedStatusChange,
  type Logger,
} from '@hub/service-kit';

// Rebuilding a status copy (docs/architecture.md "Events and the agencies' copies of case
// status"): a copy is a function of the events on the topic, so it can be rebuilt from them.

export interface RebuildStatusCopiesOptions {
  /** The subgraph's database, opened on its own schema. */
  readonly orm: MikroORM;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly logger?: Logger;
  /** Contracts the live consumer checks events against; the repository's by default. */
  readonly contracts?: EventContracts;
  /**
   * Retention may have deleted a topic's first events, and a rebuild would then drop their
   * changes from the copy. Refused unless this is set.
   */
  readonly allowTrimmedTopic?: boolean;
  /** Fails when the topic stops yielding events for this long before the end is reached. */
  readonly stallTimeoutMs?: number;
  /** Changes per INSERT statement. */
  readonly batchSize?: number;
  /**
   * Runs once the topic has been read up to the first watermarks, before the copy is locked;
   * tests use it to land events that the live consumer applies in between.
   */
  readonly beforeLock?: () => Promise<void>;
}

export interface StatusRebuildSummary {
  /** Messages on the topic from offset 0 to the high watermarks. */
  readonly eventsRead: number;
  /** Distinct changes now in the history (duplicates of an event id count once). */
  readonly changesApplied: number;
  /** Cases now in the copy. */
  readonly cases: number;
  /** Status events already applied, delivered again (same event id). */
  readonly duplicates: number;
  /** Messages the live consumer would not apply either, by why. */
  readonly skipped: {
    readonly unparseable: number;
    readonly breaksContract: number;
    readonly notStatus: number;
    /** A status event the copy refuses (a word outside the vocabulary, an id that is no uuid). */
    readonly rejected: number;
  };
  /** Status events of this subgraph's own outbox that the topic did not hold yet. */
  readonly fromOutbox: number;
  readonly partitions: readonly { partition: number; endOffset: string }[];
  readonly elapsedMs: number;
}

type ReadOutcome =
  | { readonly change: AppliedStatusChange }
  | { readonly skipped: keyof StatusRebuildSummary['skipped'] };

const NOT_STATUS: ReadOutcome = { skipped: 'notStatus' };
const DEADLOCK = '40P01';

/**
 * Rebuilds one subgraph's status copy from its topic, from offset 0: in ONE transaction the
 * copy is truncated and every status event up to the topic's high watermarks is merged again,
 * the same merge and the same filters as the live consumer. Copies are a function of the event
 * set, so the result is byte-identical to a copy that consumed the same events.
 *
 * The bulk of the topic is read before anything is locked. Then both tables are locked
 * (exclusively: the live consumer and writers of this subgraph wait), the watermarks are taken
 * again and the rest is read, so every change a transaction committed before the lock is in the
 * rebuild: a consumer can only have applied events below the watermark, and this subgraph's
 * own changes not yet on the topic are taken from its outbox. Events the consumer applies after
 * the commit merge onto the rebuilt copy as they would have onto the old one.
 */
export async function rebuildStatusCopies(
  options: RebuildStatusCopiesOptions,
): Promise<StatusRebuildSummary> {
  const started = Date.now();
  const { orm, topic, logger } = options;
  const contracts = options.contracts ?? new EventContracts();
  const kafka = new Kafka({
    clientId: 'status-copy-rebuild',
    brokers: [...options.brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
  const admin = kafka.admin();
  await admin.connect();
  const reader = new TopicReader(kafka, topic, (value) => readStatusEvent(value, contracts));
  try {
    const first = await admin.fetchTopicOffsets(topic).catch((error: unknown) => {
      throw new Error(`cannot read the offsets of ${topic}: ${describeError(error).message}`);
    });
    const trimmed = first.filter((offsets) => offsets.low !== '0');
    if (trimmed.length > 0 && !options.allowTrimmedTopic) {
      throw new Error(
        `${topic} no longer starts at offset 0 (partitions ${trimmed
          .map((offsets) => `${offsets.partition} from ${offsets.low}`)
          .join(', ')}): retention deleted events, and a rebuild would lose their changes`,
      );
    }
    logger?.info({ topic, partitions: first.length }, 'status copy rebuild: reading the topic');
    await reader.start();
    await reader.readUntil(endOffsetsOf(first), options.stallTimeoutMs);
    await options.beforeLock?.();

    let ends = endOffsetsOf(first);
    const copy = await withDeadlockRetries(logger, () =>
      orm.em.fork().transactional(async (em) => {
        // The same order as a writer (case_status first), so a rebuild does not deadlock with it.
        await em.execute('lock table case_status, case_status_history in access exclusive mode');
        ends = endOffsetsOf(await admin.fetchTopicOffsets(topic));
        await reader.readUntil(ends, options.stallTimeoutMs);
        const fromTopic = reader.outcomesBefore(ends);
        const outbox = await outboxStatusEvents(em, contracts);
        await em.execute('truncate case_status, case_status_history');
        return replay(em, fromTopic, outbox, options.batchSize ?? 2_000);
      }),
    );
    const summary: StatusRebuildSummary = {
      ...copy,
      partitions: [...ends].map(([partition, end]) => ({ partition, endOffset: String(end) })),
      elapsedMs: Date.now() - started,
    };
    logger?.info(
      {
        topic,
        eventsRead: summary.eventsRead,
        changesApplied: summary.changesApplied,
        cases: summary.cases,
        skipped: summary.skipped,
        fromOutbox: summary.fromOutbox,
        elapsedMs: summary.elapsedMs,
      },
      'status copy rebuilt',
    );
    return summary;
  } finally {
    await reader.stop();
    await admin.deleteGroups([reader.groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** What the live consumer would do with the message: apply a change, or skip it and why. */
function readStatusEvent(value: Buffer | null, contracts: EventContracts): ReadOutcome {
  let candidate: unknown;
  try {
    candidate = JSON.parse(value?.toString('utf8') ?? '');
  } catch {
    return { skipped: 'unparseable' };
  }
  const checked = contracts.check(candidate);
  if (!checked.ok) return { skipped: 'breaksContract' };
  return statusOutcome(checked.envelope);
}

function statusOutcome(event: EventEnvelope): ReadOutcome {
  if (event.type !== CASE_RECEIVED && event.type !== CASE_STATUS_CHANGED) return NOT_STATUS;
  try {
    const change = statusChangeOf(event);
    return change ? { change } : NOT_STATUS;
  } catch {
    return { skipped: 'rejected' }; // the consumer dead-letters it
  }
}

async function outboxStatusEvents(
  em: EntityManager,
  contracts: EventContracts,
): Promise<AppliedStatusChange[]> {
  const rows = await em.execute<{ envelope: unknown }[]>(
    `select envelope from outbox_message where event_type in (?, ?) order by position`,
    [CASE_RECEIVED, CASE_STATUS_CHANGED],
  );
  const changes: AppliedStatusChange[] = [];
  for (const row of rows) {
    const envelope = typeof row.envelope === 'string' ? JSON.parse(row.envelope) : row.envelope;
    const checked = contracts.check(envelope);
    if (!checked.ok) continue;
    const outcome = statusOutcome(checked.envelope);
    if ('change' in outcome) changes.push(outcome.change);
  }
  return changes;
}

type CopyCounts = Omit<StatusRebuildSummary, 'partitions' | 'elapsedMs'>;

async function replay(
  em: EntityManager,
  fromTopic: readonly ReadOutcome[],
  fromOutbox: readonly AppliedStatusChange[],
  batchSize: number,
): Promise<CopyCounts> {
  const skipped = { unparseable: 0, breaksContract: 0, notStatus: 0, rejected: 0 };
  const seen = new Set<string>();
  let duplicates = 0;
  const changes: AppliedStatusChange[] = [];
  for (const outcome of fromTopic) {
    if ('skipped' in outcome) {
      skipped[outcome.skipped] += 1;
    } else if (seen.has(outcome.change.eventId)) {
      duplicates += 1;
    } else {
      seen.add(outcome.change.eventId);
      changes.push(outcome.change);
    }
  }
  let outboxOnly = 0;
  for (const change of fromOutbox) {
    if (seen.has(change.eventId)) continue;
    seen.add(change.eventId);
    changes.push(change);
    outboxOnly += 1;
  }

  for (let start = 0; start < changes.length; start += batchSize) {
    skipped.rejected += await applyOrSkipRejected(em, changes.slice(start, start + batchSize));
  }
  const [counts] = await em.execute<{ cases: string; changes: string }[]>(
    `select (select count(*) from case_status) as cases,
            (select count(*) from case_status_history) as changes`,
  );
  return {
    eventsRead: fromTopic.length,
    changesApplied: Number(counts?.changes ?? 0),
    cases: Number(counts?.cases ?? 0),
    duplicates,
    skipped,
    fromOutbox: outboxOnly,
  };
}

/**
 * Applies a batch; if the database refuses it (say a case id that is no uuid, which the live
 * consumer dead-letters), applies its changes one by one and leaves out the refused ones.
 * Returns how many were refused.
 */
async function applyOrSkipRejected(
  em: EntityManager,
  batch: readonly AppliedStatusChange[],
): Promise<number> {
  if (await inSavepoint(em, () => applyStatusChanges(em, batch))) return 0;
  let rejected = 0;
  for (const change of batch) {
    if (!(await inSavepoint(em, () => applyStatusChanges(em, [change])))) rejected += 1;
  }
  return rejected;
}

async function inSavepoint(em: EntityManager, action: () => Promise<void>): Promise<boolean> {
  await em.execute('savepoint status_rebuild_batch');
  try {
    await action();
    await em.execute('release savepoint status_rebuild_batch');
    return true;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Only a refusal of the data; a lost connection or a deadlock fails the whole rebuild.
    if (typeof code !== 'string' || !/^(22|23)/.test(code)) throw error;
    await em.execute('rollback to savepoint status_rebuild_batch');
    return false;
  }
}

/** Waiting for the lock can deadlock with a consumer that holds one table; start again. */
async function withDeadlockRetries<T>(logger: Logger | undefined, action: () => Promise<T>) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== DEADLOCK || attempt >= 5) throw error;
      logger?.warn({ err: describeError(error), attempt }, 'status copy rebuild: retrying');
    }
  }
}

function endOffsetsOf(offsets: readonly { partition: number; high: string }[]) {
  return new Map(offsets.map((entry) => [entry.partition, BigInt(entry.high)]));
}

/**
 * Reads a topic from the beginning in a throwaway consumer group that commits nothing, keeping
 * each message's outcome by partition and offset. It keeps reading while the caller waits for
 * ever later end offsets.
 */
class TopicReader {
  readonly groupId = `status-copy-rebuild.${randomUUID()}`;
  private readonly consumer: Consumer;
  private readonly read = new Map<number, { offset: bigint; outcome: ReadOutcome }[]>();
  private readonly next = new Map<number, bigint>();
  private progressed: () => void = () => {};
  private failure: Error | null = null;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly interpret: (value: Buffer | null) => ReadOutcome,
  ) {
    this.consumer = kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      // A fetch waiting for new messages holds up disconnect; the end is known, so wait little.
      maxWaitTimeInMs: 250,
    });
  }

  async start(): Promise<void> {
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.failure = payload.error;
      this.progressed();
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const kept = this.read.get(batch.partition) ?? [];
        this.read.set(batch.partition, kept);
        for (const message of batch.messages) {
          const offset = BigInt(message.offset);
          if (offset < (this.next.get(batch.partition) ?? 0n)) continue; // fetched again
          kept.push({ offset, outcome: this.interpret(message.value) });
          this.next.set(batch.partition, offset + 1n);
        }
        this.progressed();
      },
    });
  }

  /** Resolves once every partition has been read up to (not including) its end offset. */
  async readUntil(ends: ReadonlyMap<number, bigint>, stallTimeoutMs = 60_000): Promise<void> {
    const reached = () =>
      [...ends].every(([partition, end]) => (this.next.get(partition) ?? 0n) >= end);
    let lastProgress = Date.now();
    while (!reached()) {
      if (this.failure) throw this.failure;
      if (Date.now() - lastProgress > stallTimeoutMs) {
        const behind = [...ends]
          .filter(([partition, end]) => (this.next.get(partition) ?? 0n) < end)
          .map(([partition, end]) => `${partition} at ${this.next.get(partition) ?? 0n} of ${end}`);
        throw new Error(
          `reading ${this.topic} stalled for ${stallTimeoutMs / 1000} s (partitions ${behind.join(', ')})`,
        );
      }
      const progressed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 1_000);
        this.progressed = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      if (progressed) lastProgress = Date.now();
    }
  }

  /** Outcomes of the messages below the end offsets, partition by partition in offset order. */
  outcomesBefore(ends: ReadonlyMap<number, bigint>): ReadOutcome[] {
    const outcomes: ReadOutcome[] = [];
    for (const [partition, end] of [...ends].sort(([a], [b]) => a - b)) {
      for (const entry of this.read.get(partition) ?? []) {
        if (entry.offset < end) outcomes.push(entry.outcome);
      }
    }
    return outcomes;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
  }
}
