// The model of one case's status copy. Every agency keeps its own copy, fed by events that may
// arrive in any order, more than once, or replayed. The copy is a last-writer-wins register plus
// a history that is a set keyed by event id; both depend only on WHICH changes were seen, never
// on the order they came in, so all copies converge. `applyStatusChanges` (apply.ts) is the
// same rule in one SQL statement; status-copy.merge.test.ts holds the two to the same answers.
import { compareHlc, parseHlc } from '../time/hlc';

export interface StatusChange {
  /** The event's id (UUIDv7); the deduplication key. */
  readonly eventId: string;
  /** Hub status word, e.g. 'received', 'in_progress'. */
  readonly status: string;
  /** Formatted HLC of the change. */
  readonly hlc: string;
  /** Jurisdiction or agency id that made the change. */
  readonly origin: string;
  readonly occurredAt: string;
  /** The agency's own status word, kept beside the hub's. */
  readonly agencyStatus?: string | null;
  /** Never personal data: every agency's copy keeps it. */
  readonly reason?: string | null;
  /** Who may read agencyStatus and reason (roles); null: whoever may read the history. */
  readonly readers?: readonly string[] | null;
}

export interface StatusCopy<Change extends StatusChange = StatusChange> {
  readonly current: Change | null;
  /** Deduplicated by eventId, sorted by compareStatusChanges; the last entry is `current`. */
  readonly history: readonly Change[];
}

export const emptyStatusCopy: StatusCopy = Object.freeze({
  current: null,
  history: Object.freeze([]),
});

// Code-unit order, not localeCompare: the order must be the same on every machine.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Total order: by HLC, then origin (two jurisdictions can stamp the same HLC), then eventId
 * so that even two changes from one origin at one HLC have a fixed order.
 */
export function compareStatusChanges(a: StatusChange, b: StatusChange): number {
  return (
    compareHlc(a.hlc, b.hlc) || compareText(a.origin, b.origin) || compareText(a.eventId, b.eventId)
  );
}

/** Returns `copy` itself when the change's eventId is already known. */
export function mergeStatusChange<Change extends StatusChange>(
  copy: StatusCopy<Change>,
  change: Change,
): StatusCopy<Change> {
  // Checked even when there is nothing to compare with yet, so a bad event is refused the
  // same way on every copy instead of only on those that already hold a change.
  parseHlc(change.hlc);
  // A known eventId is a redelivery or a replay of the same event, so the first copy stands.
  // This relies on an event id naming exactly one payload, as the outbox guarantees.
  if (copy.history.some((seen) => seen.eventId === change.eventId)) return copy;

  const history = [...copy.history];
  // Scan from the end: events mostly arrive in order, so the change usually goes last.
  let at = history.length;
  while (at > 0 && compareStatusChanges(history[at - 1]!, change) > 0) at -= 1;
  history.splice(at, 0, change);

  return { current: history[history.length - 1]!, history };
}

export function mergeStatusChanges<Change extends StatusChange>(
  copy: StatusCopy<Change>,
  changes: Iterable<Change>,
): StatusCopy<Change> {
  let merged = copy;
  for (const change of changes) merged = mergeStatusChange(merged, change);
  return merged;
}
