import { AllowRoles, assertNoProblems, MonthlySummaryRow } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { HrContext } from './context';
import { UNCATEGORIZED } from './staff-complaint.enums';
import { checkMonthRange, SUMMARY_READERS, type MonthRange } from './staff-complaint.rules';

@ArgsType()
export class MonthlySummaryArgs {
  @Field({ description: 'The first month, YYYY-MM.' })
  fromMonth!: string;

  @Field({ description: 'The last month, YYYY-MM, included.' })
  toMonth!: string;
}

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
    @Args(() => MonthlySummaryArgs) { fromMonth, toMonth }: MonthlySummaryArgs,
    @Ctx() { em, settings }: HrContext,
  ): Promise<MonthlySummaryRow[]> {
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

/** What an office's monthly summary counts (SQL of its own table; no value of a caller's). */
export interface MonthlyCountsQuery {
  readonly table: string;
  /** The timestamptz column whose month a row is counted in. */
  readonly time: string;
  /** SQL of a row's category and of its status, in the summary's words. */
  readonly category: string;
  readonly status: string;
  /** The parameters of `category` (such as the word for a row without one). */
  readonly params?: readonly unknown[];
  readonly months: MonthRange;
  /** The calendar the months are on: month boundaries are midnights in this zone. */
  readonly timeZone: string;
}

/**
 * How many rows fall in each month of the range, by category and status, ordered by month,
 * category and status: the rows of an office's monthly summary. One query, which an index on
 * the time column serves.
 */
export async function monthlyCounts(
  em: EntityManager,
  { table, time, category, status, params = [], months, timeZone }: MonthlyCountsQuery,
): Promise<MonthlySummaryRow[]> {
  const rows = await em.execute<{ month: string; category: string; status: string; n: string }[]>(
    `select to_char(${time} at time zone ?, 'YYYY-MM') as month,
            ${category} as category, ${status} as status, count(*) as n
       from ${table}
      where ${time} >= (?::date::timestamp at time zone ?)
        and ${time} < (?::date::timestamp at time zone ?)
      group by 1, 2, 3
      order by 1, 2, 3`,
    [timeZone, ...params, months.start, timeZone, months.end, timeZone],
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
