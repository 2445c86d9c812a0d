import { CaseKind } from '@hub/contracts';
import type { InputProblem, WorkingDayCalendar } from '@hub/service-kit';
import { DeadlineClock, DeadlineState } from './deadline.enums';

/*
 * The clocks of docs/domain.md §3 (MK-ACT) on the working-day calendar: plain functions of the
 * calendar, the policy (every number is configuration) and the instants involved.
 */

export interface DeadlinePolicy {
  /** Informal resolution attempted within this many working days of receipt. */
  readonly informalResolutionDays: number;
  /** A formal complaint acknowledged within this many working days of receipt... */
  readonly formalAcknowledgmentDays: number;
  /** ...and dealt with within this many further working days of the acknowledgment. */
  readonly formalResponseDays: number;
  /** An appeal is lodged within this many working days of the outcome. */
  readonly appealLodgingDays: number;
  readonly appealAcknowledgmentDays: number;
  readonly appealHearingInvitationDays: number;
  /** The written result, in calendar days after the hearing (the source says "days"). */
  readonly appealDecisionDays: number;
  /** A pending clock this many working days or fewer from its due time is DUE_SOON. */
  readonly dueSoonWorkingDays: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = {
  informalResolutionDays: 10,
  formalAcknowledgmentDays: 5,
  formalResponseDays: 10,
  appealLodgingDays: 10,
  appealAcknowledgmentDays: 5,
  appealHearingInvitationDays: 10,
  appealDecisionDays: 15,
  dueSoonWorkingDays: 2,
};

/** Kinds that are complaints, so they run the formal clocks beside informal resolution. */
export const COMPLAINT_KINDS: readonly string[] = [
  CaseKind.SERVICE_COMPLAINT,
  CaseKind.STAFF_COMPLAINT,
  CaseKind.POLICE_CONDUCT,
  CaseKind.FRAUD_WASTE_ABUSE,
  CaseKind.CIVIL_RIGHTS,
  CaseKind.CHARTER_OFFICER_COMPLAINT,
];

export interface PlannedDeadline {
  readonly clock: DeadlineClock;
  readonly dueAt: Date;
}

/** The clocks that start when a case is received. */
export function initialDeadlines(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  kind: string,
  receivedAt: Date,
): PlannedDeadline[] {
  const planned: PlannedDeadline[] = [
    {
      clock: DeadlineClock.INFORMAL_RESOLUTION,
      dueAt: calendar.addWorkingDays(receivedAt, policy.informalResolutionDays),
    },
  ];
  if (COMPLAINT_KINDS.includes(kind)) {
    const acknowledgmentDue = calendar.addWorkingDays(receivedAt, policy.formalAcknowledgmentDays);
    planned.push(
      { clock: DeadlineClock.FORMAL_ACKNOWLEDGMENT, dueAt: acknowledgmentDue },
      {
        clock: DeadlineClock.FORMAL_RESPONSE,
        // Until it is acknowledged, counted from the latest allowed acknowledgment.
        dueAt: formalResponseDue(calendar, policy, acknowledgmentDue),
      },
    );
  }
  return planned;
}

/** "Dealt with within 10 further working days" of the acknowledgment. */
export function formalResponseDue(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  acknowledgedAt: Date,
): Date {
  return calendar.addWorkingDays(acknowledgedAt, policy.formalResponseDays);
}

/** The last moment an appeal may be lodged after an outcome. */
export function appealWindowClosesAt(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  outcomeAt: Date,
): Date {
  return calendar.addWorkingDays(outcomeAt, policy.appealLodgingDays);
}

/** The clocks a lodged appeal starts. */
export function appealDeadlines(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  lodgedAt: Date,
): PlannedDeadline[] {
  return [
    {
      clock: DeadlineClock.APPEAL_ACKNOWLEDGMENT,
      dueAt: calendar.addWorkingDays(lodgedAt, policy.appealAcknowledgmentDays),
    },
    {
      clock: DeadlineClock.APPEAL_HEARING_INVITATION,
      dueAt: calendar.addWorkingDays(lodgedAt, policy.appealHearingInvitationDays),
    },
  ];
}

/** The written result of an appeal, after its hearing. */
export function appealDecisionDue(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  hearingAt: Date,
): Date {
  return calendar.addCalendarDays(hearingAt, policy.appealDecisionDays);
}

/** The clock an acknowledgment meets: the appeal's, or the formal complaint's. */
export function acknowledgmentClockOf(appealed: boolean): DeadlineClock {
  return appealed ? DeadlineClock.APPEAL_ACKNOWLEDGMENT : DeadlineClock.FORMAL_ACKNOWLEDGMENT;
}

export function deadlineState(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  deadline: { readonly dueAt: Date; readonly metAt: Date | null },
  now: Date,
): DeadlineState {
  if (deadline.metAt) {
    return deadline.metAt.getTime() <= deadline.dueAt.getTime()
      ? DeadlineState.MET
      : DeadlineState.BREACHED;
  }
  if (now.getTime() > deadline.dueAt.getTime()) return DeadlineState.BREACHED;
  return calendar.workingDaysBetween(now, deadline.dueAt) <= policy.dueSoonWorkingDays
    ? DeadlineState.DUE_SOON
    : DeadlineState.PENDING;
}

/** The earliest due time of the clocks still running: what a department queue sorts by. */
export function nearestDue(
  deadlines: readonly { readonly dueAt: Date; readonly metAt: Date | null }[],
): Date | null {
  let nearest: Date | null = null;
  for (const deadline of deadlines) {
    if (deadline.metAt) continue;
    if (!nearest || deadline.dueAt.getTime() < nearest.getTime()) nearest = deadline.dueAt;
  }
  return nearest;
}

export interface AppealShape {
  readonly inWriting: boolean;
  readonly reasons: string;
}

/**
 * An appeal is lodged in writing, with full reasons, within the window after the outcome.
 * `outcomeAt` null: there is no outcome to appeal yet.
 */
export function validateAppeal(
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
  appeal: AppealShape,
  outcomeAt: Date | null,
  lodgedAt: Date,
): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!appeal.inWriting) {
    problems.push({ field: 'inWriting', message: 'an appeal must be lodged in writing' });
  }
  if (appeal.reasons.trim().length === 0) {
    problems.push({ field: 'reasons', message: 'are required: the full reasons for the appeal' });
  }
  if (outcomeAt === null) {
    problems.push({ field: 'caseId', message: 'the case has no outcome to appeal yet' });
  } else if (lodgedAt.getTime() < outcomeAt.getTime()) {
    problems.push({ field: 'receivedAt', message: 'is before the outcome it appeals against' });
  } else if (lodgedAt.getTime() > appealWindowClosesAt(calendar, policy, outcomeAt).getTime()) {
    problems.push({
      field: 'lodgedAt',
      message: `the appeal window has closed: appeals are lodged within ${policy.appealLodgingDays} working days of the outcome`,
    });
  }
  return problems;
}
