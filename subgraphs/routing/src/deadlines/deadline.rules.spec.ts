import { WorkingDayCalendar } from '@hub/service-kit';
import fc from 'fast-check';
import {
  appealDeadlines,
  appealDecisionDue,
  appealWindowClosesAt,
  DEFAULT_DEADLINE_POLICY,
  deadlineState,
  formalResponseDue,
  initialDeadlines,
  nearestDue,
  validateAppeal,
} from './deadline.rules';
import { DeadlineClock, DeadlineState } from './deadline.enums';

const calendar = new WorkingDayCalendar({ timeZone: 'America/Los_Angeles' });
const policy = DEFAULT_DEADLINE_POLICY;
/** Wednesday 25 November 2026, 10:00 in Los Angeles, the day before Thanksgiving. */
const receivedAt = new Date('2026-11-25T18:00:00Z');

const dueOf = (clock: DeadlineClock, kind = 'service_complaint') =>
  initialDeadlines(calendar, policy, kind, receivedAt).find((d) => d.clock === clock)?.dueAt;

describe('clocks on the working-day calendar', () => {
  it('acknowledges a formal complaint 5 working days on, skipping Thanksgiving and the weekend', () => {
    // Thu 26 (Thanksgiving) is off; Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 are the five.
    expect(dueOf(DeadlineClock.FORMAL_ACKNOWLEDGMENT)).toEqual(new Date('2026-12-03T18:00:00Z'));
  });

  it('attempts informal resolution within 10 working days, and responds 10 further days after the acknowledgment', () => {
    expect(dueOf(DeadlineClock.INFORMAL_RESOLUTION)).toEqual(new Date('2026-12-10T18:00:00Z'));
    expect(dueOf(DeadlineClock.FORMAL_RESPONSE)).toEqual(new Date('2026-12-17T18:00:00Z'));
    // Acknowledged early on Monday 30 November: the response is due 10 working days from then.
    expect(formalResponseDue(calendar, policy, new Date('2026-11-30T17:00:00Z'))).toEqual(
      new Date('2026-12-14T17:00:00Z'),
    );
  });

  it('runs only informal resolution for a service request', () => {
    expect(
      initialDeadlines(calendar, policy, 'service_request', receivedAt).map((d) => d.clock),
    ).toEqual([DeadlineClock.INFORMAL_RESOLUTION]);
  });

  it("counts the city's own days off", () => {
    const local = new WorkingDayCalendar({
      timeZone: 'America/Los_Angeles',
      localHolidays: ['2026-11-27'],
    });
    const due = initialDeadlines(local, policy, 'service_complaint', receivedAt).find(
      (d) => d.clock === DeadlineClock.FORMAL_ACKNOWLEDGMENT,
    )!.dueAt;
    expect(due).toEqual(new Date('2026-12-04T18:00:00Z'));
  });

  it('keeps the local time across the end of daylight saving time', () => {
    // Received Friday 30 October 2026 09:00 PDT; 5 working days later is Friday 6 November 09:00 PST.
    const due = initialDeadlines(
      calendar,
      policy,
      'staff_complaint',
      new Date('2026-10-30T16:00:00Z'),
    ).find((d) => d.clock === DeadlineClock.FORMAL_ACKNOWLEDGMENT)!.dueAt;
    expect(due).toEqual(new Date('2026-11-06T17:00:00Z'));
  });

  it('never lands a due time on a weekend or holiday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z') }),
        fc.constantFrom('service_request', 'staff_complaint'),
        (received, kind) => {
          for (const planned of initialDeadlines(calendar, policy, kind, received)) {
            expect(calendar.isWorkingDay(calendar.localDateOf(planned.dueAt))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the state of a clock', () => {
  const dueAt = new Date('2026-12-10T18:00:00Z');

  it('is MET when stopped in time and BREACHED when stopped late', () => {
    expect(
      deadlineState(calendar, policy, { dueAt, metAt: new Date('2026-12-09T00:00:00Z') }, dueAt),
    ).toBe(DeadlineState.MET);
    expect(
      deadlineState(calendar, policy, { dueAt, metAt: new Date('2026-12-11T00:00:00Z') }, dueAt),
    ).toBe(DeadlineState.BREACHED);
  });

  it('is PENDING, then DUE_SOON within 2 working days, then BREACHED once past', () => {
    const at = (iso: string) =>
      deadlineState(calendar, policy, { dueAt, metAt: null }, new Date(iso));
    expect(at('2026-12-04T18:00:00Z')).toBe(DeadlineState.PENDING); // Fri: Mon, Tue, Wed, Thu
    expect(at('2026-12-08T18:00:00Z')).toBe(DeadlineState.DUE_SOON); // Tue: Wed, Thu
    expect(at('2026-12-10T18:00:01Z')).toBe(DeadlineState.BREACHED);
  });

  it('sorts a queue by the nearest clock still running', () => {
    const a = new Date('2026-12-01T00:00:00Z');
    const b = new Date('2026-12-02T00:00:00Z');
    expect(
      nearestDue([
        { dueAt: a, metAt: a },
        { dueAt: b, metAt: null },
      ]),
    ).toEqual(b);
    expect(nearestDue([{ dueAt: a, metAt: a }])).toBeNull();
  });
});

describe('appeals', () => {
  const outcomeAt = new Date('2026-11-25T18:00:00Z');
  const appeal = { inWriting: true, reasons: 'The repair was never done.' };

  it('may be lodged until 10 working days after the outcome, and not after', () => {
    const closes = appealWindowClosesAt(calendar, policy, outcomeAt);
    expect(closes).toEqual(new Date('2026-12-10T18:00:00Z'));
    expect(validateAppeal(calendar, policy, appeal, outcomeAt, closes)).toEqual([]);
    expect(
      validateAppeal(calendar, policy, appeal, outcomeAt, new Date(closes.getTime() + 1)),
    ).toEqual([
      { field: 'lodgedAt', message: expect.stringContaining('appeal window has closed') },
    ]);
  });

  it('must be in writing, with reasons, and against an outcome', () => {
    const problems = validateAppeal(
      calendar,
      policy,
      { inWriting: false, reasons: ' ' },
      null,
      outcomeAt,
    );
    expect(problems.map((p) => p.field)).toEqual(['inWriting', 'reasons', 'caseId']);
  });

  it('is acknowledged within 5 working days, the hearing invited within 10, the result 15 days after the hearing', () => {
    const lodged = new Date('2026-12-01T18:00:00Z'); // Tuesday
    expect(appealDeadlines(calendar, policy, lodged)).toEqual([
      { clock: DeadlineClock.APPEAL_ACKNOWLEDGMENT, dueAt: new Date('2026-12-08T18:00:00Z') },
      { clock: DeadlineClock.APPEAL_HEARING_INVITATION, dueAt: new Date('2026-12-15T18:00:00Z') },
    ]);
    expect(appealDecisionDue(calendar, policy, new Date('2026-12-18T18:00:00Z'))).toEqual(
      new Date('2027-01-02T18:00:00Z'),
    );
  });
});
