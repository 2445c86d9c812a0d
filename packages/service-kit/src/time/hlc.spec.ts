import fc from 'fast-check';
import { compareHlc, formatHlc, HybridLogicalClock, parseHlc, type HlcTimestamp } from './hlc';

/** A wall clock the test moves by hand. */
function manualWallClock(startMs: number): { read: () => number; set: (ms: number) => void } {
  let now = startMs;
  return { read: () => now, set: (ms) => (now = ms) };
}

const timestampArb: fc.Arbitrary<HlcTimestamp> = fc.record({
  wallMs: fc.integer({ min: 0, max: 999_999_999_999_999 }),
  counter: fc.integer({ min: 0, max: 99_999 }),
});

describe('formatHlc / parseHlc', () => {
  it('writes 15 digits of milliseconds and 5 digits of counter', () => {
    expect(formatHlc({ wallMs: 1_763_900_000_000, counter: 7 })).toBe('001763900000000-00007');
  });

  it('parses what it formats', () => {
    fc.assert(fc.property(timestampArb, (t) => expect(parseHlc(formatHlc(t))).toEqual(t)));
  });

  it('orders formatted strings exactly as it orders clocks', () => {
    fc.assert(
      fc.property(timestampArb, timestampArb, (a, b) => {
        const [x, y] = [formatHlc(a), formatHlc(b)];
        const stringOrder = x === y ? 0 : x < y ? -1 : 1;
        expect(compareHlc(a, b)).toBe(stringOrder);
        expect(compareHlc(x, y)).toBe(stringOrder);
      }),
    );
  });

  it.each([
    '',
    '1763900000000-0',
    '001763900000000_00000',
    '00176390000000a-00000',
    ' 001763900000000-00000',
  ])('rejects malformed text %j with a message showing the expected form', (text) => {
    expect(() => parseHlc(text)).toThrow(/Malformed HLC .*expected 15 digits/);
  });

  it('refuses to format a counter that does not fit in 5 digits', () => {
    expect(() => formatHlc({ wallMs: 1, counter: 100_000 })).toThrow(RangeError);
  });
});

describe('HybridLogicalClock', () => {
  it('follows the wall clock when it moves forward', () => {
    const wall = manualWallClock(1_000);
    const clock = new HybridLogicalClock(wall.read);
    expect(clock.now()).toEqual({ wallMs: 1_000, counter: 0 });
    wall.set(2_000);
    expect(clock.now()).toEqual({ wallMs: 2_000, counter: 0 });
  });

  it('keeps counting up when the wall clock stands still or goes backwards', () => {
    const wall = manualWallClock(5_000);
    const clock = new HybridLogicalClock(wall.read);
    clock.now();
    expect(clock.now()).toEqual({ wallMs: 5_000, counter: 1 });
    wall.set(4_000);
    expect(clock.now()).toEqual({ wallMs: 5_000, counter: 2 });
  });

  it('puts a received timestamp before everything that happens after it', () => {
    const clock = new HybridLogicalClock(() => 1_000);
    const received = clock.receive('000000000001500-00004');
    expect(received).toEqual({ wallMs: 1_500, counter: 5 });
    expect(compareHlc(clock.now(), received)).toBe(1);
  });

  it('takes the larger counter when local and remote share the same wall time', () => {
    const clock = new HybridLogicalClock(() => 1_000);
    clock.receive({ wallMs: 1_200, counter: 3 });
    expect(clock.receive({ wallMs: 1_200, counter: 9 })).toEqual({ wallMs: 1_200, counter: 10 });
    expect(clock.receive({ wallMs: 1_200, counter: 1 })).toEqual({ wallMs: 1_200, counter: 11 });
  });

  it('ignores an older remote timestamp except for moving past it', () => {
    const clock = new HybridLogicalClock(() => 9_000);
    expect(clock.receive({ wallMs: 10, counter: 50 })).toEqual({ wallMs: 9_000, counter: 0 });
  });

  it('rejects a remote clock further ahead than the allowed drift, and stays usable', () => {
    const clock = new HybridLogicalClock(() => 1_000, 500);
    expect(() => clock.receive({ wallMs: 1_501, counter: 0 })).toThrow(
      /ahead of the local wall clock/,
    );
    expect(clock.receive({ wallMs: 1_500, counter: 0 })).toEqual({ wallMs: 1_500, counter: 1 });
  });

  it('throws on counter overflow instead of wrapping round, and stays monotonic after', () => {
    const clock = new HybridLogicalClock(() => 1_000);
    expect(clock.receive({ wallMs: 1_000, counter: 99_997 })).toEqual({
      wallMs: 1_000,
      counter: 99_998,
    });
    expect(clock.now()).toEqual({ wallMs: 1_000, counter: 99_999 });
    expect(() => clock.now()).toThrow(/counter overflow/);
    expect(() => clock.receive({ wallMs: 1_000, counter: 5 })).toThrow(/counter overflow/);
  });

  it('returns strictly increasing values for any mix of local events, receipts and clock jumps', () => {
    const stepArb = fc.oneof(
      fc.record({
        kind: fc.constant('tick' as const),
        wallMs: fc.integer({ min: 0, max: 10_000 }),
      }),
      fc.record({
        kind: fc.constant('receive' as const),
        wallMs: fc.integer({ min: 0, max: 10_000 }),
        remote: fc.record({
          wallMs: fc.integer({ min: 0, max: 10_050 }),
          counter: fc.integer({ min: 0, max: 1_000 }),
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 200 }), (steps) => {
        const wall = manualWallClock(0);
        const clock = new HybridLogicalClock(wall.read, 100);
        let previous: HlcTimestamp | undefined;
        for (const step of steps) {
          wall.set(step.wallMs);
          let next: HlcTimestamp;
          if (step.kind === 'tick') {
            next = clock.now();
          } else {
            if (step.remote.wallMs - step.wallMs > 100) {
              expect(() => clock.receive(step.remote)).toThrow();
              continue;
            }
            next = clock.receive(step.remote);
            expect(compareHlc(next, step.remote)).toBe(1);
          }
          expect(next.wallMs).toBeGreaterThanOrEqual(step.wallMs);
          if (previous) expect(compareHlc(next, previous)).toBe(1);
          previous = next;
        }
      }),
    );
  });
});
