import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (IN_REVIEW); the database holds the values (in_review). Every name
// carries the office's prefix: the six subgraphs compose into one schema, and two subgraphs'
// enums of the same name would have to be identical.

/** Where HR's own file of a staff complaint stands (the hub status travels beside it). */
export enum HrFileStatus {
  /** Routed to HR; nobody has started the review yet. */
  OPEN = 'open',
  IN_REVIEW = 'in_review',
  CLOSED = 'closed',
  /** Routing sent the case elsewhere before HR closed it; the file stays on record. */
  TRANSFERRED = 'transferred',
}

/** What the complaint is about; HR sets it in its review. The monthly summary counts by it. */
export enum StaffComplaintCategory {
  CONDUCT = 'conduct',
  DISCOURTESY = 'discourtesy',
  DISCRIMINATION_OR_HARASSMENT = 'discrimination_or_harassment',
  PERFORMANCE = 'performance',
  MISUSE_OF_CITY_RESOURCES = 'misuse_of_city_resources',
  SAFETY = 'safety',
  OTHER = 'other',
}

/** The summary's word for a file HR has not categorised yet (no review recorded). */
export const UNCATEGORIZED = 'uncategorized';

/** The levels of staff HR works with on a complaint (docs/domain.md §4). */
export enum HrStaffLevel {
  SUPERVISOR = 'supervisor',
  MANAGER = 'manager',
  DEPARTMENT_HEAD = 'department_head',
  HR_DIRECTOR = 'hr_director',
  CITY_ATTORNEY = 'city_attorney',
  CITY_MANAGER = 'city_manager',
}

/** What HR did about the employee once it had its findings. */
export enum HrActionKind {
  NO_ACTION = 'no_action',
  COUNSELING = 'counseling',
  TRAINING = 'training',
  VERBAL_WARNING = 'verbal_warning',
  WRITTEN_WARNING = 'written_warning',
  SUSPENSION = 'suspension',
  DEMOTION = 'demotion',
  TERMINATION = 'termination',
  OTHER = 'other',
}

/** The values are the words of case.completed.v1's `outcome`. */
export enum StaffComplaintOutcome {
  UPHELD = 'upheld',
  NOT_UPHELD = 'not_upheld',
}

/** How much of the result employment law lets HR tell the reporter. */
export enum HrDisclosureDecision {
  FULL = 'full',
  PARTIAL = 'partial',
  /** The reporter receives the configured text saying the findings are protected. */
  NONE = 'none',
}

registerEnumType(HrFileStatus, {
  name: 'HrFileStatus',
  description: 'OPEN (not reviewed yet), IN_REVIEW, CLOSED, or TRANSFERRED (routed away).',
});
registerEnumType(StaffComplaintCategory, {
  name: 'StaffComplaintCategory',
  description: 'What a staff complaint is about, as HR categorised it.',
});
registerEnumType(HrStaffLevel, {
  name: 'HrStaffLevel',
  description: 'A level of staff HR works with on the complaint.',
});
registerEnumType(HrActionKind, {
  name: 'HrActionKind',
  description: 'The action taken about the employee, discipline included.',
});
registerEnumType(StaffComplaintOutcome, { name: 'StaffComplaintOutcome' });
registerEnumType(HrDisclosureDecision, {
  name: 'HrDisclosureDecision',
  description:
    'What employment law lets HR tell the reporter: FULL, PARTIAL, or NONE (a fixed text ' +
    'saying the findings are protected).',
});
