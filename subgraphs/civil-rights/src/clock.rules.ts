import type { WorkingDayCalendar } from '@hub/service-kit';
import { NOTIFIED_RESPONDENT_KINDS } from './filing.rules';
import {
  TitleVIClockKind,
  TitleVIClockState,
  TitleVIProgram,
  TitleVIStep,
  type TitleVIRespondentKind,
} from './title-vi.enums';

/*
 * The Title VI clocks of DOMAIN.md §7, in calendar days (the source says "calendar days"),
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

export function daysOf(policy: ClockPolicy, clock: TitleVIClockKind): number {
  switch (clock) {
    case TitleVIClockKind.RESPONDENT_NOTIFICATION:
      return policy.respondentNotificationDays;
    case TitleVIClockKind.DECISION_NOTIFICATION:
      return policy.decisionNotificationDays;
    case TitleVIClockKind.RESPONDENT_ANSWER:
      return policy.respondentAnswerDays;
    case TitleVIClockKind.INVESTIGATION_REPORT:
      return policy.investigationReportDays;
    case TitleVIClockKind.INFORMATIONAL_MEETINGS:
      return policy.informationalMeetingsDays;
    case TitleVIClockKind.OECR_COPY:
      return policy.oecrCopyDays;
    case TitleVIClockKind.APPEAL_WINDOW:
      return policy.appealDays;
  }
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
export const STEP_EFFECTS: Readonly<Record<TitleVIStep, StepEffect>> = {
  // Notifying a respondent stops its 15 days (if it had them) and gives it 10 to answer.
  [TitleVIStep.RESPONDENT_NOTIFIED]: { meets: [], starts: [C.RESPONDENT_ANSWER], requires: [] },
  [TitleVIStep.COURSE_OF_ACTION_DECIDED]: {
    meets: [],
    starts: [C.DECISION_NOTIFICATION],
    requires: [],
  },
  [TitleVIStep.PARTIES_NOTIFIED]: {
    meets: [C.DECISION_NOTIFICATION],
    starts: [],
    requires: [C.DECISION_NOTIFICATION],
  },
  [TitleVIStep.RESPONDENT_ANSWERED]: {
    meets: [C.RESPONDENT_ANSWER],
    starts: [],
    requires: [C.RESPONDENT_ANSWER],
  },
  [TitleVIStep.INVESTIGATION_REPORTED]: {
    meets: [C.INVESTIGATION_REPORT],
    starts: [],
    requires: [C.INVESTIGATION_REPORT],
  },
  [TitleVIStep.FINAL_REPORT_ISSUED]: {
    meets: [],
    starts: [C.INFORMATIONAL_MEETINGS],
    requires: [],
  },
  [TitleVIStep.INFORMATIONAL_MEETINGS_HELD]: {
    meets: [C.INFORMATIONAL_MEETINGS],
    starts: [],
    requires: [C.INFORMATIONAL_MEETINGS],
  },
  [TitleVIStep.OECR_COPY_SENT]: { meets: [C.OECR_COPY], starts: [], requires: [C.OECR_COPY] },
  [TitleVIStep.FINAL_DECISION]: { meets: [], starts: [C.APPEAL_WINDOW], requires: [] },
  [TitleVIStep.APPEAL_RECEIVED]: {
    meets: [C.APPEAL_WINDOW],
    starts: [],
    requires: [C.APPEAL_WINDOW],
  },
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
