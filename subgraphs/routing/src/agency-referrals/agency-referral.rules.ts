import {
  CASE_COMPLETED,
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  REFERRAL_DECIDED,
  type EventType,
  type Role,
} from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import { MAX_REASON } from '../routing/routing.rules';
import { AgencyReferralState } from './agency-referral.enums';

/*
 * External agencies' referrals (docs/domain.md §1, §7, §9): what an agency's feed carries, which
 * topic it is, and what an agency may do with a referral. No I/O.
 */

/**
 * The facts an agency's feed carries for a case referred to it: the referral itself and what
 * happens to the case afterwards. Never `case.received.v1` or any other event with reporter
 * data, and never an event of a case not referred to it.
 */
export const AGENCY_FEED_TYPES: readonly EventType[] = [
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  REFERRAL_DECIDED,
  CASE_COMPLETED,
];

export function isAgencyFeedType(type: string): boolean {
  return (AGENCY_FEED_TYPES as readonly string[]).includes(type);
}

/** The role of a token whose `agency` claim names the agency it acts for. */
export const EXTERNAL_AGENCY: Role = 'external_agency';

/** One topic per agency beside the hub's: `hub.cases.v1.agency.fhwa`. */
export function agencyTopicOf(hubTopic: string, agencyId: string): string {
  return `${hubTopic}.agency.${agencyId}`;
}

export const MAX_AGENCY_STATUS = 200;

/** The agency's own word for a status: required, short, kept beside the hub's word. */
export function validateAgencyStatus(agencyStatus: string | null | undefined): InputProblem[] {
  const word = agencyStatus?.trim() ?? '';
  if (word === '') {
    return [
      { field: 'agencyStatus', message: "is required: the agency's own word for the status" },
    ];
  }
  if ([...word].length > MAX_AGENCY_STATUS) {
    return [{ field: 'agencyStatus', message: `must be at most ${MAX_AGENCY_STATUS} characters` }];
  }
  return [];
}

/** An optional reason: every agency's copy keeps it, so never personal data. */
export function validateOptionalReason(reason: string | null | undefined): InputProblem[] {
  if (reason && [...reason].length > MAX_REASON) {
    return [{ field: 'reason', message: `must be at most ${MAX_REASON} characters` }];
  }
  return [];
}

/** Why a decision cannot be taken on a referral in this state, or null when it can. */
export function decisionRefusal(state: AgencyReferralState): string | null {
  if (state === AgencyReferralState.PENDING) return null;
  return `the referral was already ${state}`;
}

/** Why the agency cannot report a status yet, or null when it can. */
export function statusRefusal(state: AgencyReferralState): string | null {
  if (state === AgencyReferralState.ACCEPTED) return null;
  return state === AgencyReferralState.PENDING
    ? 'accept the referral before recording its status'
    : 'the referral was declined: its status is no longer the agency’s to record';
}

/**
 * The word `referral.decided.v1` uses. A decline is the agency dismissing the referral for its
 * part: under FHWA, FHWA's dismissal is final (docs/domain.md §7), and civil rights closes the case.
 */
export function decisionWordOf(
  state: AgencyReferralState.ACCEPTED | AgencyReferralState.DECLINED,
): 'accepted' | 'dismissed' {
  return state === AgencyReferralState.ACCEPTED ? 'accepted' : 'dismissed';
}

/** A decision another office recorded (e.g. civil rights), mirrored in the agency's queue. */
export function stateOfDecision(decision: string): AgencyReferralState | null {
  if (decision === 'accepted') return AgencyReferralState.ACCEPTED;
  if (decision === 'dismissed') return AgencyReferralState.DECLINED;
  return null;
}
