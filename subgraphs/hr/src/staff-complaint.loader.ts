import { isUuid } from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { PersonInvolved } from './person-involved.entity';
import { StaffComplaint } from './staff-complaint.entity';

/** HR's loaders, fresh for each request. */
export function createHrLoaders(em: EntityManager) {
  return {
    /** HR's file of each case; a malformed id is simply a case HR does not hold. */
    fileByCase: loaderByCase(
      (caseIds) => em.find(StaffComplaint, { caseId: { $in: caseIds } }),
      (files) => files[0] ?? null,
    ),
    /** The people involved of each case, in the order HR added them. */
    peopleByCase: loaderByCase(
      (caseIds) =>
        em.find(PersonInvolved, { caseId: { $in: caseIds } }, { orderBy: { id: 'asc' } }),
      (people) => people,
    ),
  };
}

export type HrLoaders = ReturnType<typeof createHrLoaders>;

/**
 * A loader of rows keyed by case id: every case asked for in the same tick is ONE query, and
 * each key gets `valueOf` its rows (none for a case without any), in key order. Ids that are
 * no UUID are no case's id and never reach PostgreSQL, which would refuse them.
 */
function loaderByCase<Row extends { readonly caseId: string }, Value>(
  find: (caseIds: string[]) => Promise<Row[]>,
  valueOf: (rows: Row[]) => Value,
): DataLoader<string, Value> {
  return new DataLoader<string, Value>(
    async (caseIds) => {
      const asked = [...new Set(caseIds.filter(isUuid).map(lower))];
      const rows = asked.length === 0 ? [] : await find(asked);
      const byCase = new Map<string, Row[]>();
      for (const row of rows) {
        const key = lower(row.caseId);
        byCase.set(key, [...(byCase.get(key) ?? []), row]);
      }
      return caseIds.map((id) => valueOf(byCase.get(lower(id)) ?? []));
    },
    { maxBatchSize: 500 },
  );
}

function lower(id: string): string {
  return id.toLowerCase();
}
