import { CaseStatus, type Role } from '@hub/contracts';
import type { Caller, InputProblem } from '@hub/service-kit';
import { OpaDestination, type OpaClassification } from './opa-referral.enums';

/*
 * The pure rules of police referrals (docs/domain.md §5, §3 routing by kind): when a referral is
 * opened and where it goes, what OPA may report back, and who may read what. No I/O.
 */

// --- opening a referral ---------------------------------------------------------------------

/** Intake's kind for a police conduct concern (intake's CaseKind.POLICE_CONDUCT). */
export const POLICE_CONDUCT_KIND = 'police_conduct';

/** The routing table's ids of the two investigating offices (configuration). */
export interface DestinationDepartments {
  readonly opa: string;
  readonly fireOperations: string;
}

/** Where routing's department sends the referral, or null for any other department. */
export function destinationOf(
  departments: DestinationDepartments,
  departmentId: string | null,
): OpaDestination | null {
  if (departmentId === departments.opa) return OpaDestination.OPA;
  if (departmentId === departments.fireOperations) return OpaDestination.FIRE_OPERATIONS;
  return null;
}

/** Only a police conduct concern that routing sent to OPA or Fire Operations is referred. */
export function shouldOpenReferral(
  kind: string | null,
  destination: OpaDestination | null,
): destination is OpaDestination {
  return kind === POLICE_CONDUCT_KIND && destination !== null;
}

/**
 * Routing sent the case to the other office (an agent re-routed it): the referral follows
 * while it waits; once an office has accepted it, that office keeps it.
 */
export function shouldMoveReferral(
  referral: ReferralProgress & { readonly destination: OpaDestination },
  destination: OpaDestination,
): boolean {
  return referral.destination !== destination && !referral.acceptedAt && !referral.closedAt;
}

/**
 * The office's own word beside each hub status this subgraph writes. OPA's later words come
 * from OPA itself (recordOpaStatus). None of them carries an OPA detail.
 */
export const AGENCY_WORDS = {
  forwarded: 'forwarded',
  accepted: 'accepted',
  closed: 'closed',
} as const;

// --- what OPA reports back ----------------------------------------------------------------

/**
 * OPA's word may be any language's letters and plain punctuation, but no digits: it travels
 * to every agency's copy, so it must not carry the OPA number or any other number.
 */
