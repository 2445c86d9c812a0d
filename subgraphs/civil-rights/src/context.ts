import { isUuid } from '@hub/contracts';
import type { RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { TitleVIClock } from './clocks/clock.entity';
import { TitleVIStepRecord } from './clocks/step.entity';
import { Case } from './complaints/case.entity';
import { TitleVIComplaint } from './complaints/complaint.entity';
import type { CivilRightsSettings } from './environment';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referrals/referral.entity';
import { TitleVIRetaliationAllegation } from './referrals/retaliation.entity';

/** What each request gets beside the kit's context (settings, access log): fresh loaders. */
export interface CivilRightsLoaders extends ReturnType<typeof dataLoadersOf> {
  /** One "now" per request, so every clock in one answer is judged at the same instant. */
  readonly now: Date;
}

export type CivilRightsContext = RequestContext<CivilRightsLoaders, CivilRightsSettings>;

export function createCivilRightsLoaders(em: EntityManager): CivilRightsLoaders {
  return { ...dataLoadersOf(em), now: new Date() };
}

/*
 * Per request: every key asked for in the same tick becomes ONE query, and the results come
 * back in key order (null, or an empty list, for a key with nothing).
 */

const BATCH = { maxBatchSize: 500 };

/** The ids worth asking the database for: well-formed, each once, in lower case. */
function askedOf(keys: readonly string[]): string[] {
  return [...new Set(keys.filter(isUuid).map((key) => key.toLowerCase()))];
}

function byKey<T>(
  find: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const asked = askedOf(keys);
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
    const asked = askedOf(keys);
    const rows = asked.length === 0 ? [] : await find(asked);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row).toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
  }, BATCH);
}

function dataLoadersOf(em: EntityManager) {
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
