import type { EntityManager } from '@mikro-orm/postgresql';
import { RoutingHistoryEntry } from './routing-history.entity';
import type { RoutingAction } from './routing-history.enums';

/** Who decided, in the history, when no person did. */
export const RULES_ACTOR = 'routing';

export type HistoryDetails = Partial<
  Pick<
    RoutingHistoryEntry,
    'fromDepartmentId' | 'toDepartmentId' | 'priority' | 'staffId' | 'escalationLevel' | 'reason'
  >
>;

/** Adds one decision to the case's routing history, in the caller's transaction. */
export function recordHistory(
  em: EntityManager,
  caseId: string,
  action: RoutingAction,
  actor: string,
  at: Date,
  details: HistoryDetails,
): void {
  const entry = new RoutingHistoryEntry();
  entry.caseId = caseId;
  entry.at = at;
  entry.action = action;
  entry.actor = actor;
  Object.assign(entry, details);
  em.persist(entry);
}
