import type { InputProblem } from '@hub/service-kit';
import { Priority } from '../cases/case.enums';
import type { AgencyRow, RoutingTable } from './routing-table';

/*
 * Where a case goes (docs/domain.md §2-3) and how urgent it is: plain functions of the routing
 * table and their inputs. No I/O. Messages name the field, never a submitted value. Who may see
 * and change a case is cases/case-access.rules.ts; its stages, cases/routing-stage.rules.ts.
 */

/** What routing knows of a case from `case.received.v1`. */
export interface CaseFacts {
  readonly kind: string;
  readonly subjectCategory: string | null;
  readonly serviceCode: string | null;
}

export type RoutingDecision =
  | {
      readonly type: 'route';
      readonly departmentId: string;
      readonly priority: Priority;
      /** Compliments and suggestions go to the department head in person. */
      readonly assignToHead: boolean;
      /** Which rule decided, for the history. */
      readonly rule: string;
    }
  | {
      readonly type: 'out_of_jurisdiction';
      readonly agencyId: string;
      /** The department that closes it and tells the reporter where to go. */
      readonly departmentId: string;
      readonly rule: string;
    };

/** The department of a service type; unknown or missing codes go to the default (311). */
export function departmentOfService(table: RoutingTable, serviceCode: string | null): string {
  return (serviceCode ? table.services[serviceCode] : undefined) ?? table.defaultDepartmentId;
}

/**
 * Out-of-scope subjects first (never dropped: closed with a referral), then the specialist
 * offices by kind (first matching rule wins), then the service type's department.
 */
export function decideRoute(table: RoutingTable, facts: CaseFacts): RoutingDecision {
  const { outOfScope } = table;
  const referralAgency = facts.subjectCategory
    ? outOfScope.subjectCategories[
        facts.subjectCategory as keyof typeof outOfScope.subjectCategories
      ]
    : undefined;
  if (referralAgency && !outOfScope.exceptKinds.includes(facts.kind as never)) {
    return {
      type: 'out_of_jurisdiction',
      agencyId: referralAgency,
      departmentId: outOfScope.closingDepartmentId,
      rule: `out of scope: ${facts.subjectCategory}`,
    };
  }
  const priority = priorityOf(table, facts);
  const kindRule = table.kindRules.find(
    (rule) =>
      rule.kinds.includes(facts.kind as never) &&
      (!rule.subjectCategories ||
        (facts.subjectCategory !== null &&
          rule.subjectCategories.includes(facts.subjectCategory as never))),
  );
  if (kindRule?.toDepartmentHead) {
    const serviceDepartment =
      facts.serviceCode !== null ? table.services[facts.serviceCode] : undefined;
    return {
      type: 'route',
      departmentId: serviceDepartment ?? kindRule.departmentId,
      priority,
      assignToHead: true,
      rule: `${facts.kind}: to the department head`,
    };
  }
  if (kindRule) {
    return {
      type: 'route',
      departmentId: kindRule.departmentId,
      priority,
      assignToHead: false,
      rule: `${facts.kind}${facts.subjectCategory ? ` (${facts.subjectCategory})` : ''}: specialist office`,
    };
  }
  const known = facts.serviceCode !== null && facts.serviceCode in table.services;
  return {
    type: 'route',
    departmentId: departmentOfService(table, facts.serviceCode),
    priority,
    assignToHead: false,
    rule: known ? `service type ${facts.serviceCode}` : 'unknown or no service type: 311',
  };
}

/** Emergency beats expedited; anything not listed is routine. */
export function priorityOf(table: RoutingTable, facts: CaseFacts): Priority {
  const listed = (rule: RoutingTable['priorities']['emergency']) =>
    (facts.serviceCode !== null && rule.serviceCodes.includes(facts.serviceCode)) ||
    rule.kinds.includes(facts.kind as never);
  if (listed(table.priorities.emergency)) return Priority.EMERGENCY;
  if (listed(table.priorities.expedited)) return Priority.EXPEDITED;
  return Priority.ROUTINE;
}

export function isUrgent(priority: Priority): priority is Priority.EXPEDITED | Priority.EMERGENCY {
  return priority !== Priority.ROUTINE;
}

/** What the reporter is told when the city cannot act: who can, and how to reach them. */
export function referralDisposition(
  agency: Pick<AgencyRow, 'name' | 'contact' | 'handles'>,
): string {
  return (
    `This matter is outside the city's jurisdiction, so we have closed it here. ` +
    `${agency.name} handles ${agency.handles}; please contact them: ${agency.contact}.`
  );
}

// --- input checks -------------------------------------------------------------------------

export const MAX_REASON = 2000;

/** A reason is required for every change by hand; it is kept in the history. */
export function validateReason(
  reason: string | null | undefined,
  field = 'reason',
): InputProblem[] {
  if (!reason || reason.trim() === '') {
    return [{ field, message: 'is required: say why, it is kept in the routing history' }];
  }
  if ([...reason].length > MAX_REASON) {
    return [{ field, message: `must be at most ${MAX_REASON} characters` }];
  }
  return [];
}
