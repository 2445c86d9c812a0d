import { AllowRoles, monthRange, MonthlySummaryRow } from '@hub/service-kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SUMMARY_READERS, UNASSESSED } from './audit-review.rules';
import type { AuditContext } from './context';

/**
 * The monthly summary to the Mayor and Council (docs/domain.md §6, §8): information allowable
 * under employment and whistleblower law only. Counts by category, file status and month
 * opened; never a name, never the program concerned, never any text of a file: a program
 * named beside a small count could point at the one person who reported it.
 */
@Resolver()
export class MonthlySummaryResolver {
  @AllowRoles(...SUMMARY_READERS)
  @Query(() => [MonthlySummaryRow], {
    description:
      'Files opened from fromMonth to toMonth (YYYY-MM, both included, UTC months), counted by category (fraud, waste, abuse, unassessed) and status. Counts only.',
  })
  async auditMonthlySummary(
    @Arg('fromMonth') fromMonth: string,
    @Arg('toMonth') toMonth: string,
    @Ctx() { em }: AuditContext,
  ): Promise<MonthlySummaryRow[]> {
    const { from, to } = monthRange(fromMonth, toMonth);
    const rows = await em.execute<{ month: string; category: string; status: string; n: string }[]>(
      `select to_char(opened_at at time zone 'UTC', 'YYYY-MM') as month,
              coalesce(category, ?) as category, file_status as status, count(*) as n
         from audit_file
        where opened_at >= ? and opened_at < ?
        group by 1, 2, 3
        order by 1, 2, 3`,
      [UNASSESSED, from, to],
    );
    return rows.map((row) =>
      Object.assign(new MonthlySummaryRow(), {
        month: row.month,
        category: row.category,
        status: row.status,
        count: Number(row.n),
      }),
    );
  }
}
