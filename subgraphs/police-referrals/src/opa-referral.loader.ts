import { isUuid } from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { OpaReferral } from './opa-referral.entity';

/**
 * Police referrals' loaders, fresh for each request: every case asked for in the same tick
 * becomes ONE query, and the results come back in key order (null for a case with no
 * referral). Ids that are no UUID are no case's id and never reach PostgreSQL.
 */
export function createPoliceReferralsLoaders(em: EntityManager) {
  return {
    referralByCase: new DataLoader<string, OpaReferral | null>(
      async (caseIds) => {
        const asked = [...new Set(caseIds.filter(isUuid).map((id) => id.toLowerCase()))];
        const found =
          asked.length === 0 ? [] : await em.find(OpaReferral, { caseId: { $in: asked } });
        const byCase = new Map(found.map((row) => [row.caseId.toLowerCase(), row]));
        return caseIds.map((id) => byCase.get(id.toLowerCase()) ?? null);
      },
      { maxBatchSize: 500 },
    ),
  };
}

export type PoliceReferralsLoaders = ReturnType<typeof createPoliceReferralsLoaders>;
