import {
  AllowRoles,
  MonthlySummaryRow,
  monthlySummaryRows,
  monthRange,
  MonthRangeArgs,
} from '@hub/service-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { PoliceReferralsContext } from './context';
import type { OpaClassification, OpaDestination } from './opa-referral.enums';
import { SUMMARY_READERS, summaryCategoryOf } from './opa-referral.rules';

/**
 * The monthly summary to the Mayor and Council (docs/domain.md §5, §8): counts of referrals
 * by month forwarded, destination and classification, and status. Never a name, never an OPA
 * number. Its own query, not the kit's `monthlyCounts`: the category is made in code from two
 * columns, and a referral OPA has not classified yet sorts first.
 */
@Resolver()
export class MonthlySummaryResolver {
  @AllowRoles(...SUMMARY_READERS)
  @Query(() => [MonthlySummaryRow], {
    description:
      'The monthly summary for the Mayor and Council: referrals forwarded in each month (UTC) ' +
      'by destination and classification (category) and hub status. Counts only, never a name ' +
      'or an OPA number.',
  })
  async opaMonthlySummary(
    @Args(() => MonthRangeArgs) { fromMonth, toMonth }: MonthRangeArgs,
    @Ctx() { em }: PoliceReferralsContext,
  ): Promise<MonthlySummaryRow[]> {
    const { from, to } = monthRange(fromMonth, toMonth);
    const rows = await em.execute<
      {
        month: string;
        destination: OpaDestination;
        classification: OpaClassification | null;
        status: string;
        count: number;
      }[]
    >(
      `select to_char(forwarded_at at time zone 'UTC', 'YYYY-MM') as month,
              destination, classification, status, count(*)::int as count
         from opa_referral
        where forwarded_at >= ? and forwarded_at < ?
        group by 1, 2, 3, 4
        order by 1, 2, 3 nulls first, 4`,
      [from, to],
    );
    return monthlySummaryRows(
      rows.map(({ month, destination, classification, status, count }) => ({
        month,
        category: summaryCategoryOf(destination, classification),
        status,
        count,
      })),
    );
  }
}
