import fc from 'fast-check';
import { WorkingDayCalendar, type LocalDate } from './calendar';

const LOS_ANGELES = 'America/Los_Angeles';

/** Local date, weekday and time of an instant, read independently of the calendar. */
function wallClock(instant: Date, timeZone = LOS_ANGELES) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday: part('weekday'),
    time: `${part('hour')}:${part('minute')}:${part('second')}.${String(instant.getUTCMilliseconds()).padStart(3, '0')}`,
  };
}

function shiftLocalDate(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe('WorkingDayCalendar, by example', () => {
  const calendar = new WorkingDayCalendar();

  it('treats Thanksgiving as a holiday but the day after as a working day, as the federal calendar does', () => {
    // date-holidays lists 27 Nov 2026 as an 'observance', not 'public'.
    expect(calendar.isWorkingDay('2026-11-26')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-27')).toBe(true);
    expect(calendar.holidays(2026)).toContainEqual({
      date: '2026-11-26',
      name: 'Thanksgiving Day',
    });
    expect(calendar.holidays(2026).map((h) => h.date)).not.toContain('2026-11-27');
  });

  it('counts 5 working days from the day before Thanksgiving to the next Thursday, same local time', () => {
    const wednesdayTenAm = new Date('2026-11-25T18:00:00Z'); // 10:00 PST
    // Fri 27 (1), Mon 30 (2), Tue 1 (3), Wed 2 (4), Thu 3 Dec (5).
    expect(calendar.addWorkingDays(wednesdayTenAm, 5)).toEqual(new Date('2026-12-03T18:00:00Z'));
  });

  it('skips a day off the city configured', () => {
    const city = new WorkingDayCalendar({ localHolidays: ['2026-11-27'] });
    expect(city.isWorkingDay('2026-11-27')).toBe(false);
    expect(city.addWorkingDays(new Date('2026-11-25T18:00:00Z'), 5)).toEqual(
      new Date('2026-12-04T18:00:00Z'),
    );
    expect(city.holidays(2026)).toContainEqual({ date: '2026-11-27', name: 'Local holiday' });
  });

  it('treats an observed substitute day as a holiday', () => {
    expect(calendar.isWorkingDay('2026-07-03')).toBe(false); // Independence Day falls on a Saturday
    expect(calendar.isWorkingDay('2027-12-31')).toBe(false); // New Year's Day 2028 falls on a Saturday
  });

  it('keeps the local wall-clock time across the end of daylight saving time', () => {
    const fridayTenAmPdt = new Date('2026-10-30T17:00:00Z');
    expect(calendar.addWorkingDays(fridayTenAmPdt, 1)).toEqual(new Date('2026-11-02T18:00:00Z'));
    expect(calendar.addCalendarDays(fridayTenAmPdt, 2)).toEqual(new Date('2026-11-01T18:00:00Z'));
  });

  it('keeps the local wall-clock time across the start of daylight saving time', () => {
    const fridayNineAmPst = new Date('2026-03-06T17:00:00Z');
    expect(calendar.addWorkingDays(fridayNineAmPst, 1)).toEqual(new Date('2026-03-09T16:00:00Z'));
  });

  it('keeps the local time on the day of the change itself, hours after the switch', () => {
    const saturdayFiveAmPst = new Date('2026-03-07T13:00:00Z');
    expect(calendar.addCalendarDays(saturdayFiveAmPst, 1)).toEqual(
      new Date('2026-03-08T12:00:00Z'),
    );
    const saturdayFiveAmPdt = new Date('2026-10-31T12:00:00Z');
    expect(calendar.addCalendarDays(saturdayFiveAmPdt, 1)).toEqual(
      new Date('2026-11-01T13:00:00Z'),
    );
  });

  it('moves a time skipped by the spring-forward gap on by the length of the gap', () => {
    const saturdayTwoThirtyPst = new Date('2026-03-07T10:30:00Z');
    const result = calendar.addCalendarDays(saturdayTwoThirtyPst, 1);
    expect(wallClock(result)).toMatchObject({ date: '2026-03-08', time: '03:30:00.000' });
  });

  it('takes the earlier of two equal local times when the clocks fall back', () => {
    const saturdayOneThirtyPdt = new Date('2026-10-31T08:30:00Z');
    expect(calendar.addCalendarDays(saturdayOneThirtyPdt, 1)).toEqual(
      new Date('2026-11-01T08:30:00Z'),
    );
  });

  it("reads the local date in the calendar's own time zone", () => {
    const instant = new Date('2026-11-26T06:00:00Z'); // 22:00 on the 25th in LA, 01:00 on the 26th in NY
    expect(calendar.localDateOf(instant)).toBe('2026-11-25');
    expect(new WorkingDayCalendar({ timeZone: 'America/New_York' }).localDateOf(instant)).toBe(
      '2026-11-26',
    );
  });

  it('counts working days between two instants, negative when the second is earlier', () => {
    const wednesday = new Date('2026-11-25T18:00:00Z');
    const nextThursday = new Date('2026-12-03T17:00:00Z');
    expect(calendar.workingDaysBetween(wednesday, nextThursday)).toBe(5);
    expect(calendar.workingDaysBetween(nextThursday, wednesday)).toBe(-5);
    expect(calendar.workingDaysBetween(wednesday, wednesday)).toBe(0);
  });

  it('returns the start itself for zero working days, even on a weekend', () => {
    const saturday = new Date('2026-11-28T18:00:00Z');
    expect(calendar.addWorkingDays(saturday, 0)).toEqual(saturday);
  });

  it('names the option that is wrong', () => {
    expect(() => new WorkingDayCalendar({ timeZone: 'America/Atlantis' })).toThrow(
      /CalendarOptions\.timeZone.*America\/Atlantis/,
    );
    expect(() => new WorkingDayCalendar({ country: 'XX' })).toThrow(/CalendarOptions\.country.*XX/);
    expect(() => new WorkingDayCalendar({ state: 'ZZ' })).toThrow(/CalendarOptions\.state.*ZZ/);
    expect(() => new WorkingDayCalendar({ localHolidays: ['2026-02-30'] })).toThrow(
      /CalendarOptions\.localHolidays/,
    );
    expect(new WorkingDayCalendar({ state: 'WA' }).isWorkingDay('2026-11-26')).toBe(false);
  });

  it('refuses negative or fractional day counts', () => {
    const from = new Date('2026-11-25T18:00:00Z');
    expect(() => calendar.addWorkingDays(from, -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(from, 1.5)).toThrow(RangeError);
    expect(() => calendar.addCalendarDays(from, -1)).toThrow(RangeError);
    expect(() => calendar.addCalendarDays(from, Number.NaN)).toThrow(RangeError);
  });
});

describe('WorkingDayCalendar, for any instant in 2025-2030', () => {
  const city = new WorkingDayCalendar({
    localHolidays: ['2025-11-28', '2026-11-27', '2027-11-26', '2028-11-24', '2029-11-23'],
  });
  const instantArb = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2030-12-31T23:59:59Z'),
    noInvalidDate: true,
  });

  it('addWorkingDays lands on a working day at the same local time, exactly `days` working days on', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 60 }), (from, days) => {
        const result = city.addWorkingDays(from, days);
        const landed = wallClock(result);
        if (days > 0) {
          expect(['Sat', 'Sun']).not.toContain(landed.weekday);
          const daysOff = city.holidays(Number(landed.date.slice(0, 4))).map((h) => h.date);
          expect(daysOff).not.toContain(landed.date);
        }
        // Spring-forward and fall-back happen on Sundays, so a working day never loses the time.
        expect(landed.time).toBe(wallClock(from).time);
        expect(city.workingDaysBetween(from, result)).toBe(days);
      }),
      { numRuns: 500 },
    );
  });

  it('going back `days` calendar days from addCalendarDays gives the starting local date and time', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 400 }), (from, days) => {
        const start = wallClock(from);
        // 02:00-02:59 can be skipped by spring-forward; that case has its own example above.
        fc.pre(!start.time.startsWith('02:'));
        const landed = wallClock(city.addCalendarDays(from, days));
        expect(shiftLocalDate(landed.date, -days)).toBe(start.date);
        expect(landed.time).toBe(start.time);
      }),
      { numRuns: 500 },
    );
  });
});
