import { CaseKind, CaseStatus, type Role } from '@hub/contracts';
import type { Caller, InputProblem } from '@hub/service-kit';
import { isBlank, textLength } from './input.rules';

/** The agency name intake uses in status changes it decides itself (a withdrawal). */
export const INTAKE_AGENCY = 'intake';

const MAX_REASON = 2000;

/** A case that has ended cannot be withdrawn; the message says why. */
export function withdrawalRefusal(status: CaseStatus | null): string | null {
  switch (status) {
    case CaseStatus.WITHDRAWN:
      return 'the case is already withdrawn';
    case CaseStatus.CLOSED:
    case CaseStatus.RESOLVED:
    case CaseStatus.OUT_OF_JURISDICTION:
      return `the case has ended (${status}) and cannot be withdrawn`;
    default:
      return null;
  }
}

/** Why the reporter withdrew it: every agency holding the case is told, so it must be said. */
export function validateWithdrawalReason(reason: string): InputProblem[] {
  if (isBlank(reason)) return [{ field: 'reason', message: 'must say why the case is withdrawn' }];
  if (textLength(reason) > MAX_REASON) {
    return [{ field: 'reason', message: `must be at most ${MAX_REASON} characters` }];
  }
  return [];
}

/**
 * The office a confidential kind of case belongs to: only that office may withdraw it (and
 * not a 311 agent, nor a department): docs/domain.md §4-7.
 */
const OFFICE_OF_KIND: Readonly<Partial<Record<CaseKind, Role>>> = {
  [CaseKind.STAFF_COMPLAINT]: 'hr',
  [CaseKind.POLICE_CONDUCT]: 'opa',
  [CaseKind.FRAUD_WASTE_ABUSE]: 'audit',
  [CaseKind.CIVIL_RIGHTS]: 'title_vi_coordinator',
};

/** Every role that may withdraw some case; the case decides (mayWithdraw). */
export const CASE_WITHDRAWERS: readonly Role[] = [
  'agent',
  'department_staff',
  'department_head',
  ...Object.values(OFFICE_OF_KIND),
];

/**
 * Who may withdraw this case: for a confidential kind, its office alone; otherwise a 311
 * agent, or staff of the department routing made responsible for it.
 */
export function mayWithdraw(
  caller: Pick<Caller, 'roles' | 'department' | 'anonymous'>,
  found: { readonly kind: CaseKind; readonly responsibleDepartmentId: string | null },
): boolean {
  if (caller.anonymous) return false;
  const office = OFFICE_OF_KIND[found.kind];
  if (office) return caller.roles.includes(office);
  if (caller.roles.includes('agent')) return true;
  const departmentStaff =
    caller.roles.includes('department_staff') || caller.roles.includes('department_head');
  return (
    departmentStaff &&
    caller.department !== null &&
    found.responsibleDepartmentId !== null &&
    caller.department === found.responsibleDepartmentId
  );
}
