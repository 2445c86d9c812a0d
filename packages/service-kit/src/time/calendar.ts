// Deadlines (MK-ACT, Title VI) are counted in working days as people in the jurisdiction see
// them: in its time zone, without weekends, public holidays or the city's own days off.
// A deadline keeps the local wall-clock time of its start, whatever DST does in between.
import Holidays from 'date-holidays';

/** 'YYYY-MM-DD' in the calendar's time zone. */
export type LocalDate = string;

export interface CalendarOptions {
  /** IANA time zone; default 'America/Los_Angeles'. */
  timeZone?: string;
  /** date-holidays country code; default 'US'. */
  country?: string;
  /** Optional date-holidays state code, e.g. 'WA'. */
  state?: string;
  /** Extra days off configured by the city. */
  localHolidays?: LocalDate[];
}

export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_HOLIDAY_NAME = 'Local holiday';

/** Midnight UTC of a local date: calendar arithmetic on it is free of DST. */
function utcMidnightOf(date: LocalDate, what: string): number {
  const match = LOCAL_DATE_PATTERN.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over to March; reading the date back catches that.
  if (Number.isNaN(ms) || localDateOfUtcMs(ms) !== date) {
    throw new RangeError(`${what} must be a real date as 'YYYY-MM-DD', got "${date}"`);
  }
  return ms;
}

function localDateOfUtcMs(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function assertDayCount(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer, got ${String(days)}`);
  }
}

function assertInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what} must be a valid Date, got ${String(instant)}`);
  }
}

function wallClockFormatFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'iso8601',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      // h23, not hour12: false, which some ICU versions render as "24" at midnight.
      hourCycle: 'h23',
    });
  } catch {
    throw new Error(
      `CalendarOptions.timeZone: unknown time zone "${timeZone}"; expected an IANA name such as 'America/Los_Angeles'`,
    );
  }
}

function publicHolidaySourceFor(country: string, state: string | undefined): Holidays {
  const catalogue = new Holidays();
  if (!Object.hasOwn(catalogue.getCountries(), country)) {
    throw new Error(
      `CalendarOptions.country: unknown country "${country}"; expected a date-holidays country code such as 'US'`,
    );
  }
  if (state === undefined) return new Holidays(country);
  if (!Object.hasOwn(catalogue.getStates(country) ?? {}, state)) {
    throw new Error(
      `CalendarOptions.state: unknown state "${state}" for country ${country}; expected a date-holidays state code such as 'WA'`,
    );
  }
  return new Holidays(country, state);
}

export class WorkingDayCalendar {
  readonly timeZone: string;
  private readonly wallClockFormat: Intl.DateTimeFormat;
  private readonly publicHolidaySource: Holidays;
  private readonly localHolidays: readonly LocalDate[];
  private readonly holidaysByYear = new Map<number, readonly Holiday[]>();
  private readonly daysOffByYear = new Map<number, ReadonlySet<LocalDate>>();

  constructor(options: CalendarOptions = {}) {
    this.timeZone = options.timeZone ?? 'America/Los_Angeles';
    this.wallClockFormat = wallClockFormatFor(this.timeZone);
    this.publicHolidaySource = publicHolidaySourceFor(options.country ?? 'US', options.state);
    this.localHolidays = (options.localHolidays ?? []).map((date) => {
      utcMidnightOf(date, 'CalendarOptions.localHolidays entry');
      return date;
    });
  }

  localDateOf(instant: Date): LocalDate {
    assertInstant(instant, 'instant');
    return localDateOfUtcMs(this.wallTimeAsUtc(instant.getTime()));
  }

  isWorkingDay(date: LocalDate): boolean {
    const weekday = new Date(utcMidnightOf(date, 'date')).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !this.daysOff(Number(date.slice(0, 4))).has(date);
  }

  /** The same local time on the `days`-th working day after `from`'s local date; 0 is `from`. */
  addWorkingDays(from: Date, days: number): Date {
    assertInstant(from, 'from');
    assertDayCount(days);
    let date = this.localDateOf(from);
    let calendarDays = 0;
    for (let found = 0; found < days;) {
      date = localDateOfUtcMs(utcMidnightOf(date, 'date') + DAY_MS);
      calendarDays += 1;
      if (this.isWorkingDay(date)) found += 1;
    }
    return this.shiftWallClock(from, calendarDays);
  }

