import { CaseStatus } from '@hub/contracts';
import { badUserInput } from '@hub/service-kit';
import type { Case } from '../cases/case.entity';
import { changeStatus, writeCase, type Writer } from '../cases/case.writer';
import { stageAfterAssignment } from '../cases/routing-stage.rules';
import type { RoutingContext } from '../context';
import { recordHistory } from './routing-history';
import { RoutingAction } from './routing-history.enums';
import { staffOf } from './routing-table';

/** To a member of the case's own department; staff of another department are refused. */
export async function assignCase(
  context: RoutingContext,
  caseId: string,
  staffId: string,
  note: string | null,
): Promise<Case> {
  return writeCase(context, 'assign', caseId, async (writer, found, now) => {
    const staff = staffOf(writer.settings.table, staffId);
    if (!staff) throw badUserInput('staffId', 'is not a member of staff in the routing table');
    if (staff.departmentId !== found.departmentId) {
      throw badUserInput(
        'staffId',
        "belongs to another department: assign the case to staff of the case's department, or re-route it first",
      );
    }
    if (found.assigneeId === staffId) {
      throw badUserInput('staffId', 'the case is already assigned to this person');
    }
    await assignTo(writer, found, staffId, context.caller.subject, now, note);
  });
}

/** Assigns the case, by hand or by the routing table (compliments go to the head in person). */
export async function assignTo(
  writer: Writer,
  found: Case,
  staffId: string,
  actor: string,
  now: Date,
  reason: string | null,
): Promise<void> {
  found.assigneeId = staffId;
  found.assignedAt = now;
  found.routingStage = stageAfterAssignment(found.routingStage);
  recordHistory(writer.em, found.id, RoutingAction.ASSIGNED, actor, now, { staffId, reason });
  await changeStatus(writer, found.id, CaseStatus.ASSIGNED, null);
}
