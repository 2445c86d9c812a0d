import { MAX_SHORT_TEXT, isBlank, optionalText, textLength, type Report } from './input.rules';

/*
 * A complaint made on someone else's behalf (docs/domain.md §2) needs that person's explicit
 * consent, recorded with the time and the way it was given.
 */

export interface ThirdPartyShape {
  readonly representedPersonName: string;
  readonly relationship?: string | null;
  readonly consentGiven: boolean;
  readonly consentMethod: string;
}

export interface ConsentDraft {
  readonly representedPersonName: string;
  readonly relationship: string | null;
  readonly consentGiven: true;
  readonly consentRecordedAt: Date;
  readonly consentMethod: string;
}

export function validateConsent(
  thirdParty: ThirdPartyShape | null,
  now: Date,
  problem: Report,
): ConsentDraft | null {
  if (thirdParty === null) return null;
  requiredText(
    'onBehalfOf.representedPersonName',
    thirdParty.representedPersonName,
    'must name the person the complaint is for',
    problem,
  );
  if (thirdParty.consentGiven !== true) {
    problem(
      'onBehalfOf.consentGiven',
      "a complaint on someone's behalf needs that person's explicit, recorded consent",
    );
  }
  requiredText(
    'onBehalfOf.consentMethod',
    thirdParty.consentMethod,
    'must say how the consent was given (e.g. signed form)',
    problem,
  );
  const relationship = optionalText('onBehalfOf.relationship', thirdParty.relationship, problem);
  return {
    representedPersonName: thirdParty.representedPersonName,
    relationship,
    consentGiven: true,
    consentRecordedAt: now,
    consentMethod: thirdParty.consentMethod,
  };
}

function requiredText(field: string, value: string, missing: string, problem: Report): void {
  if (isBlank(value)) problem(field, missing);
  else if (textLength(value) > MAX_SHORT_TEXT) {
    problem(field, `must be at most ${MAX_SHORT_TEXT} characters`);
  }
}
