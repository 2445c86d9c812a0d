/**
 * The kinds of contact of docs/domain.md §2. Intake records the kind, routing sends each kind
 * to its office, and the specialist offices recognise their own. GraphQL shows the names
 * (SERVICE_REQUEST); the database and the events hold the values (service_request).
 */
export const CaseKind = {
  SERVICE_REQUEST: 'service_request',
  SERVICE_COMPLAINT: 'service_complaint',
  STAFF_COMPLAINT: 'staff_complaint',
  POLICE_CONDUCT: 'police_conduct',
  FRAUD_WASTE_ABUSE: 'fraud_waste_abuse',
  CIVIL_RIGHTS: 'civil_rights',
  COMPLIMENT: 'compliment',
  SUGGESTION: 'suggestion',
  CHARTER_OFFICER_COMPLAINT: 'charter_officer_complaint',
  INFORMATION_REQUEST: 'information_request',
} as const;

export type CaseKind = (typeof CaseKind)[keyof typeof CaseKind];

export const CASE_KINDS: readonly CaseKind[] = Object.values(CaseKind);

export function isCaseKind(word: unknown): word is CaseKind {
  return typeof word === 'string' && (CASE_KINDS as readonly string[]).includes(word);
}
