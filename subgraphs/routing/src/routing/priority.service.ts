import { assertNoProblems, badUserInput } from '@hub/service-kit';
import { alertMonitors } from '../alerts/urgent-alert.service';
import type { Case } from '../cases/case.entity';
import { Priority } from '../cases/case.enums';
import { writeCase } from '../cases/case.writer';
import type { RoutingContext } from '../context';
import { recordHistory } from './routing-history';
import { RoutingAction } from './routing-history.enums';
import { isUrgent, validateReason } from './routing.rules';

/** A new priority by hand, with a reason kept in the history. */
export async function changePriority(
  context: RoutingContext,
  caseId: string,
  priority: Priority,
  reason: string,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  return writeCase(context, 'changePriority', caseId, async (writer, found, now) => {
    if (found.priority === priority) {
      throw badUserInput('priority', 'the case already has this priority');
    }
    const wasUrgent = isUrgent(found.priority);
    found.priority = priority;
    recordHistory(
      writer.em,
      found.id,
      RoutingAction.PRIORITY_CHANGED,
      context.caller.subject,
      now,
      {
        priority,
        reason,
      },
    );
    // Raised to expedited or emergency: the department hears it at once. Emergency after
    // expedited is a new alert too: the monitors must know it got worse.
    if (isUrgent(priority) && (!wasUrgent || priority === Priority.EMERGENCY)) {
      alertMonitors(writer, found, now);
    }
  });
}
