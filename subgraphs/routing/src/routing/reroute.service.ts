import { CASE_ROUTED, CaseStatus } from '@hub/contracts';
import { assertNoProblems, badUserInput, caseEvent } from '@hub/service-kit';
import { alertMonitors } from '../alerts/urgent-alert.service';
import type { Case } from '../cases/case.entity';
import { changeStatus, writeCase } from '../cases/case.writer';
import { stageAfterReroute } from '../cases/routing-stage.rules';
import type { RoutingContext } from '../context';
import { recordHistory } from './routing-history';
import { RoutingAction } from './routing-history.enums';
import { departmentOf } from './routing-table';
import { validateReason } from './routing.rules';

/** Agents only: to another department, with a reason kept in the history. */
export async function rerouteCase(
  context: RoutingContext,
  caseId: string,
  departmentId: string,
  reason: string,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  const department = departmentOf(context.settings.table, departmentId);
  if (!department) throw badUserInput('departmentId', 'is not a department of the routing table');
  return writeCase(context, 'reroute', caseId, async (writer, found, now) => {
    if (found.departmentId === department.id) {
      throw badUserInput('departmentId', 'the case is already with this department');
    }
    const previous = found.departmentId;
    found.departmentId = department.id;
    // The assignee belongs to the old department; the new one assigns its own.
    found.assigneeId = null;
    found.assignedAt = null;
    found.routingStage = stageAfterReroute(found.routingStage);
    recordHistory(writer.em, found.id, RoutingAction.REROUTED, context.caller.subject, now, {
      fromDepartmentId: previous,
      toDepartmentId: department.id,
      priority: found.priority,
      reason,
    });
    writer.events.publish(
      writer.em,
      caseEvent(
        CASE_ROUTED,
        {
          caseId: found.id,
          departmentId: department.id,
          departmentName: department.name,
          priority: found.priority,
          previousDepartmentId: previous,
          manual: true,
        },
        writer.traceparent,
      ),
    );
    await changeStatus(writer, found.id, CaseStatus.ROUTED, null);
    alertMonitors(writer, found, now);
  });
}
