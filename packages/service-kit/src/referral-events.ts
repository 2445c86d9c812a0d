import type { NewEvent } from './envelope';

/**
 * The facts of a referral to an external agency, stated by civil rights (Title VI) and routing
 * (out of jurisdiction) and read by both: one shape, here, beside their contracts in
 * schema/events. No personal data and no decision text travel in them.
 */
export const CASE_REFERRED = 'case.referred.v1';
export const REFERRAL_DECIDED = 'referral.decided.v1';

/** A case went to an external agency: a Title VI referral, or an out-of-jurisdiction one. */
export interface CaseReferredData {
  readonly caseId: string;
  readonly referralId: string;
  readonly agencyId: string;
  /** fhwa / fta (civil rights' Title VI procedures) or out_of_jurisdiction (routing's). */
  readonly program: string;
}

export function caseReferred(
  data: CaseReferredData,
  traceparent?: string,
): NewEvent<CaseReferredData> {
  return { type: CASE_REFERRED, subject: data.caseId, traceparent, data };
}

/** An agency decided on a referral; the decision's text stays with whoever recorded it. */
export interface ReferralDecidedData {
  readonly caseId: string;
  readonly referralId: string;
  readonly decisionId: string;
  readonly agencyId: string;
  readonly decision: string;
  readonly program: string;
  /** The agency's own word for the status (a status word, never the decision's text). */
  readonly agencyStatus: string | null;
}

export function referralDecided(
  data: ReferralDecidedData,
  traceparent?: string,
): NewEvent<ReferralDecidedData> {
  return { type: REFERRAL_DECIDED, subject: data.caseId, traceparent, data };
}
