import type { NewEvent } from '@hub/service-kit';

/*
 * The facts routing publishes (schema/events/*.schema.json). No personal data: ids, words of
 * the hub's vocabularies, due times, and the disposition text written for the reporter.
 */

export const CASE_RECEIVED = 'case.received.v1';
export const CASE_STATUS_CHANGED = 'case.status-changed.v1';
export const CASE_ROUTED = 'case.routed.v1';
export const CASE_URGENT_ALERT = 'case.urgent-alert.v1';
export const CASE_COMPLETED = 'case.completed.v1';
export const DEADLINE_BREACHED = 'deadline.breached.v1';

/** The agency name routing uses in the status changes it decides. */
export const ROUTING_AGENCY = 'routing';

/** The data of `case.received.v1` that routing reads. */
export interface CaseReceivedData {
  readonly caseId: string;
  readonly kind: string;
  readonly subjectCategory: string | null;
  readonly serviceCode: string | null;
  readonly receivedAt: string;
}

export interface CaseStatusChangedData {
  readonly caseId: string;
  readonly status: string;
  readonly agency: string;
  readonly reason?: string | null;
}

export interface CaseRoutedData {
  readonly caseId: string;
  readonly departmentId: string;
  /** For public tracking: intake may show it as the responsible body. */
  readonly departmentName: string;
  readonly priority: string;
  readonly previousDepartmentId: string | null;
  /** True when an agent re-routed it by hand; false for the routing table's decision. */
  readonly manual: boolean;
}

export function caseRouted(data: CaseRoutedData, traceparent?: string): NewEvent<CaseRoutedData> {
  return { type: CASE_ROUTED, subject: data.caseId, traceparent, data };
}

export interface UrgentAlertData {
  readonly caseId: string;
  readonly departmentId: string;
  readonly priority: string;
  /** The department's primary and backup monitors, alerted at once. */
  readonly staffIds: readonly string[];
}

export function urgentAlert(
  data: UrgentAlertData,
  traceparent?: string,
): NewEvent<UrgentAlertData> {
  return { type: CASE_URGENT_ALERT, subject: data.caseId, traceparent, data };
}

export interface CaseCompletedData {
  readonly caseId: string;
  readonly outcome: string;
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

export interface DeadlineBreachedData {
  readonly caseId: string;
  readonly deadlineId: string;
  readonly clock: string;
  readonly dueAt: string;
  readonly departmentId: string;
  readonly priority: string;
}

export function deadlineBreached(data: DeadlineBreachedData): NewEvent<DeadlineBreachedData> {
  return { type: DEADLINE_BREACHED, subject: data.caseId, data };
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
