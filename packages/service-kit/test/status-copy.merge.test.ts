import { CASE_STATUSES } from '@hub/contracts';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import {
  applyStatusChanges,
  emptyStatusCopy,
  formatHlc,
  mergeStatusChanges,
  type AppliedStatusChange,
} from '../src';
import { openTestDatabase } from './support';

// The status merge that runs is SQL (`applyStatusChanges`, one statement per batch); the rule it
// must follow is the model (`mergeStatusChanges`), whose own spec proves it converges. Here both
// are fed the same deliveries (any order, repeats, equal clocks, several batches) and must leave
// the same copy: the same current status and the same history, column for column.

let orm: MikroORM;
const CASE_IDS = [
  '0190a1b2-0000-7000-8000-000000000001',
  '0190a1b2-0000-7000-8000-000000000002',
  '0190a1b2-0000-7000-8000-0000000000a3',
];

beforeAll(async () => {
  orm = await openTestDatabase('status-merge');
});

afterAll(async () => {
  await orm?.close(true);
});

/** Changes of a few cases in a tiny space of clocks and origins, so ties come up often. */
function changesArb(caseIds: readonly string[]): fc.Arbitrary<AppliedStatusChange[]> {
  const change: fc.Arbitrary<AppliedStatusChange> = fc.record({
    eventId: fc.uuid().map((id) => id.toLowerCase()),
    caseId: fc.constantFrom(...caseIds),
    status: fc.constantFrom(...CASE_STATUSES),
    agency: fc.constantFrom('routing', 'human-resources', 'wsdot-oecr'),
    agencyStatus: fc.option(fc.constantFrom('OPEN', 'Pending review', 'closed')),
    reason: fc.option(fc.constantFrom('duplicate', 'Out of scope', 'é')),
    readers: fc.option(fc.constantFrom(['opa'], ['hr', 'agent'], ['title_vi_coordinator'])),
    hlc: fc
      .record({
        wallMs: fc.integer({ min: 1_763_900_000_000, max: 1_763_900_000_001 }),
        counter: fc.integer({ min: 0, max: 1 }),
      })
      .map(formatHlc),
    // Upper and lower case, and punctuation: the order must be code-unit order everywhere.
    origin: fc.constantFrom('demo-city/routing', 'demo-city/Routing', 'demo-city/hr', 'B', 'a'),
    occurredAt: fc.constantFrom('2025-11-23T12:13:20.000Z', '2025-11-23T12:13:21.500Z'),
  });
  return fc.uniqueArray(change, { minLength: 1, maxLength: 30, selector: (c) => c.eventId });
}

/** The changes as a broker delivers them: shuffled, some several times, in several batches. */
function deliveryArb(changes: AppliedStatusChange[]): fc.Arbitrary<AppliedStatusChange[][]> {
  return fc
    .tuple(
      fc.shuffledSubarray(changes, { minLength: changes.length }),
      fc.array(fc.constantFrom(...changes), { maxLength: changes.length }),
      fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }),
    )
    .chain(([ordered, repeats, cuts]) =>
      fc
        .shuffledSubarray([...ordered, ...repeats.map((c) => ({ ...c }))], {
          minLength: ordered.length + repeats.length,
        })
        .map((all) => {
          const at = [...new Set(cuts.map((cut) => cut % (all.length + 1)))].sort((a, b) => a - b);
          const batches: AppliedStatusChange[][] = [];
          let from = 0;
          for (const to of [...at, all.length]) {
            batches.push(all.slice(from, to));
            from = to;
          }
          return batches;
        }),
    );
}

interface CopyRows {
  current: Record<string, unknown>[];
  history: Record<string, unknown>[];
}

async function readCopy(em: EntityManager, caseIds: readonly string[]): Promise<CopyRows> {
  const current = await em.execute(
    `select case_id, status, agency, agency_status, hlc, origin, event_id,
            to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as changed_at
       from case_status where case_id = any(?::uuid[]) order by case_id`,
    [`{${caseIds.join(',')}}`],
  );
  const history = await em.execute(
    `select event_id::text as event_id, case_id, status, agency, agency_status, reason, readers,
            hlc,
            origin, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            as occurred_at
       from case_status_history where case_id = any(?::uuid[])
      order by case_id, hlc, origin, event_id::text collate "C"`,
    [`{${caseIds.join(',')}}`],
  );
  return { current, history };
}

/** What the model says the rows must be, in the same shape and order. */
function modelCopy(delivered: readonly AppliedStatusChange[], caseIds: string[]): CopyRows {
  const current: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  for (const caseId of [...caseIds].sort()) {
    const copy = mergeStatusChanges(
      emptyStatusCopy,
      delivered.filter((change) => change.caseId === caseId),
    );
    if (!copy.current) continue;
    const last = copy.current as AppliedStatusChange;
    current.push({
      case_id: caseId,
      status: last.status,
      agency: last.agency,
      agency_status: last.agencyStatus ?? null,
      hlc: last.hlc,
      origin: last.origin,
      event_id: last.eventId,
      changed_at: last.occurredAt,
    });
    for (const entry of copy.history as readonly AppliedStatusChange[]) {
      history.push({
        event_id: entry.eventId,
        case_id: caseId,
        status: entry.status,
        agency: entry.agency,
        agency_status: entry.agencyStatus ?? null,
        reason: entry.reason ?? null,
        readers: entry.readers ?? null,
        hlc: entry.hlc,
        origin: entry.origin,
        occurred_at: entry.occurredAt,
      });
    }
  }
  return { current, history };
}

describe('the SQL status merge', () => {
  it('leaves the copy the model leaves, for any delivery of the same changes in any batches', async () => {
    await fc.assert(
      fc.asyncProperty(changesArb(CASE_IDS).chain(deliveryArb), async (batches) => {
        // This schema is the test's own: each run starts from an empty copy.
        await orm.em.fork().execute('truncate case_status, case_status_history');
        for (const batch of batches) {
          await orm.em.fork().transactional((em) => applyStatusChanges(em, batch));
        }
        const stored = await readCopy(orm.em.fork(), CASE_IDS);
        expect(stored).toEqual(modelCopy(batches.flat(), CASE_IDS));
      }),
      { numRuns: 150 },
    );
  });
});
