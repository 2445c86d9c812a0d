import { CASE_COMPLETED, CASE_ROUTED, CaseStatus, type CaseReceivedData } from '@hub/contracts';
import { caseEvent } from '@hub/service-kit';
import { referOutOfJurisdiction } from '../agency-referrals/agency-referral.recorder';
import { alertMonitors } from '../alerts/urgent-alert.service';
import { Case } from '../cases/case.entity';
import { Outcome, RoutingStage } from '../cases/case.enums';
import { changeStatus, type Writer } from '../cases/case.writer';
import { startClocks } from '../deadlines/deadline.clocks';
import { initialDeadlines } from '../deadlines/deadline.rules';
import { assignTo } from './assignment.service';
import { recordHistory, RULES_ACTOR } from './routing-history';
import { RoutingAction } from './routing-history.enums';
import { agencyOf, departmentOf } from './routing-table';
import { decideRoute, referralDisposition, type RoutingDecision } from './routing.rules';

/*
 * Automatic routing: each case intake receives (case.received.v1) goes where the routing table
 * says, in the consumer's transaction. Out-of-scope subjects are closed here with a referral.
 */

/** Routes a case intake received; a case routing already holds is left alone. */
export async function routeReceivedCase(writer: Writer, received: CaseReceivedData): Promise<void> {
  const { em, events, settings } = writer;
  if (await em.findOne(Case, { id: received.caseId })) return;
  const now = new Date();
  const decision = decideRoute(settings.table, received);

  const routed = new Case();
  routed.id = received.caseId;
  routed.kind = received.kind;
  routed.subjectCategory = received.subjectCategory;
  routed.serviceCode = received.serviceCode;
  routed.receivedAt = new Date(received.receivedAt);
  routed.departmentId = decision.departmentId;
  routed.updatedAt = now;
  em.persist(routed);

  if (decision.type === 'out_of_jurisdiction') {
    await closeOutOfJurisdiction(writer, routed, decision, now);
    return;
  }

  routed.priority = decision.priority;
  startClocks(
    em,
    routed,
    initialDeadlines(settings.calendar, settings.policy, routed.kind, routed.receivedAt),
  );
  recordHistory(em, routed.id, RoutingAction.ROUTED, RULES_ACTOR, now, {
    toDepartmentId: routed.departmentId,
    priority: routed.priority,
    reason: decision.rule,
  });
  events.publish(
    em,
    caseEvent(
      CASE_ROUTED,
      {
        caseId: routed.id,
        departmentId: routed.departmentId,
        departmentName:
          departmentOf(settings.table, routed.departmentId)?.name ?? routed.departmentId,
        priority: routed.priority,
        previousDepartmentId: null,
        manual: false,
      },
      writer.traceparent,
    ),
  );
  await changeStatus(writer, routed.id, CaseStatus.ROUTED, null);
  if (decision.assignToHead) {
    const department = departmentOf(settings.table, routed.departmentId)!;
    await assignTo(writer, routed, department.headId, RULES_ACTOR, now, decision.rule);
  }
  alertMonitors(writer, routed, now);
}

/**
 * The city cannot act: the case is closed at once, the body that can is told of it as a
 * referral, and the reporter is told whom to contact (the disposition of case.completed.v1).
 */
async function closeOutOfJurisdiction(
  writer: Writer,
  routed: Case,
  decision: Extract<RoutingDecision, { type: 'out_of_jurisdiction' }>,
  now: Date,
): Promise<void> {
  const { em, events, settings } = writer;
  const agency = agencyOf(settings.table, decision.agencyId)!;
  const department = departmentOf(settings.table, decision.departmentId)!;
  const disposition = referralDisposition(agency);
  routed.routingStage = RoutingStage.OUT_OF_JURISDICTION;
  routed.outcome = Outcome.OUT_OF_JURISDICTION;
  routed.disposition = disposition;
  routed.outcomeAt = now;
  routed.referralAgencyId = agency.id;
  recordHistory(em, routed.id, RoutingAction.REFERRED_OUT_OF_JURISDICTION, RULES_ACTOR, now, {
    toDepartmentId: department.id,
    reason: `${decision.rule}; referred to ${agency.name}`,
  });
  // The referral first: the agency's feed starts with it, then the closure follows.
  referOutOfJurisdiction(writer, routed, agency.id, now);
  await changeStatus(
    writer,
    routed.id,
    CaseStatus.OUT_OF_JURISDICTION,
    `referred to ${agency.name}`,
  );
  events.publish(
    em,
    caseEvent(
      CASE_COMPLETED,
      {
        caseId: routed.id,
        outcome: Outcome.OUT_OF_JURISDICTION,
        disposition,
        departmentName: department.name,
      },
      writer.traceparent,
    ),
  );
}
