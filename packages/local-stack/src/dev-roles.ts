import { ROLES, type Role } from '@hub/contracts';

/** The roles a development token may carry: every caller's, not the gateway's own. */
export const DEV_TOKEN_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'gateway');

/** The claims a role needs (README, "Calling it"): without them it sees nothing of those. */
const CLAIMS_NEEDED: Partial<Record<Role, string>> = {
  department_staff: '--department <id> (e.g. public-works)',
  department_head: '--department <id>',
  external_agency: '--agency <id> (wsdot-oecr, fhwa, fta, us-doj)',
  resident: '(or no token at all: anonymous callers may submit and track only)',
};

/** `agent, department_staff --department <id> ..., ...`: for `npm start`'s banner. */
export function describeDevTokenRoles(): string {
  return DEV_TOKEN_ROLES.map((role) =>
    CLAIMS_NEEDED[role] ? `${role} ${CLAIMS_NEEDED[role]}` : role,
  ).join(', ');
}
