import type { LocalDate } from '@hub/service-kit';
import { toCsv } from './csv.rules';
import type { TitleVILogEntry } from './log.entry';

/*
 * The annual Title VI report: the log of the complaints received in a fiscal year, one CSV
 * line each, enum values by their GraphQL names and instants by their local dates.
 */

export const ANNUAL_REPORT_COLUMNS = [
  'case_id',
  'program',
  'received_via',
  'date_received',
  'complainant_name',
  'complainant_address',
  'complainant_city',
  'complainant_state',
  'complainant_zip',
  'bases',
  'nature_of_complaint',
  'recipient',
  'late_filing',
  'stage',
  'status',
  'referred_to',
  'investigator',
  'date_investigation_completed',
  'disposition',
  'disposition_date',
  'date_closed',
];

const nameOf = (value: string) => value.toUpperCase();

/** The report of these entries, as CSV; `dayOf` gives an instant's local date. */
export function annualReportCsv(
  entries: readonly TitleVILogEntry[],
  dayOf: (instant: Date) => LocalDate,
): string {
  const day = (instant: Date | null) => (instant ? dayOf(instant) : null);
  return toCsv(
    ANNUAL_REPORT_COLUMNS,
    entries.map((entry) => [
      entry.caseId,
      nameOf(entry.program),
      nameOf(entry.receivedVia),
      day(entry.receivedAt),
      entry.complainant.name,
      entry.complainant.address,
      entry.complainant.city,
      entry.complainant.state,
      entry.complainant.zip,
      entry.bases.map(nameOf).join(';'),
      entry.natureOfComplaint,
      entry.recipient,
      entry.lateFiling,
      nameOf(entry.stage),
      entry.status ? nameOf(entry.status) : null,
      entry.referredTo.join(';'),
      entry.investigatorAgencyId,
      day(entry.investigationCompletedAt),
      entry.disposition,
      day(entry.dispositionAt),
      day(entry.closedAt),
    ]),
  );
}
