import { CASE_COMPLETED, type Role } from '@hub/contracts';
import { caseEvent, type NewEvent } from './envelope';

/** The outcome word of a case closed by an office that keeps its findings. */
export const CLOSED_BY_OFFICE = 'closed';

export interface OfficeClosure {
  readonly caseId: string;
  /** Exactly what the office decided the reporter may be told; never a finding or a name. */
  readonly disposition: string;
  readonly departmentName: string;
  /** Who may read that text in other offices' answers, by the office's own rule. */
  readonly readers: readonly Role[];
}

/**
 * `case.completed.v1` from an office that keeps its findings (HR, OPA, Internal Audit): the
 * other offices learn that it is closed and, for the readers the office names, the text the
 * reporter was sent; upheld or not stays in the office.
 */
export function closedByOffice(
  closure: OfficeClosure,
  traceparent?: string,
): NewEvent<typeof CASE_COMPLETED> {
  return caseEvent(
    CASE_COMPLETED,
    {
      caseId: closure.caseId,
      outcome: CLOSED_BY_OFFICE,
      disposition: closure.disposition,
      departmentName: closure.departmentName,
      readers: [...new Set(closure.readers)],
    },
    traceparent,
  );
}
