import type { CaseCompletedData } from '@hub/contracts';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stopClocks } from '../deadlines/deadline.clocks';
import { recordHistory } from '../routing/routing-history';
import { RoutingAction } from '../routing/routing-history.enums';
import { Case } from './case.entity';
import { RoutingStage, type Outcome } from './case.enums';
import { isOpen } from './routing-stage.rules';

/*
 * A case leaves routing's queue because of what happened elsewhere, heard as an event in the
 * consumer's transaction: the reporter withdrew it in intake, or the office it was routed to
 * completed it. Routing's own status is not changed: the other agency already published it.
 */

/** The reporter withdrew it in intake: its clocks stop and it leaves the queue. */
export async function withdrawRoutedCase(
  em: EntityManager,
  caseId: string,
  reason: string | null,
): Promise<void> {
  const found = await lockOpenCase(em, caseId);
  if (!found) return;
  const now = new Date();
  found.routingStage = RoutingStage.WITHDRAWN;
  found.updatedAt = now;
  await stopClocks(em, found, now);
  recordHistory(em, found.id, RoutingAction.WITHDRAWN, 'intake', now, { reason });
}

/**
 * A specialist office (HR, OPA, Internal Audit, ...) completed a case routing sent it: the
 * case leaves the queue with the office's outcome and its clocks stop, as if completed here.
 */
export async function completeRoutedCaseElsewhere(
  em: EntityManager,
  completed: CaseCompletedData,
  office: string,
): Promise<void> {
  const found = await lockOpenCase(em, completed.caseId);
  if (!found) return;
  const now = new Date();
  found.routingStage = RoutingStage.COMPLETED;
  found.outcome = completed.outcome as Outcome;
  found.disposition = completed.disposition;
  found.outcomeReaders = completed.readers ? [...completed.readers] : null;
  found.outcomeAt = now;
  found.updatedAt = now;
  await stopClocks(em, found, now);
  recordHistory(em, found.id, RoutingAction.COMPLETED, office, now, { reason: completed.outcome });
}

/** The case, locked, if routing holds it and it is still being worked. */
async function lockOpenCase(em: EntityManager, caseId: string): Promise<Case | null> {
  const found = await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return found && isOpen(found.routingStage) ? found : null;
}
