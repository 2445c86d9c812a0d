import { CASE_COMPLETED, CaseStatus } from '@hub/contracts';
import { assertNoProblems, caseEvent } from '@hub/service-kit';
import type { RoutingContext } from '../context';
import { stopClocks } from '../deadlines/deadline.clocks';
import { recordHistory } from '../routing/routing-history';
import { RoutingAction } from '../routing/routing-history.enums';
import { departmentOf } from '../routing/routing-table';
import type { Case } from './case.entity';
import { RoutingStage } from './case.enums';
import { changeStatus, writeCase } from './case.writer';
import { validateOutcome, type OutcomeShape } from './outcome.rules';

/**
 * The department closes the loop. Its clocks stop, and `case.completed.v1` carries the
 * disposition for intake to email. The hub status goes straight to 'closed': the outcome is
 * final unless appealed, and an appeal re-opens it as 'appealed'.
 */
export async function completeCase(
  context: RoutingContext,
  caseId: string,
  input: OutcomeShape,
): Promise<Case> {
  assertNoProblems(validateOutcome(input));
  return writeCase(context, 'complete', caseId, async (writer, found, now) => {
    found.routingStage = RoutingStage.COMPLETED;
    found.outcome = input.outcome;
    found.disposition = input.disposition.trim();
    found.actionsTaken = input.actionsTaken?.trim() || null;
    found.recurrencePrevention = input.recurrencePrevention?.trim() || null;
    found.outcomeReasons = input.reasons?.trim() || null;
    found.outcomeAt = now;
    await stopClocks(writer.em, found, now);
    recordHistory(writer.em, found.id, RoutingAction.COMPLETED, context.caller.subject, now, {
      reason: input.outcome,
    });
    writer.events.publish(
      writer.em,
      caseEvent(
        CASE_COMPLETED,
        {
          caseId: found.id,
          outcome: input.outcome,
          disposition: found.disposition,
          departmentName:
            departmentOf(writer.settings.table, found.departmentId)?.name ?? found.departmentId,
        },
        writer.traceparent,
      ),
    );
    await changeStatus(writer, found.id, CaseStatus.CLOSED, input.outcome);
  });
}
