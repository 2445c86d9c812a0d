/** The city's staff, every office: who may read cases (never a resident or an outside agency). */
export const CITY_STAFF_ROLES = [
  'agent',
  'department_staff',
  'department_head',
  'hr',
  'opa',
  'audit',
  'title_vi_coordinator',
  'analyst',
  'council',
] as const;

/** The roles of docs/domain.md §1, as they appear in a token's `roles` claim. */
export const ROLES = ['resident', ...CITY_STAFF_ROLES, 'external_agency', 'gateway'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(word: unknown): word is Role {
  return typeof word === 'string' && (ROLES as readonly string[]).includes(word);
}

/** Staff who work cases; analysts and the council only read. */
export const CASE_WORKER_ROLES: readonly Role[] = CITY_STAFF_ROLES.filter(
  (role) => role !== 'analyst' && role !== 'council',
);
