import { badUserInput, conflict } from '@hub/service-kit';
import type { Case } from '../cases/case.entity';
import { RoutingStage } from '../cases/case.enums';
import { writeCase } from '../cases/case.writer';
import type { RoutingContext } from '../context';
import { recordHistory } from '../routing/routing-history';
import { RoutingAction } from '../routing/routing-history.enums';
import { Deadline } from './deadline.entity';
import { DeadlineClock } from './deadline.enums';
import { acknowledgmentClockOf, formalResponseDue, nearestDue } from './deadline.rules';

/**
 * A formal complaint, or an appeal, was acknowledged. For a complaint the response is then
 * due 10 further working days on.
 */
export async function acknowledgeCase(context: RoutingContext, caseId: string): Promise<Case> {
  return writeCase(context, 'acknowledge', caseId, async (writer, found, now) => {
    const clocks = await writer.em.find(Deadline, { caseId: found.id });
    const appealed = found.routingStage === RoutingStage.APPEALED;
    const acknowledgment = clocks.find((d) => d.clock === acknowledgmentClockOf(appealed));
    if (!acknowledgment) {
      throw badUserInput(
        'caseId',
        'the case is not a formal complaint: there is nothing to acknowledge',
      );
    }
    if (acknowledgment.metAt) {
      throw conflict(
        appealed ? 'the appeal was already acknowledged' : 'the complaint was already acknowledged',
      );
    }
    acknowledgment.metAt = now;
    const { calendar, policy } = writer.settings;
    if (!appealed) {
      found.acknowledgedAt = now;
      const response = clocks.find((d) => d.clock === DeadlineClock.FORMAL_RESPONSE);
      if (response && !response.metAt) response.dueAt = formalResponseDue(calendar, policy, now);
    }
    found.nextDueAt = nearestDue(clocks);
    recordHistory(writer.em, found.id, RoutingAction.ACKNOWLEDGED, context.caller.subject, now, {});
  });
}
