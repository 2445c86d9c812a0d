import { isUuid } from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Case } from './case.entity';

/**
 * Cases by id for one request: every id asked for in the same tick (a list of references from
 * the gateway, nested fields) becomes ONE `select ... where id in (...)`. Results come back in
 * the order of the keys, null for an id that is not a case.
 */
export function createCaseLoader(em: EntityManager): DataLoader<string, Case | null> {
  return new DataLoader<string, Case | null>(
    async (ids) => {
      const wellFormed = [...new Set(ids.filter(isUuid))];
      const found = wellFormed.length === 0 ? [] : await em.find(Case, { id: { $in: wellFormed } });
      const byId = new Map(found.map((entity) => [entity.id.toLowerCase(), entity]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    },
    { maxBatchSize: 500 },
  );
}
