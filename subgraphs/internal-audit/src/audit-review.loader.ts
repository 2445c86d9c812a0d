import { isUuid } from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AuditReview } from './audit-review.entity';
import { AuditStep } from './audit-step.entity';

/*
 * Internal Audit's loaders, fresh for each request: every key asked for in the same tick
 * becomes ONE query, and the results come back in key order (null, or an empty list, for a
 * key with nothing). Ids that are not UUIDs are no case's id and never reach PostgreSQL,
 * which would refuse them.
 */

const BATCH = { maxBatchSize: 500 };

export function createAuditLoaders(em: EntityManager) {
  return {
    fileByCase: new DataLoader<string, AuditReview | null>(async (caseIds) => {
      const asked = [...new Set(caseIds.filter(isUuid).map((id) => id.toLowerCase()))];
      const found =
        asked.length === 0 ? [] : await em.find(AuditReview, { caseId: { $in: asked } });
      const byCase = new Map(found.map((file) => [file.caseId.toLowerCase(), file]));
      return caseIds.map((id) => byCase.get(id.toLowerCase()) ?? null);
    }, BATCH),
    stepsByCase: new DataLoader<string, AuditStep[]>(async (caseIds) => {
      const asked = [...new Set(caseIds.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows =
        asked.length === 0
          ? []
          : await em.find(
              AuditStep,
              { caseId: { $in: asked } },
              { orderBy: [{ caseId: 'asc' }, { takenAt: 'asc' }, { id: 'asc' }] },
            );
      const byCase = new Map<string, AuditStep[]>();
      for (const row of rows) {
        const key = row.caseId.toLowerCase();
        byCase.set(key, [...(byCase.get(key) ?? []), row]);
      }
      return caseIds.map((id) => byCase.get(id.toLowerCase()) ?? []);
    }, BATCH),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
