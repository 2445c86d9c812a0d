import fc from 'fast-check';
import { formatHlc } from '../time/hlc';
import {
  emptyStatusCopy,
  mergeStatusChange,
  mergeStatusChanges,
  type StatusChange,
  type StatusCopy,
} from './merge.rules';

function change(overrides: Partial<StatusChange> & Pick<StatusChange, 'eventId'>): StatusChange {
  return {
    status: 'received',
    hlc: formatHlc({ wallMs: 1_763_900_000_000, counter: 0 }),
    origin: 'seattle',
    occurredAt: '2025-11-23T12:13:20.000Z',
    ...overrides,
  };
}

// A tiny space of clocks and origins, so that equal HLCs from different origins (and even
// from the same origin) come up often and the tie-breaks are exercised.
const changeArb: fc.Arbitrary<StatusChange> = fc.record({
  eventId: fc.uuid(),
  status: fc.constantFrom('received', 'routed', 'in_progress', 'referred', 'closed'),
  hlc: fc
    .record({
      wallMs: fc.integer({ min: 1_763_900_000_000, max: 1_763_900_000_002 }),
      counter: fc.integer({ min: 0, max: 2 }),
    })
    .map(formatHlc),
  origin: fc.constantFrom('seattle', 'king-county', 'wa-state'),
  occurredAt: fc.constantFrom('2025-11-23T12:13:20.000Z', '2025-11-23T12:13:21.000Z'),
  agencyStatus: fc.option(fc.constantFrom('OPEN', 'PENDING', 'DONE')),
  reason: fc.option(fc.string({ maxLength: 8 })),
});

// Written out again here rather than reusing compareStatusChanges, so the spec checks it.
function byHlcThenOriginThenEventId(a: StatusChange, b: StatusChange): number {
  const keyA = [a.hlc, a.origin, a.eventId];
  const keyB = [b.hlc, b.origin, b.eventId];
  for (let i = 0; i < keyA.length; i += 1) {
    if (keyA[i]! !== keyB[i]!) return keyA[i]! < keyB[i]! ? -1 : 1;
  }
  return 0;
}

const changesArb = fc.uniqueArray(changeArb, {
  minLength: 1,
  maxLength: 25,
  selector: (c) => c.eventId,
});

/** The same changes as a broker might deliver them: shuffled, some several times. */
function deliveryOf(changes: readonly StatusChange[]): fc.Arbitrary<StatusChange[]> {
  return fc
    .array(fc.constantFrom(...changes), { maxLength: changes.length * 2 })
    .chain((redeliveries) => {
      // Redeliveries are copies, as a deserialized event would be, not the same objects.
      const all = [...changes, ...redeliveries.map((c) => ({ ...c }))];
      return fc.shuffledSubarray(all, { minLength: all.length });
    });
}

const scenarioArb = changesArb.chain((changes) =>
  fc.record({
    changes: fc.constant(changes),
    deliveryA: deliveryOf(changes),
    deliveryB: deliveryOf(changes),
  }),
);

describe('the status copy converges', () => {
  it('every order and duplication of the same changes gives the same copy', () => {
    fc.assert(
      fc.property(scenarioArb, ({ deliveryA, deliveryB }) => {
        expect(mergeStatusChanges(emptyStatusCopy, deliveryA)).toEqual(
          mergeStatusChanges(emptyStatusCopy, deliveryB),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the copy equals the changes sorted by (hlc, origin, eventId), whatever the delivery', () => {
    fc.assert(
      fc.property(scenarioArb, ({ changes, deliveryA }) => {
        const sorted = [...changes].sort(byHlcThenOriginThenEventId);
        const expected: StatusCopy = { current: sorted[sorted.length - 1]!, history: sorted };
        expect(mergeStatusChanges(emptyStatusCopy, deliveryA)).toEqual(expected);
      }),
    );
  });

  it('merging the same changes again changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, ({ deliveryA, deliveryB }) => {
        const once = mergeStatusChanges(emptyStatusCopy, deliveryA);
        expect(mergeStatusChanges(once, deliveryB)).toEqual(once);
        for (const c of deliveryB) expect(mergeStatusChange(once, c)).toBe(once);
      }),
    );
  });

  it('history never holds an eventId twice and its last entry is the current status', () => {
    fc.assert(
      fc.property(scenarioArb, ({ deliveryA }) => {
        let copy = emptyStatusCopy;
        for (const c of deliveryA) {
          copy = mergeStatusChange(copy, c);
          const ids = copy.history.map((h) => h.eventId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(copy.current).toBe(copy.history[copy.history.length - 1]);
        }
      }),
    );
  });

  it('merging does not mutate the copy or the change it is given', () => {
    fc.assert(
      fc.property(scenarioArb, changeArb, ({ deliveryA }, extra) => {
        const copy = mergeStatusChanges(emptyStatusCopy, deliveryA);
        const before = structuredClone({ copy, extra });
        mergeStatusChange(copy, extra);
        expect({ copy, extra }).toEqual(before);
      }),
    );
  });
});

describe('the status copy, by example', () => {
  const received = change({ eventId: 'e1', status: 'received', hlc: '001763900000000-00000' });
  const inProgress = change({ eventId: 'e2', status: 'in_progress', hlc: '001763900005000-00000' });

  it('an empty copy has no current status and no history', () => {
    expect(emptyStatusCopy).toEqual({ current: null, history: [] });
  });

  it('a late-arriving older change goes into history but does not replace the current status', () => {
    const copy = mergeStatusChanges(emptyStatusCopy, [inProgress, received]);
    expect(copy.current).toBe(inProgress);
    expect(copy.history).toEqual([received, inProgress]);
  });

  it('a redelivered event is ignored and the same copy is returned', () => {
    const copy = mergeStatusChange(emptyStatusCopy, received);
    expect(mergeStatusChange(copy, { ...received })).toBe(copy);
  });

  it('two jurisdictions changing status at the same HLC are ordered by jurisdiction id', () => {
    const hlc = '001763900009000-00003';
    const bySeattle = change({ eventId: 'a', status: 'closed', hlc, origin: 'seattle' });
    const byCounty = change({ eventId: 'b', status: 'referred', hlc, origin: 'king-county' });
    expect(mergeStatusChanges(emptyStatusCopy, [bySeattle, byCounty]).current).toBe(bySeattle);
    expect(mergeStatusChanges(emptyStatusCopy, [byCounty, bySeattle]).current).toBe(bySeattle);
  });

  it('a change with a malformed HLC is refused, even by an empty copy', () => {
    const broken = change({ eventId: 'x', hlc: '1763900000000-0' });
    expect(() => mergeStatusChange(emptyStatusCopy, broken)).toThrow(/Malformed HLC/);
  });
});
