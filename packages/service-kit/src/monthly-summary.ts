import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * One line of an office's monthly summary to the Mayor and Council (DOMAIN.md §4, §6, §8):
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

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const SUMMARY_MAX_MONTHS = 36;

/**
 * `fromMonth`..`toMonth` ("YYYY-MM", both included) as a half-open UTC range
 * [start of fromMonth, start of the month after toMonth).
 */
export function monthRange(fromMonth: string, toMonth: string): { from: Date; to: Date } {
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
  return { from: new Date(start), to: new Date(end) };
}
