import {
  assertNoProblems,
  badUserInput,
  CaseStatus,
  conflict,
  forbidden,
  notFound,
  recordStatusChange,
  type EventPublisher,
  lockStatusCopy,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { referOutOfJurisdiction } from './agency-referral.service';
import { Case } from './case.entity';
import {
  caseCompleted,
  caseRouted,
  ROUTING_AGENCY,
  urgentAlert,
  type CaseCompletedData,
  type CaseReceivedData,
} from './case.events';
import type { RoutingContext } from './context';
import { Deadline } from './deadline.entity';
import {
  appealDecisionDue,
  appealDeadlines,
  formalResponseDue,
  initialDeadlines,
  nearestDue,
  validateAppeal,
  type PlannedDeadline,
} from './deadline.rules';
import type { RoutingSettings } from './environment';
import { nextEscalation, validateOutcome, type OutcomeShape } from './escalation.rules';
import { DeadlineClock, Outcome, Priority, RoutingAction, RoutingStage } from './routing.enums';
import { RoutingHistoryEntry } from './routing-history.entity';
import {
  decideRoute,
  isOpen,
  isUrgent,
  mayActOn,
  referralDisposition,
  validateReason,
} from './routing.rules';
import { UrgentAlert } from './urgent-alert.entity';

/*
 * Routing's writes. Each is one transaction that changes the case, its clocks and history,
 * and appends its events to the outbox: saved together or not at all.
 */

/** Who decided, in the history, when no person did. */
export const RULES_ACTOR = 'routing';

export interface Writer {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly settings: RoutingSettings;
  readonly traceparent?: string;
}

// --- automatic routing (case.received.v1) ---------------------------------------------------

/** Routes a case intake received; a case routing already holds is left alone. */
export async function routeReceivedCase(writer: Writer, received: CaseReceivedData): Promise<void> {
  const { em, events, settings } = writer;
  if (await em.findOne(Case, { id: received.caseId })) return;
  const { table } = settings;
  const now = new Date();
  const decision = decideRoute(table, received);

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
    const agency = table.agencies.find((row) => row.id === decision.agencyId)!;
    const department = table.departments.find((row) => row.id === decision.departmentId)!;
    routed.routingStage = RoutingStage.OUT_OF_JURISDICTION;
    routed.outcome = Outcome.OUT_OF_JURISDICTION;
    routed.disposition = referralDisposition(agency);
    routed.outcomeAt = now;
    routed.referralAgencyId = agency.id;
    record(em, routed, RoutingAction.REFERRED_OUT_OF_JURISDICTION, RULES_ACTOR, now, {
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
      caseCompleted(
        {
          caseId: routed.id,
          outcome: Outcome.OUT_OF_JURISDICTION,
          disposition: routed.disposition,
          departmentName: department.name,
        },
        writer.traceparent,
      ),
    );
    return;
  }

  routed.priority = decision.priority;
  startClocks(
    em,
    routed,
    initialDeadlines(settings.calendar, settings.policy, routed.kind, routed.receivedAt),
  );
  record(em, routed, RoutingAction.ROUTED, RULES_ACTOR, now, {
    toDepartmentId: routed.departmentId,
    priority: routed.priority,
    reason: decision.rule,
  });
  events.publish(
    em,
    caseRouted(
      {
        caseId: routed.id,
        departmentId: routed.departmentId,
        departmentName: departmentName(settings, routed.departmentId),
        priority: routed.priority,
        previousDepartmentId: null,
        manual: false,
      },
      writer.traceparent,
    ),
  );
  await changeStatus(writer, routed.id, CaseStatus.ROUTED, null);
  if (decision.assignToHead) {
    const department = table.departments.find((row) => row.id === routed.departmentId)!;
    await assign(writer, routed, department.headId, RULES_ACTOR, now, decision.rule);
  }
  if (isUrgent(routed.priority)) alertMonitors(writer, routed, now);
}

/** The reporter withdrew it in intake: its clocks stop and it leaves the queue. */
export async function withdrawRoutedCase(
  em: EntityManager,
  caseId: string,
  reason: string | null,
): Promise<void> {
  const found = await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!found || !isOpen(found.routingStage)) return;
  const now = new Date();
  found.routingStage = RoutingStage.WITHDRAWN;
  found.nextDueAt = null;
  found.updatedAt = now;
  await em.nativeUpdate(Deadline, { caseId, metAt: null }, { metAt: now });
  record(em, found, RoutingAction.WITHDRAWN, 'intake', now, { reason });
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
  const found = await em.findOne(
    Case,
    { id: completed.caseId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!found || !isOpen(found.routingStage)) return;
  const now = new Date();
  found.routingStage = RoutingStage.COMPLETED;
  found.outcome = completed.outcome as Outcome;
  found.disposition = completed.disposition;
  found.outcomeAt = now;
  found.nextDueAt = null;
  found.updatedAt = now;
  await em.nativeUpdate(Deadline, { caseId: found.id, metAt: null }, { metAt: now });
  record(em, found, RoutingAction.COMPLETED, office, now, { reason: completed.outcome });
}

// --- by hand (GraphQL mutations) --------------------------------------------------------------

/** Agents only: to another department, with a reason kept in the history. */
export async function rerouteCase(
  context: RoutingContext,
  caseId: string,
  departmentId: string,
  reason: string,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  const department = activeDepartment(context, departmentId, 'departmentId');
  return write(
    context,
    caseId,
    async (writer, found, now) => {
      if (found.departmentId === department.id) {
        throw badUserInput('departmentId', 'the case is already with this department');
      }
      const previous = found.departmentId;
      found.departmentId = department.id;
      // The assignee belongs to the old department; the new one assigns its own.
      found.assigneeId = null;
      found.assignedAt = null;
      if (found.routingStage === RoutingStage.ASSIGNED) found.routingStage = RoutingStage.ROUTED;
      record(writer.em, found, RoutingAction.REROUTED, context.caller.subject, now, {
        fromDepartmentId: previous,
        toDepartmentId: department.id,
        priority: found.priority,
        reason,
      });
      writer.events.publish(
        writer.em,
        caseRouted(
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
      if (isUrgent(found.priority)) alertMonitors(writer, found, now);
    },
    { agentOnly: true },
  );
}

export async function changePriority(
  context: RoutingContext,
  caseId: string,
  priority: Priority,
  reason: string,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  return write(context, caseId, async (writer, found, now) => {
    if (found.priority === priority) {
      throw badUserInput('priority', 'the case already has this priority');
    }
    const wasUrgent = isUrgent(found.priority);
    found.priority = priority;
    record(writer.em, found, RoutingAction.PRIORITY_CHANGED, context.caller.subject, now, {
      priority,
      reason,
    });
    // Raised to expedited or emergency: the department hears it at once. Emergency after
    // expedited is a new alert too: the monitors must know it got worse.
    if (isUrgent(priority) && (!wasUrgent || priority === Priority.EMERGENCY)) {
      alertMonitors(writer, found, now);
    }
  });
}

/** To a member of the case's own department; staff of another department are refused. */
export async function assignCase(
  context: RoutingContext,
  caseId: string,
  staffId: string,
  note: string | null,
): Promise<Case> {
  return write(context, caseId, async (writer, found, now) => {
    const staff = context.loaders.settings.table.staff.find((row) => row.id === staffId);
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
    await assign(writer, found, staffId, context.caller.subject, now, note);
  });
}

/**
 * A formal complaint, or an appeal, was acknowledged. For a complaint the response is then
 * due 10 further working days on.
 */
export async function acknowledgeCase(context: RoutingContext, caseId: string): Promise<Case> {
  return write(context, caseId, async (writer, found, now) => {
    const clocks = await writer.em.find(Deadline, { caseId: found.id });
    const appealed = found.routingStage === RoutingStage.APPEALED;
    const clock = appealed
      ? DeadlineClock.APPEAL_ACKNOWLEDGMENT
      : DeadlineClock.FORMAL_ACKNOWLEDGMENT;
    const acknowledgment = clocks.find((d) => d.clock === clock);
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
    record(writer.em, found, RoutingAction.ACKNOWLEDGED, context.caller.subject, now, {});
  });
}

/**
 * The appellant was invited to a hearing: that clock is met, and the written result is due
 * 15 days after the hearing. Completing the appealed case gives the result.
 */
export async function inviteToAppealHearing(
  context: RoutingContext,
  caseId: string,
  hearingAt: Date,
): Promise<Case> {
  return write(context, caseId, async (writer, found, now) => {
    if (found.routingStage !== RoutingStage.APPEALED) {
      throw badUserInput('caseId', 'the case has no appeal to hear');
    }
    if (hearingAt.getTime() < now.getTime() - 60_000) {
      throw badUserInput('hearingAt', 'must not be in the past');
    }
    const clocks = await writer.em.find(Deadline, { caseId: found.id });
    const invitation = clocks.find((d) => d.clock === DeadlineClock.APPEAL_HEARING_INVITATION);
    if (!invitation || invitation.metAt) {
      throw conflict('the appellant was already invited to a hearing');
    }
    invitation.metAt = now;
    const { calendar, policy } = writer.settings;
    const decision = new Deadline();
    decision.id = randomUUID();
    decision.caseId = found.id;
    decision.clock = DeadlineClock.APPEAL_DECISION;
    decision.dueAt = appealDecisionDue(calendar, policy, hearingAt);
    writer.em.persist(decision);
    found.nextDueAt = nearestDue([...clocks, decision]);
    record(writer.em, found, RoutingAction.APPEAL_HEARING_INVITED, context.caller.subject, now, {
      reason: `hearing on ${hearingAt.toISOString()}`,
    });
  });
}

export async function escalateCase(
  context: RoutingContext,
  caseId: string,
  reason: string,
  aboutHeadOfService: boolean,
): Promise<Case> {
  assertNoProblems(validateReason(reason));
  return write(context, caseId, async (writer, found, now) => {
    const about = found.aboutHeadOfService || aboutHeadOfService;
    const step = nextEscalation(found.escalationLevel, about);
    if (!step.ok) throw conflict(step.reason);
    found.escalationLevel = step.level;
    found.escalatedAt = now;
    found.aboutHeadOfService = about;
    record(writer.em, found, RoutingAction.ESCALATED, context.caller.subject, now, {
      escalationLevel: step.level,
      reason,
    });
  });
}

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
  return write(context, caseId, async (writer, found, now) => {
    found.routingStage = RoutingStage.COMPLETED;
    found.outcome = input.outcome;
    found.disposition = input.disposition.trim();
    found.actionsTaken = input.actionsTaken?.trim() || null;
    found.recurrencePrevention = input.recurrencePrevention?.trim() || null;
    found.outcomeReasons = input.reasons?.trim() || null;
    found.outcomeAt = now;
    found.nextDueAt = null;
    await writer.em.nativeUpdate(Deadline, { caseId: found.id, metAt: null }, { metAt: now });
    record(writer.em, found, RoutingAction.COMPLETED, context.caller.subject, now, {
      reason: input.outcome,
    });
    const department = context.loaders.settings.table.departments.find(
      (row) => row.id === found.departmentId,
    );
    writer.events.publish(
      writer.em,
      caseCompleted(
        {
          caseId: found.id,
          outcome: input.outcome,
          disposition: found.disposition,
          departmentName: department?.name ?? found.departmentId,
        },
        writer.traceparent,
      ),
    );
    await changeStatus(writer, found.id, CaseStatus.CLOSED, input.outcome);
  });
}

/** Lodged in writing with full reasons, within the window after the outcome. */
export async function lodgeAppeal(
  context: RoutingContext,
  caseId: string,
  appeal: { reasons: string; inWriting: boolean; receivedAt?: Date | null },
): Promise<Case> {
  const lodgedAt = appeal.receivedAt ?? new Date();
  if (lodgedAt.getTime() > Date.now() + 60_000) {
    throw badUserInput('receivedAt', 'must not be in the future');
  }
  return write(
    context,
    caseId,
    async (writer, found, now) => {
      if (found.appealLodgedAt) throw conflict('an appeal was already lodged for this case');
      if (found.outcome === Outcome.OUT_OF_JURISDICTION) {
        throw badUserInput(
          'caseId',
          'an out-of-jurisdiction referral is not appealed here: contact the body named',
        );
      }
      const { calendar, policy } = writer.settings;
      assertNoProblems(validateAppeal(calendar, policy, appeal, found.outcomeAt, lodgedAt));
      found.routingStage = RoutingStage.APPEALED;
      found.appealLodgedAt = lodgedAt;
      found.appealReasons = appeal.reasons.trim();
      const planned = appealDeadlines(calendar, policy, lodgedAt);
      startClocks(writer.em, found, planned);
      record(writer.em, found, RoutingAction.APPEAL_LODGED, context.caller.subject, now, {});
      await changeStatus(writer, found.id, CaseStatus.APPEALED, null);
    },
    { appeal: true },
  );
}

// --- the parts -------------------------------------------------------------------------------

/**
 * Locks the case, checks the caller may act on it and that it is still open, runs the
 * change, and saves it with its history and events in one transaction.
 */
async function write(
  context: RoutingContext,
  caseId: string,
  change: (writer: Writer, found: Case, now: Date) => Promise<void>,
  options: { agentOnly?: boolean; appeal?: boolean } = {},
): Promise<Case> {
  const { caller } = context;
  if (options.agentOnly && !caller.roles.includes('agent')) {
    throw forbidden('only 311 agents re-route cases');
  }
  const { settings } = context.loaders;
  return context.em.transactional(async (em) => {
    const found = await lockCase(em, caseId);
    if (!mayActOn(caller, settings.table, found.departmentId)) {
      throw forbidden("you may act only on your own department's or office's cases");
    }
    const stage = found.routingStage;
    if (stage === RoutingStage.WITHDRAWN) throw conflict('the reporter withdrew the case');
    if (options.appeal) {
      // An appeal is against an outcome; lodgeAppeal judges which ones.
      if (isOpen(stage) && stage !== RoutingStage.APPEALED) {
        throw badUserInput('caseId', 'the case has no outcome to appeal yet');
      }
    } else if (stage === RoutingStage.OUT_OF_JURISDICTION) {
      throw conflict('the case was closed as out of jurisdiction and referred elsewhere');
    } else if (stage === RoutingStage.COMPLETED) {
      throw conflict('the case was already completed');
    }
    const now = new Date();
    await change(
      { em, events: context.events, settings, traceparent: context.traceparent },
      found,
      now,
    );
    found.updatedAt = now;
    return found;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lockCase(em: EntityManager, caseId: string): Promise<Case> {
  await lockStatusCopy(em, caseId);
  const found = UUID.test(caseId)
    ? await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!found) throw notFound('the case (routing has not received it, or it does not exist)');
  return found;
}

function activeDepartment(context: RoutingContext, departmentId: string, field: string) {
  const department = context.loaders.settings.table.departments.find(
    (row) => row.id === departmentId,
  );
  if (!department) throw badUserInput(field, 'is not a department of the routing table');
  return department;
}

function departmentName(settings: RoutingSettings, departmentId: string): string {
  return settings.table.departments.find((row) => row.id === departmentId)?.name ?? departmentId;
}

function startClocks(em: EntityManager, found: Case, planned: readonly PlannedDeadline[]): void {
  const started = planned.map((plan) => {
    const deadline = new Deadline();
    deadline.id = randomUUID();
    deadline.caseId = found.id;
    deadline.clock = plan.clock;
    deadline.dueAt = plan.dueAt;
    em.persist(deadline);
    return deadline;
  });
  found.nextDueAt = nearestDue(started);
}

async function assign(
  writer: Writer,
  found: Case,
  staffId: string,
  actor: string,
  now: Date,
  reason: string | null,
): Promise<void> {
  found.assigneeId = staffId;
  found.assignedAt = now;
  if (found.routingStage === RoutingStage.ROUTED) found.routingStage = RoutingStage.ASSIGNED;
  record(writer.em, found, RoutingAction.ASSIGNED, actor, now, { staffId, reason });
  await changeStatus(writer, found.id, CaseStatus.ASSIGNED, null);
}

/**
 * Every status routing decides goes through the kit's writer: the transition is checked
 * against routing's copy (a refusal is CONFLICT and rolls the whole change back), and the
 * event is in the outbox and in the copy within the caller's transaction.
 */
async function changeStatus(
  writer: Writer,
  caseId: string,
  status: CaseStatus,
  reason: string | null,
): Promise<void> {
  await recordStatusChange(writer.em, writer.events, {
    caseId,
    status,
    agency: ROUTING_AGENCY,
    reason,
    traceparent: writer.traceparent,
  });
}

/** Expedited and emergency: the primary AND the backup monitor, at once, one row each. */
function alertMonitors(writer: Writer, found: Case, now: Date): void {
  const department = writer.settings.table.departments.find((row) => row.id === found.departmentId);
  if (!department) return;
  const staffIds = [...new Set([department.primaryMonitorId, department.backupMonitorId])];
  const envelope = writer.events.publish(
    writer.em,
    urgentAlert(
      { caseId: found.id, departmentId: department.id, priority: found.priority, staffIds },
      writer.traceparent,
    ),
  );
  for (const staffId of staffIds) {
    const alert = new UrgentAlert();
    alert.caseId = found.id;
    alert.departmentId = department.id;
    alert.staffId = staffId;
    alert.priority = found.priority;
    alert.eventId = envelope.id;
    alert.alertedAt = now;
    writer.em.persist(alert);
  }
}

function record(
  em: EntityManager,
  found: Case,
  action: RoutingAction,
  actor: string,
  at: Date,
  details: Partial<
    Pick<
      RoutingHistoryEntry,
      'fromDepartmentId' | 'toDepartmentId' | 'priority' | 'staffId' | 'escalationLevel' | 'reason'
    >
  >,
): void {
  const entry = new RoutingHistoryEntry();
  entry.caseId = found.id;
  entry.at = at;
  entry.action = action;
  entry.actor = actor;
  Object.assign(entry, details);
  em.persist(entry);
}
