import {
  AllowRoles,
  assertNoProblems,
  MonthlySummaryRow,
  monthlyCounts,
  MonthRangeArgs,
} from '@hub/service-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { HrContext } from './context';
import { UNCATEGORIZED } from './staff-complaint.enums';
import { checkMonthRange, SUMMARY_READERS } from './staff-complaint.rules';

/**
 * The monthly summary to the Mayor and Council (docs/domain.md §4, §8): counts of HR's files
 * by month opened, category and status. Never a name: employment law protects the people.
 */
@Resolver()
export class MonthlySummaryResolver {
  @AllowRoles(...SUMMARY_READERS)
  @Query(() => [MonthlySummaryRow], {
    description:
      'Roles hr, council, analyst: the monthly summary to the Mayor and Council. How many ' +
      'staff complaints HR opened in each month (on the city calendar) of the range, by ' +
      "category (HR's, or 'uncategorized' before the review) and the file's status. Counts " +
      'only, never a name. Months as YYYY-MM, both included.',
  })
  async hrMonthlySummary(
    @Args(() => MonthRangeArgs) { fromMonth, toMonth }: MonthRangeArgs,
    @Ctx() { em, settings }: HrContext,
  ): Promise<MonthlySummaryRow[]> {
    // HR's own check: its limit is configured, and every problem is named at once.
    const { problems, range } = checkMonthRange(fromMonth, toMonth, settings.summaryMaxMonths);
    assertNoProblems(problems);
    return monthlyCounts(em, {
      table: 'staff_complaint',
      time: 'opened_at',
      category: 'coalesce(category, ?)',
      params: [UNCATEGORIZED],
      status: 'status',
      months: range!,
      timeZone: settings.timeZone,
    });
  }
}
