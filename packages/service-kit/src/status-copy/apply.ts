import {
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  CaseStatus,
  isCaseStatus,
  type CaseStatusChangedData,
  type EventEnvelope,
} from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBatchStep } from '../events/consumer';
import type { StatusChange } from './merge.rules';

// Where an event is applied to a status copy: `applyStatusEvents`, and nowhere else. The
// consumer calls it for each batch (`statusCopyStep`), a writer for its own change
// (`recordStatusChange`), and the recovery tool for a replay. It is the SQL form of the model
// in merge.rules.ts; a property test feeds both the same deliveries and requires equal copies.

/** The agency named in the status a case has from the moment intake receives it. */
export const RECEIVING_AGENCY = 'intake';

/** One change as the copy stores it: what the event said, plus its id, clock and source. */
export interface AppliedStatusChange extends StatusChange {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly agency: string;
}

/**
 * The status an event states or implies, or null for an event that says nothing about status.
 * A status word outside the vocabulary is an error (the contract's pattern lets any lower-case
 * word through), so the event goes to the dead-letter topic instead of into the copy.
 */
export function statusChangeOf(event: EventEnvelope<object>): AppliedStatusChange | null {
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
      readers: null,
    };
  }
  if (event.type !== CASE_STATUS_CHANGED) return null;
  const data = event.data as CaseStatusChangedData;
  if (!isCaseStatus(data.status)) {
    throw new Error(`${CASE_STATUS_CHANGED} carries "${data.status}", not a hub status word`);
  }
  return {
    ...stamp,
    caseId: data.caseId,
    status: data.status,
    agency: data.agency,
    agencyStatus: data.agencyStatus ?? null,
    reason: data.reason ?? null,
    readers: data.readers ?? null,
  };
}

/**
 * Applies the status every event states or implies to this subgraph's copy, in the caller's
 * transaction; events that say nothing about status are skipped. The result is the same for
 * any order and any repetition of the same events.
 */
export async function applyStatusEvents(
  em: EntityManager,
  events: readonly EventEnvelope<object>[],
): Promise<void> {
  const changes: AppliedStatusChange[] = [];
  for (const event of events) {
    const change = statusChangeOf(event);
    if (change) changes.push(change);
  }
  await applyStatusChanges(em, changes);
}

/**
 * Merges changes in one statement, with the result of merging them one by one in any order
 * (`mergeStatusChanges`): the history gains each change whose event id it does not hold (the
 * first copy of an id stands), and a case's current status becomes the last of the rows it
 * gained by (hlc, origin, event id) if that is later than the current one. Compared in
 * code-unit order ("C" collation), so every machine agrees.
 */
export async function applyStatusChanges(
  em: EntityManager,
  changes: readonly AppliedStatusChange[],
): Promise<void> {
  // One row per event id: a statement cannot insert the same key twice, and the first wins.
  const rows = new Map<string, Record<string, string | readonly string[] | null>>();
  for (const change of changes) {
    if (rows.has(change.eventId)) continue;
    rows.set(change.eventId, {
      event_id: change.eventId,
      case_id: change.caseId,
      status: change.status,
      agency: change.agency,
      agency_status: change.agencyStatus ?? null,
      reason: change.reason ?? null,
      readers: change.readers ?? null,
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
         readers text[], hlc text, origin text, occurred_at timestamptz)
     ), added as (
       insert into case_status_history
         (event_id, case_id, status, agency, agency_status, reason, readers, hlc, origin,
          occurred_at)
       select event_id, case_id, status, agency, agency_status, reason, readers, hlc, origin,
              occurred_at
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

/**
 * What the consumer does for the status events of a batch, before their handlers: every
 * status they state or imply merged in one statement.
 */
export const statusCopyStep: EventBatchStep = {
  types: [CASE_RECEIVED, CASE_STATUS_CHANGED],
  apply: (events, { em }) => applyStatusEvents(em as EntityManager, events),
};
