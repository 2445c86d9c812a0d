import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { EventBatchStep, EventHandler } from './consumer';
import type { EventEnvelope, NewEvent } from './envelope';
import type { EventPublisher } from './outbox';
import { CaseStatusHistoryEntry, CaseStatusRecord } from './status-copy.entity';
import { assertStatusChange, CaseStatus, isCaseStatus } from './status-vocabulary';

export const CASE_STATUS_CHANGED = 'case.status-changed.v1';
export const CASE_RECEIVED = 'case.received.v1';
/** The agency named in the status a case has from the moment intake receives it. */
export const RECEIVING_AGENCY = 'intake';

export interface CaseStatusChangedData {
  readonly caseId: string;
  readonly status: string;
  readonly agency: string;
  readonly agencyStatus?: string | null;
  readonly reason?: string | null;
}

/** One change as the copy stores it: what the event said, plus its id, clock and source. */
export interface AppliedStatusChange {
  readonly eventId: string;
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly agency: string;
  readonly agencyStatus: string | null;
  readonly reason: string | null;
  readonly hlc: string;
  readonly origin: string;
  readonly occurredAt: string;
}

/**
 * The status an event states or implies, or null for an event that says nothing about status.
 * A status word outside the vocabulary is an error (the contract's pattern lets any lower-case
 * word through), so the event goes to the dead-letter topic instead of into the copy.
 */
export function statusChangeOf(event: EventEnvelope): AppliedStatusChange | null {
  const stamp = {
    eventId: event.id,
    caseId: event.subject,
    hlc: event.hlc,
    origin: event.source,
    occurredAt: event.time,
  };
  if (event.type === CASE_RECEIVED) {
    return {
      ...stamp,
      status: CaseStatus.RECEIVED,
      agency: RECEIVING_AGENCY,
      agencyStatus: null,
      reason: null,
    };
  }
  if (event.type !== CASE_STATUS_CHANGED) return null;
  const data = event.data as unknown as CaseStatusChangedData;
  if (!isCaseStatus(data.status)) {
    throw new Error(`case.status-changed.v1 carries "${data.status}", not a hub status word`);
  }
  return {
    ...stamp,
    caseId: data.caseId,
    status: data.status,
    agency: data.agency,
    agencyStatus: data.agencyStatus ?? null,
    reason: data.reason ?? null,
  };
}

/**
 * Merges one change into this subgraph's copy, in the caller's transaction: the history gains
 * the change unless its event id is known, and the current status becomes it if it is the last
 * by (hlc, origin, event id), compared in code-unit order ("C" collation) on every machine.
 * The same rule as `mergeStatusChange`, so any order of the same events leaves every copy with
 * the same rows.
 */
export async function applyStatusChange(
  em: EntityManager,
  change: AppliedStatusChange,
): Promise<void> {
  await applyStatusChanges(em, [change]);
}

/**
 * Merges many changes in one statement, with the same result as merging them one by one in any
 * order: of the rows the history gains, each case's last by (hlc, origin, event id) competes
 * with the current status. A rebuild replays thousands of events through this.
 */
export async function applyStatusChanges(
  em: EntityManager,
  changes: readonly AppliedStatusChange[],
): Promise<void> {
  // One row per event id: a statement cannot insert the same key twice, and the first wins.
  const rows = new Map<string, Record<string, string | null>>();
  for (const change of changes) {
    if (rows.has(change.eventId)) continue;
    rows.set(change.eventId, {
      event_id: change.eventId,
      case_id: change.caseId,
      status: change.status,
      agency: change.agency,
      agency_status: change.agencyStatus,
      reason: change.reason,
      hlc: change.hlc,
      origin: change.origin,
      occurred_at: change.occurredAt,
    });
  }
  if (rows.size === 0) return;
  await em.execute(
    `with incoming as (
       select * from jsonb_to_recordset(?::jsonb) as change(
         event_id uuid, case_id uuid, status text, agency text, agency_status text, reason text,
         hlc text, origin text, occurred_at timestamptz)
     ), added as (
       insert into case_status_history
         (event_id, case_id, status, agency, agency_status, reason, hlc, origin, occurred_at)
       select event_id, case_id, status, agency, agency_status, reason, hlc, origin, occurred_at
         from incoming
       on conflict (event_id) do nothing
       returning *
     )
     insert into case_status
       (case_id, status, agency, agency_status, hlc, origin, event_id, changed_at)
     select distinct on (case_id)
            case_id, status, agency, agency_status, hlc, origin, event_id::text, occurred_at
       from added
      order by case_id, hlc desc, origin desc, event_id::text collate "C" desc
     on conflict (case_id) do update set
       status = excluded.status, agency = excluded.agency, agency_status = excluded.agency_status,
       hlc = excluded.hlc, origin = excluded.origin, event_id = excluded.event_id,
       changed_at = excluded.changed_at
     where (case_status.hlc, case_status.origin, case_status.event_id)
         < (excluded.hlc, excluded.origin, excluded.event_id)`,
    [JSON.stringify([...rows.values()])],
  );
}

/** Applies whatever status an event states or implies; the kit runs it for every subgraph. */
export const applyStatusOfEvent: EventHandler = async (event, { em }) => {
  const change = statusChangeOf(event);
  if (change) await applyStatusChange(em as EntityManager, change);
};

