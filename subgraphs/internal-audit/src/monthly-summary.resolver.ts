import { AllowRoles, monthlyCounts, monthRange, MonthlySummaryRow } from '@hub/service-kit';
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
    const { start, end } = monthRange(fromMonth, toMonth);
    return monthlyCounts(em, {
      table: 'audit_file',
      time: 'opened_at',
      category: 'coalesce(category, ?)',
      params: [UNASSESSED],
      status: 'file_status',
      months: { start, end },
      timeZone: 'UTC',
    });
  }
}
