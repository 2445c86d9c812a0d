import { CaseStatus } from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import { ReferralDecision, TitleVIProgram } from '../complaints/title-vi.enums';

/*
 * Referrals and investigations (docs/domain.md §7): FHWA complaints go to WSDOT OECR, and FHWA's
 * decision is final; FTA complaints with a conflict of interest go to WSDOT OECR or another
 * body; a complainant may be referred to several agencies at once; and no agency investigates
 * a complaint against itself.
 */

export interface ReferralPolicy {
  /** The Title VI office's own agency: it investigates FTA complaints, never against itself. */
  readonly ownAgencyId: string;
  readonly referralAgencyIds: readonly string[];
  readonly oecrAgencyId: string;
  readonly fhwaAgencyId: string;
}

export const DEFAULT_REFERRAL_POLICY: ReferralPolicy = {
  ownAgencyId: 'city',
  referralAgencyIds: ['wsdot-oecr', 'fhwa', 'fta', 'us-doj'],
  oecrAgencyId: 'wsdot-oecr',
  fhwaAgencyId: 'fhwa',
};

/** What the rules judge a referral or an investigator by. */
export interface ReferredComplaint {
  readonly program: TitleVIProgram;
  /** The agency complained against, if any. */
  readonly respondentAgencyId: string | null;
  readonly referredAgencyIds: readonly string[];
}

const selfInvestigation = (agencyId: string) =>
  `no agency investigates a complaint against itself: the complaint is against ${agencyId}`;

/** The agencies to add, or every problem with the list. */
export function validateReferral(
  policy: ReferralPolicy,
  complaint: ReferredComplaint,
  agencyIds: readonly string[],
): InputProblem[] {
  const problems: InputProblem[] = [];
  const problem = (message: string) => problems.push({ field: 'agencyIds', message });
  if (agencyIds.length === 0) problem('name at least one agency');
  const seen = new Set<string>();
  for (const agencyId of agencyIds) {
    if (!policy.referralAgencyIds.includes(agencyId)) {
      problem(`${agencyId} is not a referral agency (${policy.referralAgencyIds.join(', ')})`);
    } else if (seen.has(agencyId)) {
      problem(`${agencyId} is named twice`);
    } else if (complaint.referredAgencyIds.includes(agencyId)) {
      problem(`the complaint was already referred to ${agencyId}`);
    } else if (agencyId === complaint.respondentAgencyId) {
      problem(selfInvestigation(agencyId));
    }
    seen.add(agencyId);
  }
  // FHWA: the written complaint is forwarded to WSDOT OECR, for FHWA to decide on.
  if (
    complaint.program === TitleVIProgram.FHWA &&
    !complaint.referredAgencyIds.includes(policy.oecrAgencyId) &&
    !agencyIds.includes(policy.oecrAgencyId)
  ) {
    problem(`an FHWA complaint is forwarded to ${policy.oecrAgencyId} first`);
  }
  return problems;
}

/**
 * Who may investigate: the office's own agency (FTA only: under FHWA, WSDOT investigates when
 * FHWA authorises it) or an agency the complaint was referred to; never the agency complained
 * against.
 */
export function validateInvestigator(
  policy: ReferralPolicy,
  complaint: ReferredComplaint,
  agencyId: string,
): InputProblem[] {
  const problem = (message: string) => [{ field: 'agencyId', message }];
  if (agencyId === complaint.respondentAgencyId) {
    const elsewhere =
      complaint.program === TitleVIProgram.FHWA
        ? policy.oecrAgencyId
        : `${policy.oecrAgencyId} or another agency`;
    return problem(`${selfInvestigation(agencyId)}; refer it to ${elsewhere}`);
  }
  if (agencyId === policy.ownAgencyId) {
    return complaint.program === TitleVIProgram.FHWA
      ? problem(
          `an FHWA complaint is investigated by ${policy.oecrAgencyId} when FHWA authorises it`,
        )
      : [];
  }
  if (!policy.referralAgencyIds.includes(agencyId)) {
    return problem(
      `must be ${policy.ownAgencyId} or a referral agency (${policy.referralAgencyIds.join(', ')})`,
    );
  }
  if (!complaint.referredAgencyIds.includes(agencyId)) {
    return problem(`refer the complaint to ${agencyId} first`);
  }
  return [];
}

export interface DecisionEffect {
  /** The decision ends the case here (final, or a final dismissal). */
  readonly closes: boolean;
  /** A party may then appeal within the configured days (FTA; FHWA has no administrative appeal). */
  readonly opensAppealWindow: boolean;
  /** The hub status it is published as, under the deciding agency's name. */
  readonly status: CaseStatus;
  readonly agencyStatus: string;
}

const DECISION_WORDS: Readonly<Record<ReferralDecision, string>> = {
  [ReferralDecision.ACCEPTED]: 'accepted',
  [ReferralDecision.DISMISSED]: 'dismissed',
  [ReferralDecision.TRANSFERRED]: 'transferred',
  [ReferralDecision.MORE_INFORMATION_NEEDED]: 'more information needed',
  [ReferralDecision.FINAL_DECISION]: 'final decision',
};

/**
 * What an external agency's decision does to the case. Under FHWA, FHWA's final decision
 * (recorded by WSDOT OECR or FHWA) and FHWA's dismissal close it, with no appeal. Under FTA,
 * the final decision or dismissal of the agency investigating closes it and opens the appeal
 * window; once appealed, the appeal body's final decision or dismissal closes it for good.
 * Other decisions, and other agencies' final words, are recorded and shown.
 */
export function decisionEffect(
  policy: ReferralPolicy,
  complaint: {
    readonly program: TitleVIProgram;
    readonly investigatorAgencyId: string | null;
    /** FTA: a party appealed the final decision; the appeal body's decision ends it. */
    readonly appealed: boolean;
  },
  agencyId: string,
  decision: ReferralDecision,
  agencyStatus: string | null,
): DecisionEffect {
  const word = agencyStatus ?? DECISION_WORDS[decision];
  const final = decision === ReferralDecision.FINAL_DECISION;
  const dismissed = decision === ReferralDecision.DISMISSED;
  let closes = false;
  if (complaint.program === TitleVIProgram.FHWA) {
    closes =
      (final && (agencyId === policy.oecrAgencyId || agencyId === policy.fhwaAgencyId)) ||
      (dismissed && agencyId === policy.fhwaAgencyId);
  } else if (complaint.appealed) {
    closes = final || dismissed;
  } else {
    closes = (final || dismissed) && agencyId === complaint.investigatorAgencyId;
  }
  if (closes) {
    return {
      closes,
      // No reconsideration without new facts: an appeal's decision opens no second window.
      opensAppealWindow: complaint.program === TitleVIProgram.FTA && !complaint.appealed,
      status: CaseStatus.CLOSED,
      agencyStatus: word,
    };
  }
  const status =
    decision === ReferralDecision.ACCEPTED
      ? CaseStatus.IN_PROGRESS
      : decision === ReferralDecision.MORE_INFORMATION_NEEDED
        ? CaseStatus.AWAITING_INFORMATION
        : CaseStatus.REFERRED;
  return { closes, opensAppealWindow: false, status, agencyStatus: word };
}
