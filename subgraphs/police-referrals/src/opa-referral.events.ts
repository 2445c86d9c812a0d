import type { NewEvent } from '@hub/service-kit';

/*
 * The facts police referrals reads and states (schema/events/*.schema.json). It states only
 * status changes (through the kit's recordStatusChange) and the completion intake tells the
 * reporter about: no OPA number, classification, finding or name ever leaves this subgraph.
 */

export const CASE_RECEIVED = 'case.received.v1';
export const CASE_ROUTED = 'case.routed.v1';
export const CASE_COMPLETED = 'case.completed.v1';

/** The part of `case.received.v1` police referrals reads. */
export interface CaseReceivedData {
  readonly caseId: string;
  readonly kind: string;
}

/** The part of `case.routed.v1` police referrals reads. */
export interface CaseRoutedData {
  readonly caseId: string;
  readonly departmentId: string;
}

export interface CaseCompletedData {
  readonly caseId: string;
  readonly outcome: 'resolved' | 'upheld' | 'not_upheld';
  /** The text the reporter receives. */
  readonly disposition: string;
  readonly departmentName: string;
}

export function caseCompleted(
  data: CaseCompletedData,
  traceparent?: string,
): NewEvent<CaseCompletedData> {
  return { type: CASE_COMPLETED, subject: data.caseId, traceparent, data };
}
