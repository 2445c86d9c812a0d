import type { NewEvent } from '@hub/service-kit';

/*
 * The facts civil rights publishes and reads (schema/events/*.schema.json). No personal data:
 * ids, programs, agency ids and words of the hub's vocabularies. The complaint stays here.
 */

export const CASE_RECEIVED = 'case.received.v1';
export const CASE_ROUTED = 'case.routed.v1';
export const CASE_STATUS_CHANGED = 'case.status-changed.v1';
export const TITLE_VI_DEADLINE_BREACHED = 'titlevi.deadline-breached.v1';
export const TITLE_VI_RETALIATION_ALLEGED = 'titlevi.retaliation-alleged.v1';

/** The office's name in the status changes it decides, and routing's department id for it. */
export const TITLE_VI_AGENCY = 'title-vi';
/** Intake's kind for a civil-rights (Title VI) complaint. */
export const CIVIL_RIGHTS_KIND = 'civil_rights';

export interface CaseReceivedData {
  readonly caseId: string;
  readonly kind: string;
  readonly receivedAt: string;
}

export interface CaseRoutedData {
  readonly caseId: string;
  readonly departmentId: string;
}

export interface CaseStatusChangedData {
  readonly caseId: string;
  readonly status: string;
  readonly agency: string;
}

export interface TitleVIDeadlineBreachedData {
  readonly caseId: string;
  readonly clockId: string;
  readonly clock: string;
  readonly dueAt: string;
  readonly program: string;
}

export function titleVIDeadlineBreached(
  data: TitleVIDeadlineBreachedData,
): NewEvent<TitleVIDeadlineBreachedData> {
  return { type: TITLE_VI_DEADLINE_BREACHED, subject: data.caseId, data };
}

export interface RetaliationAllegedData {
  readonly caseId: string;
  readonly allegationId: string;
  readonly program: string;
  /** The agency investigating, to be told; null while nobody is assigned. */
  readonly investigatorAgencyId: string | null;
}

export function retaliationAlleged(
  data: RetaliationAllegedData,
  traceparent?: string,
): NewEvent<RetaliationAllegedData> {
  return { type: TITLE_VI_RETALIATION_ALLEGED, subject: data.caseId, traceparent, data };
}

// Referral facts are stated by routing and civil rights alike: one shape, in the kit.
export {
  CASE_REFERRED,
  REFERRAL_DECIDED,
  caseReferred,
  referralDecided,
  type CaseReferredData,
  type ReferralDecidedData,
} from '@hub/service-kit';
