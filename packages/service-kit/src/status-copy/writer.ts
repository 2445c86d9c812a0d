import type { CASE_RECEIVED } from '@hub/contracts';
import {
  CASE_STATUS_CHANGED,
  isUuid,
  type CaseStatus,
  type EventEnvelopeOf,
  type Role,
} from '@hub/contracts';
import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../graphql/errors';
import { caseEvent, type NewEvent } from '../events/envelope';
import type { EventPublisher } from '../events/outbox';
import { applyStatusEvents } from './apply';
import { assertStatusChange } from './status-vocabulary';

export interface StatusChangeRequest {
  readonly caseId: string;
  readonly status: CaseStatus;
  /** The agency or office deciding it, e.g. 'human-resources', 'wsdot-oecr'. */
  readonly agency: string;
  /** That agency's own word for the status, kept beside the hub's. */
  readonly agencyStatus?: string | null;
  /** Never personal data: every agency's copy keeps it. */
  readonly reason?: string | null;
  /**
   * Who may read agencyStatus and reason in any subgraph's answers: the writing office's own
   * rule for its own words. Left out: whoever may read the case's status history.
   */
  readonly readers?: readonly Role[] | null;
  readonly traceparent?: string;
}

/**
 * Locks the case's status copy, first of everything a writer's transaction locks. The consumer
 * merges status events into the copy before a subgraph's handlers touch its own rows, so a
 * writer that locked its own row first and the copy second (in recordStatusChange) could wait
 * on a consumer that waits on it. Call it before locking the subgraph's own row of the case.
 */
export async function lockStatusCopy(em: EntityManager, caseId: string): Promise<void> {
  if (!isUuid(caseId)) return;
  await em.execute(`select 1 from case_status where case_id = ? for update`, [caseId]);
}

/**
 * A subgraph's own row of a case, locked for a write in the caller's transaction: the status
 * copy first (lockStatusCopy), then the row. NOT_FOUND, saying `what`, when there is none (or
 * the id is no case id).
 */
export async function lockCaseRow<Row extends { caseId: string }>(
  em: EntityManager,
  entity: EntityClass<Row>,
  caseId: string,
  what: string,
): Promise<Row> {
  const id = caseId.toLowerCase();
  await lockStatusCopy(em, id);
  const found = isUuid(id)
    ? await em.findOne(entity, { caseId: id } as FilterQuery<Row>, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      })
    : null;
  if (!found) throw notFound(what);
  return found;
}

/** The current status in this subgraph's copy, or null if it has not heard of the case. */
export async function readStatus(em: EntityManager, caseId: string): Promise<CaseStatus | null> {
  const [row] = await em.execute<{ status: CaseStatus }[]>(
    `select status from case_status where case_id = ?`,
    [caseId],
  );
  return row?.status ?? null;
}

/**
 * The one way a subgraph changes a case's status. Inside the caller's transaction: checks the
 * transition against this subgraph's copy (the row is locked, so two writers here take turns),
 * puts `case.status-changed.v1` in the outbox and applies it to the copy at once. When the
 * event comes back from Kafka its id is known, so it changes nothing.
 */
export async function recordStatusChange(
  em: EntityManager,
  events: EventPublisher,
  request: StatusChangeRequest,
): Promise<EventEnvelopeOf<typeof CASE_STATUS_CHANGED>> {
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
  return publishAndApply(em, events, statusChangedEvent(request));
}

/**
 * Publishes a subgraph's own status event and applies it to its own copy in the same
 * transaction, so its answers show the change at once. For `case.received.v1` (intake) and
 * the change `recordStatusChange` checked.
 */
export async function publishAndApply<
  Type extends typeof CASE_RECEIVED | typeof CASE_STATUS_CHANGED,
>(
  em: EntityManager,
  events: EventPublisher,
  event: NewEvent<Type>,
): Promise<EventEnvelopeOf<Type>> {
  const envelope = events.publish(em, event);
  await applyStatusEvents(em, [envelope]);
  return envelope;
}

export function statusChangedEvent(
  request: StatusChangeRequest,
): NewEvent<typeof CASE_STATUS_CHANGED> {
  return caseEvent(
    CASE_STATUS_CHANGED,
    {
      caseId: request.caseId,
      status: request.status,
      agency: request.agency,
      agencyStatus: request.agencyStatus ?? null,
      reason: request.reason ?? null,
      ...(request.readers ? { readers: [...new Set(request.readers)] } : {}),
    },
    request.traceparent,
  );
}
