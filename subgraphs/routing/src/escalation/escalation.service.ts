import { assertNoProblems, conflict } from '@hub/service-kit';
import type { Case } from '../cases/case.entity';
import { writeCase } from '../cases/case.writer';
import type { RoutingContext } from '../context';
import { recordHistory } from '../routing/routing-history';
import { RoutingAction } from '../routing/routing-history.enums';
import { validateReason } from '../routing/routing.rules';
import { nextEscalation } from './escalation.rules';

/** One step up the ladder, with the reason the complainant is still dissatisfied. */
export async function escalateCase(
  context: RoutingContext,
  caseId: string,
  reason: string,
  aboutHeadOfService: boolean,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  return writeCase(context, 'escalate', caseId, async (writer, found, now) => {
    const about = found.aboutHeadOfService || aboutHeadOfService;
    const step = nextEscalation(found.escalationLevel, about);
    if (!step.ok) throw conflict(step.reason);
    found.escalationLevel = step.level;
    found.escalatedAt = now;
    found.aboutHeadOfService = about;
    recordHistory(writer.em, found.id, RoutingAction.ESCALATED, context.caller.subject, now, {
      escalationLevel: step.level,
      reason,
    });
  });
}