  /** The same local time `days` calendar days later. */
  addCalendarDays(from: Date, days: number): Date {
    assertInstant(from, 'from');
    assertDayCount(days);
    return this.shiftWallClock(from, days);
  }

  /**
   * Working days after `from`'s local date up to and including `to`'s; negative when `to` is
   * earlier, so an overdue deadline reads as how many working days late it is.
   */
  workingDaysBetween(from: Date, to: Date): number {
    assertInstant(from, 'from');
    assertInstant(to, 'to');
    const start = utcMidnightOf(this.localDateOf(from), 'from');
    const end = utcMidnightOf(this.localDateOf(to), 'to');
    const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let day = low + DAY_MS; day <= high; day += DAY_MS) {
      if (this.isWorkingDay(localDateOfUtcMs(day))) count += 1;
    }
    return sign * count;
  }

  /** Public holidays (with observed substitute days) and local days off, sorted by date. */
  holidays(year: number): Holiday[] {
    if (!Number.isSafeInteger(year)) {
      throw new RangeError(`year must be an integer, got ${String(year)}`);
    }
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      // Only 'public': date-holidays also lists observances (e.g. the day after Thanksgiving)
      // and optional days (Christmas Eve), which are working days for a federal calendar.
      const publicHolidays = this.publicHolidaySource
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        // `date` is the holiday's own calendar date ("YYYY-MM-DD hh:mm:ss"); `start` would
        // be an instant in the library's default zone, not ours.
        .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
      const localHolidays = this.localHolidays
        .filter((date) => Number(date.slice(0, 4)) === year)
        .map((date) => ({ date, name: LOCAL_HOLIDAY_NAME }));
      holidays = [...publicHolidays, ...localHolidays].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      this.holidaysByYear.set(year, holidays);
    }
    return holidays.map((holiday) => ({ ...holiday }));
  }

  private daysOff(year: number): ReadonlySet<LocalDate> {
    let daysOff = this.daysOffByYear.get(year);
    if (!daysOff) {
      daysOff = new Set(this.holidays(year).map((holiday) => holiday.date));
      this.daysOffByYear.set(year, daysOff);
    }
    return daysOff;
  }

  private shiftWallClock(from: Date, calendarDays: number): Date {
    return new Date(
      this.instantOfWallTime(this.wallTimeAsUtc(from.getTime()) + calendarDays * DAY_MS),
    );
  }

  /** The local wall-clock time of an instant, written as if it were a UTC epoch ms. */
  private wallTimeAsUtc(instantMs: number): number {
    const parts = this.wallClockFormat.formatToParts(new Date(instantMs));
    const part = (type: Intl.DateTimeFormatPartTypes): number =>
      Number(parts.find((p) => p.type === type)?.value);
    const millis = instantMs - Math.floor(instantMs / 1000) * 1000;
    return (
      Date.UTC(
        part('year'),
        part('month') - 1,
        part('day'),
        part('hour'),
        part('minute'),
        part('second'),
      ) + millis
    );
  }

  private offsetAt(instantMs: number): number {
    return this.wallTimeAsUtc(instantMs) - instantMs;
  }

  /**
   * The instant at which the local clock reads `wallMs`, resolved like Temporal's
   * 'compatible' disambiguation: a time that occurs twice (fall back) takes the earlier one,
   * a time skipped (spring forward) is read with the offset before the gap, so 02:30 becomes
   * 03:30. Offsets a day either side bracket any single transition.
   */
  private instantOfWallTime(wallMs: number): number {
    const offsetBefore = this.offsetAt(wallMs - DAY_MS);
    const offsetAfter = this.offsetAt(wallMs + DAY_MS);
    const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
      (instant) => this.wallTimeAsUtc(instant) === wallMs,
    );
    return candidates.length > 0 ? Math.min(...candidates) : wallMs - offsetBefore;
  }
}