const STATUS_WORD = /^\p{L}[\p{L}\p{M} '’&().,/-]*$/u;
/** The event contracts' limits (status-changed agencyStatus, completed disposition). */
export const MAX_AGENCY_STATUS = 200;
export const MAX_DISPOSITION = 4000;
export const MAX_OUTCOME_SUMMARY = 4000;

/**
 * The hub statuses OPA may report while it works. Closing is `recordOpaOutcome` (it also tells
 * the reporter); receiving, routing, referring and withdrawing are other offices' decisions.
 */
export const OPA_WORKING_STATUSES: readonly CaseStatus[] = [
  CaseStatus.ACKNOWLEDGED,
  CaseStatus.ASSIGNED,
  CaseStatus.IN_PROGRESS,
  CaseStatus.AWAITING_INFORMATION,
];

/** The configured format of an OPA number (default 2026OPA-0123). */
export function validateOpaNumber(opaNumber: string, format: RegExp): InputProblem[] {
  if (!format.test(opaNumber)) {
    return [
      {
        field: 'opaNumber',
        message: `must be an OPA number in OPA's format (${format.source}), such as 2026OPA-0123`,
      },
    ];
  }
  return [];
}

export function validateOpaStatus(opaStatus: string, status: CaseStatus): InputProblem[] {
  const problems: InputProblem[] = [];
  const word = opaStatus.trim();
  if (word.length === 0) {
    problems.push({ field: 'opaStatus', message: "must be OPA's word for the status" });
  } else if (word.length > MAX_AGENCY_STATUS) {
    problems.push({
      field: 'opaStatus',
      message: `must be at most ${MAX_AGENCY_STATUS} characters`,
    });
  } else if (!STATUS_WORD.test(word)) {
    problems.push({
      field: 'opaStatus',
      message:
        "must be OPA's status in words, without digits: it reaches every agency, so no OPA number",
    });
  }
  if (!OPA_WORKING_STATUSES.includes(status)) {
    problems.push({
      field: 'status',
      message:
        `must be one of ${OPA_WORKING_STATUSES.map((s) => s.toUpperCase()).join(', ')}; ` +
        'OPA closes a referral with recordOpaOutcome',
    });
  }
  return problems;
}

export function validateOutcome(input: {
  readonly disposition: string;
  readonly summary?: string | null;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  const disposition = input.disposition.trim();
  if (disposition.length === 0) {
    problems.push({ field: 'disposition', message: 'must be the text the reporter receives' });
  } else if (disposition.length > MAX_DISPOSITION) {
    problems.push({
      field: 'disposition',
      message: `must be at most ${MAX_DISPOSITION} characters`,
    });
  }
  if (input.summary != null && input.summary.trim().length > MAX_OUTCOME_SUMMARY) {
    problems.push({
      field: 'summary',
      message: `must be at most ${MAX_OUTCOME_SUMMARY} characters`,
    });
  }
  return problems;
}

/** What a referral's life so far allows; a reason to refuse (CONFLICT), or null. */
export interface ReferralProgress {
  readonly acceptedAt: Date | null;
  readonly closedAt: Date | null;
}

export function refusalToAccept(progress: ReferralProgress): string | null {
  if (progress.closedAt) return 'the OPA referral is closed; nothing more can be recorded on it';
  if (progress.acceptedAt) return 'OPA has already accepted this referral';
  return null;
}

/** A status or an outcome needs an accepted, open referral. */
export function refusalToRecord(progress: ReferralProgress): string | null {
  if (progress.closedAt) return 'the OPA referral is closed; nothing more can be recorded on it';
  if (!progress.acceptedAt) {
    return 'OPA has not accepted this referral yet: accept it with its OPA number first';
  }
  return null;
}

// --- who may read what ----------------------------------------------------------------------

/** OPA's details (number, classification, its words, outcome) are OPA's alone; so is its work. */
export const OPA_ONLY: readonly Role[] = ['opa'];

/** That a referral exists, where and when it went, and its hub status. */
export const REFERRAL_READERS: readonly Role[] = ['agent', 'opa', 'analyst', 'council'];
export const DEPARTMENT_ROLES: readonly Role[] = ['department_staff', 'department_head'];

/**
 * Who may see a case's referral at all: 311 agents, OPA, the overseers, and the staff of the
 * department it went to (a department sees its own referrals only).
 */
export function referralReadersFor(caller: Caller, departmentId: string | null): readonly Role[] {
  const ownDepartment = departmentId !== null && caller.department === departmentId;
  return ownDepartment ? [...REFERRAL_READERS, ...DEPARTMENT_ROLES] : REFERRAL_READERS;
}

/**
 * The restricted fields of OpaReferral and who reads each: everything OPA reports. Its other
 * fields (destination, forwardedAt, status, acceptedAt, closedAt) are for whoever may see the
 * referral (Case.opaReferral).
 */
export const RESTRICTED_FIELD_READERS = {
  opaNumber: OPA_ONLY,
  classification: OPA_ONLY,
  agencyStatus: OPA_ONLY,
  outcome: OPA_ONLY,
  outcomeSummary: OPA_ONLY,
  disposition: OPA_ONLY,
} as const satisfies Record<string, readonly Role[]>;

export type RestrictedField = keyof typeof RESTRICTED_FIELD_READERS;

/** The name a read is logged under: the Case field, then the OpaReferral field. */
export function accessLogField(field: RestrictedField | null): string {
  return field ? `opaReferral.${field}` : 'opaReferral';
}

export function refusalOf(field: RestrictedField | null): string {
  return field
    ? `opaReferral.${field}: OPA's details are for OPA only`
    : "opaReferral: a case's police referral is for OPA, 311 agents and the overseers";
}

/** The monthly summary to the Mayor and Council: counts only, never a name or an OPA number. */
export const SUMMARY_READERS: readonly Role[] = ['opa', 'council', 'analyst'];

/** A summary row's category: where it went and how OPA classified it (or not yet). */
export function summaryCategoryOf(
  destination: OpaDestination,
  classification: OpaClassification | null,
): string {
  return `${destination}.${classification ?? 'unclassified'}`;
}
