import type { WorkingDayCalendar } from '@hub/service-kit';
import {
  TitleVIClockKind,
  TitleVIClockState,
  TitleVIProgram,
  TitleVIRespondentKind,
  TitleVIStep,
} from '../complaints/title-vi.enums';

/*
 * The Title VI clocks of docs/domain.md §7, in calendar days (the source says "calendar days"),
 * as plain functions of the policy, the calendar's time zone and the instants involved.
 */

export interface ClockPolicy {
  readonly respondentNotificationDays: number;
  readonly decisionNotificationDays: number;
  readonly respondentAnswerDays: number;
  readonly investigationReportDays: number;
  readonly informationalMeetingsDays: number;
  readonly oecrCopyDays: number;
  readonly appealDays: number;
  /** A running clock this many calendar days or fewer from its due time is DUE_SOON. */
  readonly dueSoonDays: number;
}

export const DEFAULT_CLOCK_POLICY: ClockPolicy = {
  respondentNotificationDays: 15,
  decisionNotificationDays: 5,
  respondentAnswerDays: 10,
  investigationReportDays: 60,
  informationalMeetingsDays: 15,
  oecrCopyDays: 60,
  appealDays: 180,
  dueSoonDays: 3,
};

/** Where the policy keeps each clock's number of days. */
const DAYS_OF: Readonly<Record<TitleVIClockKind, keyof ClockPolicy>> = {
  [TitleVIClockKind.RESPONDENT_NOTIFICATION]: 'respondentNotificationDays',
  [TitleVIClockKind.DECISION_NOTIFICATION]: 'decisionNotificationDays',
  [TitleVIClockKind.RESPONDENT_ANSWER]: 'respondentAnswerDays',
  [TitleVIClockKind.INVESTIGATION_REPORT]: 'investigationReportDays',
  [TitleVIClockKind.INFORMATIONAL_MEETINGS]: 'informationalMeetingsDays',
  [TitleVIClockKind.OECR_COPY]: 'oecrCopyDays',
  [TitleVIClockKind.APPEAL_WINDOW]: 'appealDays',
};

export function daysOf(policy: ClockPolicy, clock: TitleVIClockKind): number {
  return policy[DAYS_OF[clock]];
}

/** The same local time, the clock's number of calendar days after it started. */
export function dueAt(
  calendar: WorkingDayCalendar,
  policy: ClockPolicy,
  clock: TitleVIClockKind,
  startedAt: Date,
): Date {
  return calendar.addCalendarDays(startedAt, daysOf(policy, clock));
}

/** A complaint against one of these is notified to them within the configured days. */
export const NOTIFIED_RESPONDENT_KINDS: readonly TitleVIRespondentKind[] = [
  TitleVIRespondentKind.SUBRECIPIENT,
  TitleVIRespondentKind.CONSULTANT,
  TitleVIRespondentKind.CONTRACTOR,
];

export interface PlannedClock {
  readonly clock: TitleVIClockKind;
  readonly startedAt: Date;
  readonly dueAt: Date;
}

/**
 * The clocks that start when a signed complaint proceeds, counted from its receipt. FTA runs
 * the office's own procedure; FHWA forwards the complaint to WSDOT OECR (that copy is its one
 * clock here: FHWA decides, on its own timetable).
 */
export function clocksAtReceipt(
  calendar: WorkingDayCalendar,
  policy: ClockPolicy,
  program: TitleVIProgram,
  respondentKind: TitleVIRespondentKind,
  receivedAt: Date,
): PlannedClock[] {
  const kinds: TitleVIClockKind[] = [TitleVIClockKind.OECR_COPY];
  if (program === TitleVIProgram.FTA) {
    kinds.push(TitleVIClockKind.INVESTIGATION_REPORT);
    if (NOTIFIED_RESPONDENT_KINDS.includes(respondentKind)) {
      kinds.push(TitleVIClockKind.RESPONDENT_NOTIFICATION);
    }
  }
  return kinds.map((clock) => ({
    clock,
    startedAt: receivedAt,
    dueAt: dueAt(calendar, policy, clock, receivedAt),
  }));
}

export interface ClockTimes {
  readonly dueAt: Date;
  readonly metAt: Date | null;
  readonly cancelledAt: Date | null;
}

export function clockState(
  calendar: WorkingDayCalendar,
  policy: ClockPolicy,
  clock: ClockTimes,
  now: Date,
): TitleVIClockState {
  if (clock.metAt) {
    return clock.metAt.getTime() <= clock.dueAt.getTime()
      ? TitleVIClockState.MET
      : TitleVIClockState.BREACHED;
  }
  if (clock.cancelledAt) {
    return clock.cancelledAt.getTime() <= clock.dueAt.getTime()
      ? TitleVIClockState.CANCELLED
      : TitleVIClockState.BREACHED;
  }
  if (now.getTime() > clock.dueAt.getTime()) return TitleVIClockState.BREACHED;
  return calendar.addCalendarDays(now, policy.dueSoonDays).getTime() >= clock.dueAt.getTime()
    ? TitleVIClockState.DUE_SOON
    : TitleVIClockState.PENDING;
}

