import { CASE_KINDS, type CaseKind } from '@hub/contracts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/*
 * The routing table: the rules of docs/domain.md §3 as data a city edits (a JSON file), checked
 * here once at start so a broken table stops the service with a message naming the problem.
 */

/** The demo city's table, shipped with the subgraph; from src/ and dist/ alike. */
export const DEMO_ROUTING_TABLE_FILE = resolve(__dirname, '../../data/routing-table.json');

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug such as public-works');

/** The kinds of case (z.enum wants at least one). */
const KIND_VALUES = CASE_KINDS as [CaseKind, ...CaseKind[]];
const SUBJECT_CATEGORY_VALUES = [
  'city_service',
  'non_sworn_staff',
  'sworn_police',
  'sworn_fire',
  'charter_officer',
  'elected_official',
  'other_government',
  'private_business',
  'non_profit',
] as const;
/** The token roles of the specialist offices; such a role acts on its office's cases. */
export const OFFICE_ROLES = ['hr', 'opa', 'audit', 'title_vi_coordinator'] as const;

const priorityRule = z.object({
  serviceCodes: z.array(z.string().min(1)).default([]),
  kinds: z.array(z.enum(KIND_VALUES)).default([]),
});

const tableSchema = z.object({
  defaultDepartmentId: slug,
  departments: z
    .array(
      z.object({
        id: slug,
        name: z.string().min(1),
        headId: slug,
        primaryMonitorId: slug,
        backupMonitorId: slug,
        officeRole: z.enum(OFFICE_ROLES).optional(),
      }),
    )
    .min(1),
  staff: z.array(
    z.object({
      id: slug,
      name: z.string().min(1),
      departmentId: slug,
      role: z.enum(['HEAD', 'TEAM_LEADER', 'STAFF']),
    }),
  ),
  agencies: z.array(
    z.object({
      id: slug,
      name: z.string().min(1),
      kind: z.enum(['CITY_OFFICE', 'COUNTY', 'STATE', 'FEDERAL', 'OTHER']),
      contact: z.string().min(1),
      handles: z.string().min(1),
    }),
  ),
  services: z.record(z.string().min(1), slug),
  kindRules: z.array(
    z.object({
      kinds: z.array(z.enum(KIND_VALUES)).min(1),
      subjectCategories: z.array(z.enum(SUBJECT_CATEGORY_VALUES)).optional(),
      departmentId: slug,
      /** To the head of the service's department; `departmentId` when there is no service. */
      toDepartmentHead: z.boolean().optional(),
    }),
  ),
  outOfScope: z.object({
    subjectCategories: z.record(z.enum(SUBJECT_CATEGORY_VALUES), slug),
    exceptKinds: z.array(z.enum(KIND_VALUES)).default([]),
    closingDepartmentId: slug,
  }),
  priorities: z.object({ emergency: priorityRule, expedited: priorityRule }),
});

export type RoutingTable = z.infer<typeof tableSchema>;
export type DepartmentRow = RoutingTable['departments'][number];
export type StaffRow = RoutingTable['staff'][number];
export type AgencyRow = RoutingTable['agencies'][number];

/** The department of this id, if the table lists it. */
export function departmentOf(table: Pick<RoutingTable, 'departments'>, id: string) {
  return table.departments.find((row) => row.id === id);
}

/** The agency of this id, if the table lists it. */
export function agencyOf(table: Pick<RoutingTable, 'agencies'>, id: string) {
  return table.agencies.find((row) => row.id === id);
}

/** The member of staff of this id, if the table lists them. */
export function staffOf(table: Pick<RoutingTable, 'staff'>, id: string) {
  return table.staff.find((row) => row.id === id);
}

export class RoutingTableError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the routing table is not valid: ${problems.join('; ')}`);
    this.name = 'RoutingTableError';
  }
}

/** Checks the shape and that every id it refers to is defined in the table. */
export function parseRoutingTable(candidate: unknown): RoutingTable {
  const parsed = tableSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new RoutingTableError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(table)'} ${issue.message}`),
    );
  }
  const table = parsed.data;
  const problems: string[] = [];
  const departments = new Set(table.departments.map((d) => d.id));
  const agencies = new Set(table.agencies.map((a) => a.id));
  const staffById = new Map(table.staff.map((s) => [s.id, s]));
  const needDepartment = (id: string, where: string) => {
    if (!departments.has(id)) problems.push(`${where} names an unknown department "${id}"`);
  };
  needDepartment(table.defaultDepartmentId, 'defaultDepartmentId');
  needDepartment(table.outOfScope.closingDepartmentId, 'outOfScope.closingDepartmentId');
  table.staff.forEach((s, i) => needDepartment(s.departmentId, `staff[${i}].departmentId`));
  table.kindRules.forEach((r, i) => needDepartment(r.departmentId, `kindRules[${i}].departmentId`));
  for (const [code, id] of Object.entries(table.services)) needDepartment(id, `services.${code}`);
  for (const [category, id] of Object.entries(table.outOfScope.subjectCategories)) {
    if (!agencies.has(id))
      problems.push(`outOfScope.subjectCategories.${category} names an unknown agency "${id}"`);
  }
  table.departments.forEach((d, i) => {
    for (const key of ['headId', 'primaryMonitorId', 'backupMonitorId'] as const) {
      const member = staffById.get(d[key]);
      if (!member)
        problems.push(`departments[${i}].${key} names an unknown staff member "${d[key]}"`);
      else if (member.departmentId !== d.id) {
        problems.push(`departments[${i}].${key} names staff of another department`);
      }
    }
  });
  if (new Set(table.staff.map((s) => s.id)).size !== table.staff.length) {
    problems.push('staff ids must be unique');
  }
  if (departments.size !== table.departments.length) problems.push('department ids must be unique');
  if (agencies.size !== table.agencies.length) problems.push('agency ids must be unique');
  if (problems.length > 0) throw new RoutingTableError(problems);
  return table;
}

export function loadRoutingTable(file: string): RoutingTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new RoutingTableError([`cannot read the file ${file}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RoutingTableError([`${file} is not JSON`]);
  }
  return parseRoutingTable(json);
}
