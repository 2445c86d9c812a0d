import type { LocalDate } from '@hub/service-kit';
import { daysBetween } from './local-date.rules';

/*
 * The filing window (docs/domain.md §7): a complaint is filed within 180 calendar days of the
 * alleged act; a later one is flagged for the coordinator, never refused. The number of days
 * is configuration.
 */

export interface FilingPolicy {
  /** Calendar days after the alleged act; a later complaint is flagged for the coordinator. */
  readonly filingWindowDays: number;
}

export const DEFAULT_FILING_POLICY: FilingPolicy = { filingWindowDays: 180 };

export interface FilingWindow {
  readonly daysAfterIncident: number;
  readonly late: boolean;
}

/** "Within 180 days of the alleged act": day 180 is in time, day 181 is late. */
export function filingWindow(
  policy: FilingPolicy,
  incidentDate: LocalDate,
  filedOn: LocalDate,
): FilingWindow {
  const daysAfterIncident = daysBetween(incidentDate, filedOn);
  return { daysAfterIncident, late: daysAfterIncident > policy.filingWindowDays };
}
