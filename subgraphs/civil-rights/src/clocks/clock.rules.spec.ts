import { WorkingDayCalendar } from '@hub/service-kit';
import fc from 'fast-check';
import {
  clocksAtReceipt,
  clockState,
  DEFAULT_CLOCK_POLICY,
  dueAt,
  planStep,
  type ExistingClock,
} from './clock.rules';
import {
  TitleVIClockKind as K,
  TitleVIClockState as S,
  TitleVIProgram,
  TitleVIRespondentKind,
  TitleVIStep,
} from '../complaints/title-vi.enums';

const calendar = new WorkingDayCalendar({ timeZone: 'America/Los_Angeles' });
const policy = DEFAULT_CLOCK_POLICY;
/** Wednesday 25 November 2026, 10:00 in Los Angeles (Thanksgiving is the next day). */
const receivedAt = new Date('2026-11-25T18:00:00Z');
const DAY = 86_400_000;

describe('Title VI clocks in calendar days', () => {
  it('counts calendar days, holidays and weekends included, at the same local time', () => {
    const due: [K, string][] = [
      [K.RESPONDENT_NOTIFICATION, '2026-12-10T18:00:00Z'],
      [K.DECISION_NOTIFICATION, '2026-11-30T18:00:00Z'],
      [K.RESPONDENT_ANSWER, '2026-12-05T18:00:00Z'],
      [K.INVESTIGATION_REPORT, '2027-01-24T18:00:00Z'],
      [K.INFORMATIONAL_MEETINGS, '2026-12-10T18:00:00Z'],
      [K.OECR_COPY, '2027-01-24T18:00:00Z'],
      // 180 days on crosses into daylight saving time: still 10:00 local, now PDT.
      [K.APPEAL_WINDOW, '2027-05-24T17:00:00Z'],
    ];
    for (const [kind, at] of due) {
      expect(dueAt(calendar, policy, kind, receivedAt)).toEqual(new Date(at));
    }
  });

  it('starts the FTA clocks at receipt, with the 15-day notice only for a subrecipient, consultant or contractor', () => {
    const kinds = (program: TitleVIProgram, respondent: TitleVIRespondentKind) =>
      clocksAtReceipt(calendar, policy, program, respondent, receivedAt)
        .map((c) => c.clock)
        .sort();
    expect(kinds(TitleVIProgram.FTA, TitleVIRespondentKind.CONTRACTOR)).toEqual(
      [K.INVESTIGATION_REPORT, K.OECR_COPY, K.RESPONDENT_NOTIFICATION].sort(),
    );
    expect(kinds(TitleVIProgram.FTA, TitleVIRespondentKind.RECIPIENT)).toEqual(
      [K.INVESTIGATION_REPORT, K.OECR_COPY].sort(),
    );
    // FHWA decides on its own timetable; the office owes WSDOT OECR the complaint.
    expect(kinds(TitleVIProgram.FHWA, TitleVIRespondentKind.SUBRECIPIENT)).toEqual([K.OECR_COPY]);
  });

  it('follows the configured numbers', () => {
    const short = { ...policy, investigationReportDays: 30 };
    expect(dueAt(calendar, short, K.INVESTIGATION_REPORT, receivedAt)).toEqual(
      new Date('2026-12-25T18:00:00Z'),
    );
  });
});

describe('a clock state', () => {
  const due = new Date('2026-12-10T18:00:00Z');
  const running = { dueAt: due, metAt: null, cancelledAt: null };

  it('is PENDING, then DUE_SOON within the warning days, then BREACHED', () => {
    expect(clockState(calendar, policy, running, new Date('2026-12-01T18:00:00Z'))).toBe(S.PENDING);
    expect(clockState(calendar, policy, running, new Date('2026-12-07T18:00:00Z'))).toBe(
      S.DUE_SOON,
    );
    expect(clockState(calendar, policy, running, due)).toBe(S.DUE_SOON);
    expect(clockState(calendar, policy, running, new Date(due.getTime() + 1))).toBe(S.BREACHED);
  });

  it('is MET when done in time, BREACHED when done late, CANCELLED when the case ended first', () => {
    const later = new Date('2027-03-01T00:00:00Z');
    expect(clockState(calendar, policy, { ...running, metAt: due }, later)).toBe(S.MET);
    expect(
      clockState(calendar, policy, { ...running, metAt: new Date(due.getTime() + DAY) }, later),
    ).toBe(S.BREACHED);
    expect(clockState(calendar, policy, { ...running, cancelledAt: receivedAt }, later)).toBe(
      S.CANCELLED,
    );
  });

  it('never goes back from BREACHED as time passes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 * DAY }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (late, more) => {
          const first = new Date(due.getTime() + late);
          const then = new Date(first.getTime() + more);
          return (
            clockState(calendar, policy, running, first) === S.BREACHED &&
            clockState(calendar, policy, running, then) === S.BREACHED
          );
        },
      ),
    );
  });
});

describe('steps of the FTA procedure', () => {
  const at = new Date('2026-12-01T18:00:00Z');
  const clock = (kind: K, extra: Partial<ExistingClock> = {}): ExistingClock => ({
    clock: kind,
    dueAt: dueAt(calendar, policy, kind, receivedAt),
    metAt: null,
    cancelledAt: null,
    ...extra,
  });

  it('notifying the respondent meets its 15 days and starts its 10 days to answer', () => {
    const plan = planStep(
      calendar,
      policy,
      TitleVIStep.RESPONDENT_NOTIFIED,
      [clock(K.RESPONDENT_NOTIFICATION)],
      at,
    );
    expect(plan).toEqual({
      ok: true,
      meets: [K.RESPONDENT_NOTIFICATION],
      starts: [
        { clock: K.RESPONDENT_ANSWER, startedAt: at, dueAt: new Date('2026-12-11T18:00:00Z') },
      ],
    });
  });

  it('cannot notify the parties of a decision not yet made, nor record a step twice', () => {
    expect(planStep(calendar, policy, TitleVIStep.PARTIES_NOTIFIED, [], at)).toMatchObject({
      ok: false,
      field: 'step',
    });
    const decided = [clock(K.DECISION_NOTIFICATION, { metAt: at })];
    expect(planStep(calendar, policy, TitleVIStep.PARTIES_NOTIFIED, decided, at)).toMatchObject({
      ok: false,
      message: 'was already recorded',
    });
    expect(
      planStep(calendar, policy, TitleVIStep.COURSE_OF_ACTION_DECIDED, decided, at),
    ).toMatchObject({ ok: false });
  });

  it('takes an appeal only within the window after the final decision', () => {
    const decidedAt = new Date('2026-12-01T18:00:00Z');
    const window = clock(K.APPEAL_WINDOW, {
      dueAt: dueAt(calendar, policy, K.APPEAL_WINDOW, decidedAt),
    });
    const appealAfter = (days: number) =>
      planStep(
        calendar,
        policy,
        TitleVIStep.APPEAL_RECEIVED,
        [window],
        new Date(decidedAt.getTime() + days * DAY),
      );
    expect(appealAfter(179)).toMatchObject({ ok: true });
    expect(appealAfter(181)).toMatchObject({ ok: false, field: 'at' });
  });
});
