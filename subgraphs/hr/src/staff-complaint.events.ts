import type { NewEvent } from '@hub/service-kit';

/*
 * The facts HR hears and states (schema/events/*.schema.json). What HR states carries no
 * personal data: the case id, the outcome word and the disposition text the reporter may
 * receive. Status changes go through the kit's recordStatusChange.
 */

export const CASE_ROUTED = 'case.routed.v1';
export const CASE_COMPLETED = 'case.completed.v1';

/** The data of `case.routed.v1` that HR reads. */
export interface CaseRoutedData {
  readonly caseId: string;
  readonly departmentId: string;
  readonly previousDepartmentId: string | null;
}

export interface CaseCompletedData {
  readonly caseId: string;
  readonly outcome: string;
  /** The text the reporter receives: exactly what employment law allows. */
  readonly disposition: string;
  readonly departmentName: string;
}

export function caseCompleted(
  data: CaseCompletedData,
  traceparent?: string,
): NewEvent<CaseCompletedData> {
  return { type: CASE_COMPLETED, subject: data.caseId, traceparent, data };
}
