import { AllowRoles, MonthlySummaryRow, monthRange } from '@hub/service-kit';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { PoliceReferralsContext } from './context';
import type { OpaClassification, OpaDestination } from './opa-referral.enums';
import { SUMMARY_READERS, summaryCategoryOf } from './opa-referral.rules';

@ArgsType()
export class OpaMonthlySummaryArgs {
  @Field({ description: 'The first month, YYYY-MM.' })
  fromMonth!: string;

  @Field({ description: 'The last month, YYYY-MM (included).' })
  toMonth!: string;
}

/**
 * The monthly summary to the Mayor and Council (docs/domain.md §5, §8): counts of referrals
 * by month forwarded, destination and classification, and status. Never a name, never an OPA
 * number.
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
    @Args(() => OpaMonthlySummaryArgs) { fromMonth, toMonth }: OpaMonthlySummaryArgs,
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
    return rows.map((row) =>
      Object.assign(new MonthlySummaryRow(), {
        month: row.month,
        category: summaryCategoryOf(row.destination, row.classification),
        status: row.status,
        count: Number(row.count),
      }),
    );
  }
}
