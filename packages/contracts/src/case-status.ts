/**
 * The hub's one status vocabulary (docs/architecture.md "Events and the agencies' copies of
 * case status"). Every agency's own words (OPA's, FHWA's, ...) map onto it and travel beside it
 * as `agencyStatus`. The service kit registers it once as the GraphQL enum `CaseStatus`.
 */
export const CaseStatus = {
  RECEIVED: 'received',
  ACKNOWLEDGED: 'acknowledged',
  ROUTED: 'routed',
  ASSIGNED: 'assigned',
  IN_PROGRESS: 'in_progress',
  REFERRED: 'referred',
  AWAITING_INFORMATION: 'awaiting_information',
  RESOLVED: 'resolved',
  CLOSED: 'closed',
  WITHDRAWN: 'withdrawn',
  OUT_OF_JURISDICTION: 'out_of_jurisdiction',
  APPEALED: 'appealed',
  REOPENED: 'reopened',
} as const;

export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];

const S = CaseStatus;
/** Work is still going on: any of these may lead to any other working status or an ending. */
const WORKING = [
  S.ACKNOWLEDGED,
  S.ROUTED,
  S.ASSIGNED,
  S.IN_PROGRESS,
  S.REFERRED,
  S.AWAITING_INFORMATION,
] as const;
const ENDINGS = [S.RESOLVED, S.CLOSED, S.WITHDRAWN, S.OUT_OF_JURISDICTION] as const;

/**
 * Which status may follow which, checked by the writer before it emits. Readers apply whatever
 * arrives (a copy must converge even on a change its own writer would have refused).
 * A working status may repeat: a re-routing or a second referral is a new change.
 */
export const STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [S.RECEIVED]: [...WORKING, ...ENDINGS],
  [S.ACKNOWLEDGED]: [...WORKING, ...ENDINGS],
  [S.ROUTED]: [...WORKING, ...ENDINGS],
  [S.ASSIGNED]: [...WORKING, ...ENDINGS],
  [S.IN_PROGRESS]: [...WORKING, ...ENDINGS],
  [S.REFERRED]: [...WORKING, ...ENDINGS],
  [S.AWAITING_INFORMATION]: [...WORKING, ...ENDINGS],
  // A resolved case is closed, or reopened or appealed by the reporter.
  [S.RESOLVED]: [S.CLOSED, S.APPEALED, S.REOPENED],
  [S.CLOSED]: [S.APPEALED, S.REOPENED],
  [S.WITHDRAWN]: [S.REOPENED],
  [S.OUT_OF_JURISDICTION]: [S.REOPENED],
  // An appeal is heard (work again) and decided (an ending).
  [S.APPEALED]: [S.IN_PROGRESS, S.AWAITING_INFORMATION, S.RESOLVED, S.CLOSED],
  [S.REOPENED]: [...WORKING, ...ENDINGS],
};

export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);

export function isCaseStatus(word: unknown): word is CaseStatus {
  return typeof word === 'string' && (CASE_STATUSES as readonly string[]).includes(word);
}

/** A copy that has not heard of the case yet cannot object: the first word is always allowed. */
export function mayChangeStatus(from: CaseStatus | null, to: CaseStatus): boolean {
  return from === null || STATUS_TRANSITIONS[from].includes(to);
}
