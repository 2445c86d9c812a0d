import type { NewEvent } from '@hub/service-kit';

/*
 * The facts internal-audit hears and states (schema/events/*.schema.json). It states only
 * case.completed.v1 (here) and case.status-changed.v1 (through the kit's recordStatusChange).
 * Never personal data, never the allegation or the findings: the disposition is exactly the
 * text Internal Audit decided the reporter may receive.
 */

export const CASE_ROUTED = 'case.routed.v1';
export const CASE_COMPLETED = 'case.completed.v1';

/** The office id under which Internal Audit's status changes travel. */
export const AUDIT_AGENCY = 'internal-audit';

/** The data of `case.routed.v1` that internal-audit reads. */
export interface CaseRoutedData {
  readonly caseId: string;
  readonly departmentId: string;
}

export interface CaseCompletedData {
  readonly caseId: string;
  readonly outcome: 'upheld' | 'not_upheld';
  /** The text the reporter receives; nothing else. */
  readonly disposition: string;
  readonly departmentName: string;
}

export function caseCompleted(
  data: CaseCompletedData,
  traceparent?: string,
): NewEvent<CaseCompletedData> {
  return { type: CASE_COMPLETED, subject: data.caseId, traceparent, data };
}
