import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { PersonInvolved } from './person-involved.entity';
import { StaffComplaint } from './staff-complaint.entity';

/*
 * Per request: every key asked for in the same tick becomes ONE query, and the results come
 * back in key order (null, or an empty list, for a key with nothing).
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH = { maxBatchSize: 500 };

export function createHrDataLoaders(em: EntityManager) {
  return {
    /** HR's file of each case; a malformed id is simply a case HR does not hold. */
    fileByCase: new DataLoader<string, StaffComplaint | null>(async (caseIds) => {
      const asked = [...new Set(caseIds.filter((id) => UUID.test(id)).map(lower))];
      const found =
        asked.length === 0 ? [] : await em.find(StaffComplaint, { caseId: { $in: asked } });
      const byCase = new Map(found.map((file) => [lower(file.caseId), file]));
      return caseIds.map((id) => byCase.get(lower(id)) ?? null);
    }, BATCH),
    peopleByCase: new DataLoader<string, PersonInvolved[]>(async (caseIds) => {
      const asked = [...new Set(caseIds.filter((id) => UUID.test(id)).map(lower))];
      const rows =
        asked.length === 0
          ? []
          : await em.find(PersonInvolved, { caseId: { $in: asked } }, { orderBy: { id: 'asc' } });
      const byCase = new Map<string, PersonInvolved[]>();
      for (const row of rows) {
        const key = lower(row.caseId);
        byCase.set(key, [...(byCase.get(key) ?? []), row]);
      }
      return caseIds.map((id) => byCase.get(lower(id)) ?? []);
    }, BATCH),
  };
}

function lower(id: string): string {
  return id.toLowerCase();
}

export type HrDataLoaders = ReturnType<typeof createHrDataLoaders>;
