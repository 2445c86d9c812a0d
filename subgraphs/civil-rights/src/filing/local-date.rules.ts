import type { LocalDate } from '@hub/service-kit';

/*
 * Dates of the form (incident date, signature date, date filed elsewhere) are days, not
 * instants: 'YYYY-MM-DD' as the complainant wrote them. Arithmetic on them is on UTC
 * midnights, so it is free of time zones and daylight saving time.
 */

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one). */
export function isLocalDate(text: string): boolean {
  const match = PATTERN.exec(text);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

function utcMidnight(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a date written YYYY-MM-DD: "${date}"`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}
