import { CASE_KINDS, CaseKind, CITY_STAFF_ROLES, type Role } from '@hub/contracts';

/*
 * Who may do what with cases. Each list is declared in the schema and enforced by the same
 * decorator (@AllowRoles, @Restricted), so the declaration and the check cannot drift.
 */

/** Who may read cases (everything but the reporter's identity). */
export const CASE_READERS: readonly Role[] = CITY_STAFF_ROLES;
/** Who logs contacts received elsewhere: 311 agents, departments, Mayor/Council offices. */
export const CASE_LOGGERS: readonly Role[] = [
  'agent',
  'department_staff',
  'department_head',
  'council',
];
/** Who reads the council offices' notices of completed cases: the offices and 311 agents. */
export const COUNCIL_NOTICE_READERS: readonly Role[] = ['council', 'agent'];
export const CONTACT_EDITORS: readonly Role[] = ['agent'];

/** The fields that carry the reporter's identity; each attempt is written to the access log. */
export type RestrictedField = 'reporter' | 'onBehalfOf';

/**
 * Who may see who reported a case. A fraud/waste/abuse reporter is a whistleblower whose
 * identity is protected by law: Internal Audit alone, not even the 311 agents.
 */
export function restrictedFieldReaders(kind: CaseKind): readonly Role[] {
  return kind === CaseKind.FRAUD_WASTE_ABUSE ? ['audit'] : ['agent'];
}

/** Every role that may read the reporter's identity on some kind of case (the schema's). */
export const RESTRICTED_FIELD_READERS: readonly Role[] = [
  ...new Set(CASE_KINDS.flatMap(restrictedFieldReaders)),
];

/** What a caller refused the reporter's identity is told; never a value of the case. */
export function restrictedFieldRefusal(kind: CaseKind, field: RestrictedField): string {
  return kind === CaseKind.FRAUD_WASTE_ABUSE
    ? `${field}: the identity of a fraud, waste or abuse reporter is for Internal Audit only`
    : `${field}: the reporter's identity is for 311 agents only`;
}