/**
 * What the consumer does for the status events of a batch, before their handlers: every
 * status they state or imply merged in one statement (the merge is order-independent).
 */
export const statusCopyStep: EventBatchStep = {
  types: [CASE_RECEIVED, CASE_STATUS_CHANGED],
  apply: async (events, { em }) => {
    const changes: AppliedStatusChange[] = [];
    for (const event of events) {
      const change = statusChangeOf(event);
      if (change) changes.push(change);
    }
    await applyStatusChanges(em, changes);
  },
};

/**
 * A subgraph's own event applied to its own copy in the transaction that publishes it, so its
 * answers show the change at once (the event's return from Kafka then changes nothing).
 */
export async function applyPublishedStatus(em: EntityManager, envelope: EventEnvelope<object>) {
  const change = statusChangeOf(envelope as unknown as EventEnvelope);
  if (change) await applyStatusChange(em, change);
}

/** The current status in this subgraph's copy, or null if it has not heard of the case. */
export async function readStatus(em: EntityManager, caseId: string): Promise<CaseStatus | null> {
  const [row] = await em.execute<{ status: CaseStatus }[]>(
    `select status from case_status where case_id = ?`,
    [caseId],
  );
  return row?.status ?? null;
}

export interface StatusChangeRequest {
  readonly caseId: string;
  readonly status: CaseStatus;
  /** The agency or office deciding it, e.g. 'human-resources', 'wsdot-oecr'. */
  readonly agency: string;
  /** That agency's own word for the status, kept beside the hub's. */
  readonly agencyStatus?: string | null;
  /** Never personal data: every agency's copy keeps it. */
  readonly reason?: string | null;
  readonly traceparent?: string;
}

/**
 * The one way a subgraph changes a case's status. Inside the caller's transaction: checks the
 * transition against this subgraph's copy (the row is locked, so two writers here take turns),
 * puts `case.status-changed.v1` in the outbox and applies it to the copy at once. When the
 * event comes back from Kafka its id is known, so it changes nothing.
 */
const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Locks the case's status copy, first of everything a writer's transaction locks. The consumer
 * merges status events into the copy before a subgraph's handlers touch its own rows, so a
 * writer that locked its own row first and the copy second (in recordStatusChange) could wait
 * on a consumer that waits on it. Call it before locking the subgraph's own row of the case.
 */
export async function lockStatusCopy(em: EntityManager, caseId: string): Promise<void> {
  if (!CASE_ID.test(caseId)) return;
  await em.execute(`select 1 from case_status where case_id = ? for update`, [caseId]);
}

export async function recordStatusChange(
  em: EntityManager,
  events: EventPublisher,
  request: StatusChangeRequest,
): Promise<EventEnvelope<CaseStatusChangedData>> {
  if (!em.isInTransaction()) {
    throw new Error(
      'recordStatusChange must run inside em.transactional(), with its EntityManager',
    );
  }
  const [current] = await em.execute<{ status: CaseStatus }[]>(
    `select status from case_status where case_id = ? for update`,
    [request.caseId],
  );
  assertStatusChange(current?.status ?? null, request.status);
  const envelope = events.publish(em, statusChangedEvent(request));
  await applyPublishedStatus(em, envelope);
  return envelope;
}

export function statusChangedEvent(request: StatusChangeRequest): NewEvent<CaseStatusChangedData> {
  return {
    type: CASE_STATUS_CHANGED,
    subject: request.caseId,
    traceparent: request.traceparent,
    data: {
      caseId: request.caseId,
      status: request.status,
      agency: request.agency,
      agencyStatus: request.agencyStatus ?? null,
      reason: request.reason ?? null,
    },
  };
}

/**
 * A request's reads of the copy: the status and the history of N cases are one query each.
 * The kit builds one per request and puts it in the context as `statusCopies`.
 */
export class StatusCopyReader {
  private readonly currents: DataLoader<string, CaseStatus | null>;
  private readonly histories: DataLoader<string, CaseStatusHistoryEntry[]>;

  constructor(em: EntityManager) {
    this.currents = new DataLoader(async (caseIds) => {
      const rows = await em.find(
        CaseStatusRecord,
        { caseId: { $in: [...caseIds] } },
        { fields: ['caseId', 'status'] },
      );
      const byCase = new Map(rows.map((row) => [row.caseId, row.status]));
      return caseIds.map((id) => byCase.get(id) ?? null);
    });
    this.histories = new DataLoader(async (caseIds) => {
      const rows = await em.find(
        CaseStatusHistoryEntry,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { caseId: 'asc', hlc: 'asc', origin: 'asc', eventId: 'asc' } },
      );
      const byCase = new Map<string, CaseStatusHistoryEntry[]>();
      for (const row of rows) {
        const list = byCase.get(row.caseId) ?? [];
        list.push(row);
        byCase.set(row.caseId, list);
      }
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
  }

  status(caseId: string): Promise<CaseStatus | null> {
    return this.currents.load(caseId);
  }

  history(caseId: string): Promise<CaseStatusHistoryEntry[]> {
    return this.histories.load(caseId);
  }
}
