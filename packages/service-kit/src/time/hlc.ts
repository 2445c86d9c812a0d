// Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014).
// Events carry an HLC so that every agency orders status changes the same way: it stays close
// to wall-clock time for people reading it, yet never goes backwards and always puts a
// received event before anything caused by it, even across machines whose clocks disagree.

export interface HlcTimestamp {
  readonly wallMs: number;
  readonly counter: number;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_WALL_MS = 10 ** WALL_DIGITS - 1;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const HLC_PATTERN = /^(\d{15})-(\d{5})$/;

function assertValidTimestamp(t: HlcTimestamp, what: string): void {
  if (!Number.isSafeInteger(t.wallMs) || t.wallMs < 0 || t.wallMs > MAX_WALL_MS) {
    throw new RangeError(
      `${what}.wallMs must be an integer from 0 to ${MAX_WALL_MS}, got ${String(t.wallMs)}`,
    );
  }
  if (!Number.isSafeInteger(t.counter) || t.counter < 0 || t.counter > MAX_COUNTER) {
    throw new RangeError(
      `${what}.counter must be an integer from 0 to ${MAX_COUNTER}, got ${String(t.counter)}`,
    );
  }
}

/** Fixed width, so comparing two formatted values as strings gives clock order. */
export function formatHlc(t: HlcTimestamp): string {
  assertValidTimestamp(t, 'HLC timestamp');
  return `${String(t.wallMs).padStart(WALL_DIGITS, '0')}-${String(t.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function parseHlc(text: string): HlcTimestamp {
  const match = HLC_PATTERN.exec(text);
  if (!match) {
    throw new Error(
      `Malformed HLC "${text}": expected ${WALL_DIGITS} digits of milliseconds, '-', ` +
        `${COUNTER_DIGITS} digits of counter, e.g. "001763900000000-00000"`,
    );
  }
  return { wallMs: Number(match[1]), counter: Number(match[2]) };
}

function toTimestamp(t: HlcTimestamp | string, what: string): HlcTimestamp {
  if (typeof t === 'string') return parseHlc(t);
  assertValidTimestamp(t, what);
  return t;
}

export function compareHlc(a: HlcTimestamp | string, b: HlcTimestamp | string): number {
  const x = toTimestamp(a, 'first HLC');
  const y = toTimestamp(b, 'second HLC');
  if (x.wallMs !== y.wallMs) return x.wallMs < y.wallMs ? -1 : 1;
  if (x.counter !== y.counter) return x.counter < y.counter ? -1 : 1;
  return 0;
}

export class HybridLogicalClock {
  private last: HlcTimestamp = { wallMs: 0, counter: 0 };

  constructor(
    readonly readWallClock: () => number = Date.now,
    readonly maxDriftMs = 60_000,
  ) {
    if (!Number.isFinite(maxDriftMs) || maxDriftMs < 0) {
      throw new RangeError(`maxDriftMs must be a non-negative number, got ${String(maxDriftMs)}`);
    }
  }

  /** Timestamp for a local event or a send. */
  now(): HlcTimestamp {
    const wall = this.physicalTime();
    const wallMs = Math.max(this.last.wallMs, wall);
    const counter = wallMs === this.last.wallMs ? this.last.counter + 1 : 0;
    return this.advanceTo(wallMs, counter);
  }

  /** Merges a remote timestamp on receipt; the result is after both it and everything local. */
  receive(remote: HlcTimestamp | string): HlcTimestamp {
    const other = toTimestamp(remote, 'remote HLC');
    const wall = this.physicalTime();
    // A remote far in the future would drag every later local timestamp with it, so it is
    // refused instead of merged: one machine's broken clock must not poison the others.
    if (other.wallMs - wall > this.maxDriftMs) {
      throw new Error(
        `Remote HLC ${formatHlc(other)} is ${other.wallMs - wall} ms ahead of the local wall ` +
          `clock; at most ${this.maxDriftMs} ms is accepted`,
      );
    }
    const local = this.last;
    const wallMs = Math.max(local.wallMs, other.wallMs, wall);
    let counter: number;
    if (wallMs === local.wallMs && wallMs === other.wallMs) {
      counter = Math.max(local.counter, other.counter) + 1;
    } else if (wallMs === local.wallMs) {
      counter = local.counter + 1;
    } else if (wallMs === other.wallMs) {
      counter = other.counter + 1;
    } else {
      counter = 0;
    }
    return this.advanceTo(wallMs, counter);
  }

  private physicalTime(): number {
    const wall = this.readWallClock();
    if (!Number.isFinite(wall) || wall < 0 || wall > MAX_WALL_MS) {
      throw new RangeError(`The wall clock returned ${String(wall)}, not a usable epoch ms`);
    }
    return Math.floor(wall);
  }

  // State changes only once the new value is known to be valid, so a failed call leaves the
  // clock as it was and the next call is still monotonic.
  private advanceTo(wallMs: number, counter: number): HlcTimestamp {
    if (counter > MAX_COUNTER) {
      throw new RangeError(
        `HLC counter overflow at wall time ${wallMs}: more than ${MAX_COUNTER} events in one ` +
          `millisecond, or the wall clock is stuck far behind the logical clock`,
      );
    }
    this.last = { wallMs, counter };
    return this.last;
  }
}