/** What recording one step of the FTA procedure does to the clocks. */
export interface StepEffect {
  /** Clocks this step stops; each must be running. */
  readonly meets: readonly TitleVIClockKind[];
  /** Clocks this step starts, from the step's date; none may have started before. */
  readonly starts: readonly TitleVIClockKind[];
  /** Clocks that must already exist (started, met or not) for the step to make sense. */
  readonly requires: readonly TitleVIClockKind[];
}

const C = TitleVIClockKind;
/** A step that starts a clock, counted from the step. */
const starting = (clock: TitleVIClockKind): StepEffect => ({
  meets: [],
  starts: [clock],
  requires: [],
});
/** A step that stops a clock an earlier step (or the receipt) started. */
const stopping = (clock: TitleVIClockKind): StepEffect => ({
  meets: [clock],
  starts: [],
  requires: [clock],
});

export const STEP_EFFECTS: Readonly<Record<TitleVIStep, StepEffect>> = {
  // Notifying a respondent stops its 15 days (if it had them) and gives it 10 to answer.
  [TitleVIStep.RESPONDENT_NOTIFIED]: starting(C.RESPONDENT_ANSWER),
  [TitleVIStep.COURSE_OF_ACTION_DECIDED]: starting(C.DECISION_NOTIFICATION),
  [TitleVIStep.PARTIES_NOTIFIED]: stopping(C.DECISION_NOTIFICATION),
  [TitleVIStep.RESPONDENT_ANSWERED]: stopping(C.RESPONDENT_ANSWER),
  [TitleVIStep.INVESTIGATION_REPORTED]: stopping(C.INVESTIGATION_REPORT),
  [TitleVIStep.FINAL_REPORT_ISSUED]: starting(C.INFORMATIONAL_MEETINGS),
  [TitleVIStep.INFORMATIONAL_MEETINGS_HELD]: stopping(C.INFORMATIONAL_MEETINGS),
  [TitleVIStep.OECR_COPY_SENT]: stopping(C.OECR_COPY),
  [TitleVIStep.FINAL_DECISION]: starting(C.APPEAL_WINDOW),
  [TitleVIStep.APPEAL_RECEIVED]: stopping(C.APPEAL_WINDOW),
};

export interface ExistingClock extends ClockTimes {
  readonly clock: TitleVIClockKind;
}

export type StepPlan =
  | {
      readonly ok: true;
      readonly meets: readonly TitleVIClockKind[];
      readonly starts: readonly PlannedClock[];
    }
  | { readonly ok: false; readonly field: string; readonly message: string };

/**
 * What recording `step` at `at` does, given the complaint's clocks: which running clocks it
 * meets and which it starts; or why it cannot be recorded. The respondent-notification clock
 * is met when it runs (only complaints against a subrecipient, consultant or contractor have it).
 */
export function planStep(
  calendar: WorkingDayCalendar,
  policy: ClockPolicy,
  step: TitleVIStep,
  clocks: readonly ExistingClock[],
  at: Date,
): StepPlan {
  const effect = STEP_EFFECTS[step];
  const find = (kind: TitleVIClockKind) => clocks.find((clock) => clock.clock === kind);
  for (const kind of effect.requires) {
    if (!find(kind)) {
      return {
        ok: false,
        field: 'step',
        message: `has no ${kind} clock to stop: ${prerequisite(kind)}`,
      };
    }
  }
  const meets = [...effect.meets];
  if (step === TitleVIStep.RESPONDENT_NOTIFIED) {
    const notification = find(C.RESPONDENT_NOTIFICATION);
    if (notification && !notification.metAt) meets.push(C.RESPONDENT_NOTIFICATION);
  }
  for (const kind of meets) {
    const clock = find(kind)!;
    if (clock.metAt || clock.cancelledAt) {
      return { ok: false, field: 'step', message: 'was already recorded' };
    }
  }
  for (const kind of effect.starts) {
    if (find(kind)) return { ok: false, field: 'step', message: 'was already recorded' };
  }
  if (step === TitleVIStep.APPEAL_RECEIVED) {
    const window = find(C.APPEAL_WINDOW)!;
    if (at.getTime() > window.dueAt.getTime()) {
      return {
        ok: false,
        field: 'at',
        message: `the appeal window closed: appeals are made within ${policy.appealDays} days of the final decision`,
      };
    }
  }
  return {
    ok: true,
    meets,
    starts: effect.starts.map((clock) => ({
      clock,
      startedAt: at,
      dueAt: dueAt(calendar, policy, clock, at),
    })),
  };
}

function prerequisite(kind: TitleVIClockKind): string {
  switch (kind) {
    case C.DECISION_NOTIFICATION:
      return 'record COURSE_OF_ACTION_DECIDED first';
    case C.RESPONDENT_ANSWER:
      return 'record RESPONDENT_NOTIFIED first';
    case C.INFORMATIONAL_MEETINGS:
      return 'record FINAL_REPORT_ISSUED first';
    case C.APPEAL_WINDOW:
      return 'there is no final decision to appeal yet';
    default:
      return 'the complaint does not run this clock';
  }
}
