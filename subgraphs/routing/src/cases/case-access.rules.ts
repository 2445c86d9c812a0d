import { CASE_WORKER_ROLES, type Role } from '@hub/contracts';
import type { Caller } from '@hub/service-kit';
import type { RoutingTable } from '../routing/routing-table';
import type { RoutingCommand } from './routing-stage.rules';

/*
 * Who may see a case's routing and who may change it (docs/domain.md §1, §3): plain functions
 * of the caller and the routing table. No I/O.
 */

/** Read every case's routing: the 311 agents and the read-only overseers. */
const READ_ALL: readonly Role[] = ['agent', 'analyst', 'council'];
/** Act on a case of their own department, or their office's. */
const DEPARTMENT_ROLES: readonly Role[] = ['department_staff', 'department_head'];

export const ROUTING_READERS: readonly Role[] = [
  ...READ_ALL,
  ...DEPARTMENT_ROLES,
  'hr',
  'opa',
  'audit',
  'title_vi_coordinator',
];

/**
 * Who may change routing at all; the case's department is then checked (mayActOn). Analysts
 * and the council read only: no command lists them.
 */
export const ROUTING_ACTORS: readonly Role[] = CASE_WORKER_ROLES;

/** Commands for 311 agents alone, whatever the case's department, and what others are told. */
export const AGENT_ONLY: Readonly<Partial<Record<RoutingCommand, string>>> = {
  reroute: 'only 311 agents re-route cases',
};

/** The departments (ids) whose cases a caller works on; `all` means every department. */
export function actingDepartmentsOf(
  caller: Caller,
  table: Pick<RoutingTable, 'departments'>,
): { all: boolean; departments: Set<string> } {
  const departments = new Set<string>();
  if (caller.anonymous) return { all: false, departments };
  if (caller.roles.includes('agent')) return { all: true, departments };
  if (caller.department && caller.roles.some((role) => DEPARTMENT_ROLES.includes(role))) {
    departments.add(caller.department);
  }
  for (const department of table.departments) {
    if (department.officeRole && caller.roles.includes(department.officeRole)) {
      departments.add(department.id);
    }
  }
  return { all: false, departments };
}

export function mayActOn(
  caller: Caller,
  table: Pick<RoutingTable, 'departments'>,
  departmentId: string | null,
): boolean {
  const acting = actingDepartmentsOf(caller, table);
  return acting.all || (departmentId !== null && acting.departments.has(departmentId));
}

export function mayRead(
  caller: Caller,
  table: Pick<RoutingTable, 'departments'>,
  departmentId: string | null,
): boolean {
  if (caller.anonymous) return false;
  if (caller.roles.some((role) => READ_ALL.includes(role))) return true;
  return mayActOn(caller, table, departmentId);
}
