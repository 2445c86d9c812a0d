import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Case, isCaseId } from './case.entity';
import { TitleVIClock } from './clock.entity';
import { TitleVIComplaint } from './complaint.entity';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referral.entity';
import { TitleVIRetaliationAllegation } from './retaliation.entity';
import { TitleVIStepRecord } from './step.entity';

/*
 * Per request: every key asked for in the same tick becomes ONE query, and the results come
 * back in key order (null, or an empty list, for a key with nothing).
 */

const BATCH = { maxBatchSize: 500 };

function byKey<T>(
  find: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  wellFormed: (key: string) => boolean = isCaseId,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const asked = [...new Set(keys.filter(wellFormed).map((key) => key.toLowerCase()))];
    const rows = asked.length === 0 ? [] : await find(asked);
    const map = new Map(rows.map((row) => [keyOf(row).toLowerCase(), row]));
    return keys.map((key) => map.get(key.toLowerCase()) ?? null);
  }, BATCH);
}

function grouped<T>(
  find: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const asked = [...new Set(keys.filter(isCaseId).map((key) => key.toLowerCase()))];
    const rows = asked.length === 0 ? [] : await find(asked);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row).toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
  }, BATCH);
}

export function createCivilRightsDataLoaders(em: EntityManager) {
  return {
    caseById: byKey(
      (ids) => em.find(Case, { id: { $in: ids } }),
      (row) => row.id,
    ),
    complaintByCase: byKey(
      (ids) => em.find(TitleVIComplaint, { caseId: { $in: ids } }),
      (row) => row.caseId,
    ),
    clocksByCase: grouped(
      (ids) =>
        em.find(
          TitleVIClock,
          { caseId: { $in: ids } },
          { orderBy: [{ dueAt: 'asc' }, { clock: 'asc' }] },
        ),
      (row) => row.caseId,
    ),
    referralsByCase: grouped(
      (ids) =>
        em.find(
          TitleVIReferral,
          { caseId: { $in: ids } },
          { orderBy: [{ referredAt: 'asc' }, { agencyId: 'asc' }] },
        ),
      (row) => row.caseId,
    ),
    decisionsByReferral: grouped(
      (ids) =>
        em.find(
          TitleVIReferralDecisionRecord,
          { referralId: { $in: ids } },
          { orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] },
        ),
      (row) => row.referralId,
    ),
    stepsByCase: grouped(
      (ids) => em.find(TitleVIStepRecord, { caseId: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (row) => row.caseId,
    ),
    allegationsByCase: grouped(
      (ids) =>
        em.find(
          TitleVIRetaliationAllegation,
          { caseId: { $in: ids } },
          { orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] },
        ),
      (row) => row.caseId,
    ),
  };
}

export type CivilRightsDataLoaders = ReturnType<typeof createCivilRightsDataLoaders>;
