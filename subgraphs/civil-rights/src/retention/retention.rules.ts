import type { LocalDate } from '@hub/service-kit';
import { daysBetween } from '../filing/local-date.rules';

/*
 * Fiscal years and the retention of the Title VI log (docs/domain.md §7): the log and documents
 * are destroyed four years after the end of the fiscal year in which the case closed. A fiscal
 * year is named by the calendar year it ends in (FY 2026 = July 2025 to June 2026 when it
 * starts in July); with a January start it is the calendar year.
 */

export interface RetentionPolicy {
  /** 1-12: the month the fiscal year starts in. */
  readonly fiscalYearStartMonth: number;
  /** Whole fiscal years kept after the one the case closed in. */
  readonly retentionYears: number;
}

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  fiscalYearStartMonth: 7,
  retentionYears: 4,
};

export function fiscalYearOf(date: LocalDate, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return startMonth > 1 && month >= startMonth ? year + 1 : year;
}

/** The first day of fiscal year `fiscalYear`. */
export function fiscalYearStart(fiscalYear: number, startMonth: number): LocalDate {
  const year = startMonth > 1 ? fiscalYear - 1 : fiscalYear;
  return `${String(year).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`;
}

/** The days of fiscal year `fiscalYear`: [first, next first). */
export function fiscalYearRange(
  fiscalYear: number,
  startMonth: number,
): { from: LocalDate; until: LocalDate } {
  return {
    from: fiscalYearStart(fiscalYear, startMonth),
    until: fiscalYearStart(fiscalYear + 1, startMonth),
  };
}

/**
 * The day a case closed on `closedOn` may be destroyed: the retention years after the end of
 * its fiscal year, i.e. the first day of fiscal year (closing year + 1 + years).
 */
export function destructionDate(policy: RetentionPolicy, closedOn: LocalDate): LocalDate {
  const closedIn = fiscalYearOf(closedOn, policy.fiscalYearStartMonth);
  return fiscalYearStart(closedIn + 1 + policy.retentionYears, policy.fiscalYearStartMonth);
}

export function retentionExpired(
  policy: RetentionPolicy,
  closedOn: LocalDate,
  asOf: LocalDate,
): boolean {
  return daysBetween(destructionDate(policy, closedOn), asOf) >= 0;
}

/** The anonymous count's key for a complaint's bases: one key per combination, sorted. */
export function basesKey(bases: readonly string[]): string {
  return [...new Set(bases)].sort().join('+');
}
