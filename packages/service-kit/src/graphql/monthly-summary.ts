import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * One line of an office's monthly summary to the Mayor and Council (docs/domain.md §4, §6, §8):
 * allowable information only, so counts by category and status, never a name.
 */
@Directive('@shareable') // HR, OPA and Internal Audit report the same shape
@ObjectType({ description: 'How many cases of one category had one status in one month.' })
export class MonthlySummaryRow {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field()
  category!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  count!: number;
}

/** The months a summary covers, both included. */
@ArgsType()
export class MonthRangeArgs {
  @Field({ description: 'The first month, YYYY-MM.' })
  fromMonth!: string;

  @Field({ description: 'The last month, YYYY-MM, included.' })
  toMonth!: string;
}

/** The rows of a summary, from a query's month, category, status and count columns. */
export function monthlySummaryRows(
  rows: readonly { month: string; category: string; status: string; count: number | string }[],
): MonthlySummaryRow[] {
  return rows.map((row) =>
    Object.assign(new MonthlySummaryRow(), {
      month: row.month,
      category: row.category,
      status: row.status,
      count: Number(row.count),
    }),
  );
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
  /** The first day of the first month and of the month after the last, YYYY-MM-DD. */
  readonly months: { readonly start: string; readonly end: string };
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
  const rows = await em.execute<
    { month: string; category: string; status: string; count: string }[]
  >(
    `select to_char(${time} at time zone ?, 'YYYY-MM') as month,
            ${category} as category, ${status} as status, count(*) as count
       from ${table}
      where ${time} >= (?::date::timestamp at time zone ?)
        and ${time} < (?::date::timestamp at time zone ?)
      group by 1, 2, 3
      order by 1, 2, 3`,
    [timeZone, ...params, months.start, timeZone, months.end, timeZone],
  );
  return monthlySummaryRows(rows);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const SUMMARY_MAX_MONTHS = 36;

/**
 * `fromMonth`..`toMonth` ("YYYY-MM", both included) as a half-open UTC range
 * [start of fromMonth, start of the month after toMonth).
 */
export function monthRange(
  fromMonth: string,
  toMonth: string,
): { from: Date; to: Date; start: string; end: string } {
  const from = MONTH.exec(fromMonth);
  if (!from) throw badUserInput('fromMonth', 'must be a month written YYYY-MM');
  const to = MONTH.exec(toMonth);
  if (!to) throw badUserInput('toMonth', 'must be a month written YYYY-MM');
  const start = Date.UTC(Number(from[1]), Number(from[2]) - 1, 1);
  const end = Date.UTC(Number(to[1]), Number(to[2]), 1);
  if (end <= start) throw badUserInput('toMonth', 'must not be before fromMonth');
  const months = (Number(to[1]) - Number(from[1])) * 12 + Number(to[2]) - Number(from[2]) + 1;
  if (months > SUMMARY_MAX_MONTHS) {
    throw badUserInput('toMonth', `a summary covers at most ${SUMMARY_MAX_MONTHS} months`);
  }
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: new Date(start), to: new Date(end), start: day(start), end: day(end) };
}
