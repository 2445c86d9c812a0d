import type { EntityManager } from '@mikro-orm/postgresql';
import type { CivilRightsSettings } from '../environment';
import { basesKey, fiscalYearOf, retentionExpired } from './retention.rules';

interface ClosedRow {
  case_id: string;
  program: string;
  bases: string[];
  closed_at: Date;
}

/**
 * Destroys the complaints whose retention ended by `asOf` (four years after the end of the
 * fiscal year they closed in), with their clocks, steps, referrals and allegations, and keeps
 * only how many there were by fiscal year, program and bases. One batch per transaction;
 * returns how many it destroyed. Rows another replica is purging are skipped, not waited for.
 */
export async function purgeExpiredBatch(
  em: EntityManager,
  settings: CivilRightsSettings,
  asOf: Date,
  batchSize = 200,
): Promise<number> {
  const { calendar, retention } = settings;
  const today = calendar.localDateOf(asOf);
  // Expiry always falls after closing + the retention years, so older rows are the only
  // candidates; oldest first, so the expired ones come before any that are not yet.
  const bound = new Date(asOf);
  bound.setUTCFullYear(bound.getUTCFullYear() - retention.retentionYears);
  return em.transactional(async (tx) => {
    const rows = await tx.execute<ClosedRow[]>(
      `select case_id, program, bases, closed_at from title_vi_complaint
        where closed_at is not null and closed_at <= ?
        order by closed_at
        limit ?
        for update skip locked`,
      [bound, batchSize],
    );
    const expired = rows.filter((row) =>
      retentionExpired(retention, calendar.localDateOf(new Date(row.closed_at)), today),
    );
    if (expired.length === 0) return 0;
    const counts = new Map<
      string,
      { fiscalYear: number; program: string; bases: string; count: number }
    >();
    for (const row of expired) {
      const fiscalYear = fiscalYearOf(
        calendar.localDateOf(new Date(row.closed_at)),
        retention.fiscalYearStartMonth,
      );
      const bases = basesKey(row.bases);
      const key = `${fiscalYear}|${row.program}|${bases}`;
      const entry = counts.get(key) ?? { fiscalYear, program: row.program, bases, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
    for (const entry of counts.values()) {
      await tx.execute(
        `insert into title_vi_retention_count (fiscal_year, program, bases_key, count)
         values (?, ?, ?, ?)
         on conflict (fiscal_year, program, bases_key)
         do update set count = title_vi_retention_count.count + excluded.count`,
        [entry.fiscalYear, entry.program, entry.bases, entry.count],
      );
    }
    const ids = JSON.stringify(expired.map((row) => row.case_id));
    // Clocks, steps, referrals, their decisions and allegations go with it (on delete cascade).
    await tx.execute(
      `delete from title_vi_complaint where case_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [ids],
    );
    await tx.execute(
      `delete from civil_rights_case where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [ids],
    );
    return expired.length;
  });
}

/** Every expired complaint, batch after batch. */
export async function purgeExpired(
  em: EntityManager,
  settings: CivilRightsSettings,
  asOf: Date,
): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await purgeExpiredBatch(em.fork(), settings, asOf);
    total += purged;
    if (purged === 0) return total;
  }
}
