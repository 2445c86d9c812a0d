import {
  assertNoProblems,
  MonthlySummaryRow,
  pageOf,
  pageSizeOf,
  positionAfter,
  requiresScopes,
} from '@hub/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { HrContext } from './context';
import { HrFileStatus, UNCATEGORIZED } from './hr.enums';
import {
  AddPersonInvolvedArgs,
  CloseStaffComplaintArgs,
  HrFindingsInput,
  HrReviewInput,
  MonthlySummaryArgs,
} from './staff-complaint.input';
import {
  decodeCursor,
  encodeCursor,
  HrQueueArgs,
  HrQueueConnection,
  type QueuePosition,
} from './staff-complaint.connection';
import { StaffComplaint } from './staff-complaint.entity';
import { checkMonthRange, SUMMARY_READERS } from './staff-complaint.rules';
import {
  addPersonInvolved,
  closeStaffComplaint,
  recordHrFindings,
  recordHrReview,
} from './staff-complaint.service';

/** Without a status asked for, the queue is the work still to do. */
const OPEN_WORK = [HrFileStatus.OPEN, HrFileStatus.IN_REVIEW];

@Resolver(() => StaffComplaint)
export class StaffComplaintResolver {
  @Authorized('hr')
  @Directive(requiresScopes(['hr']))
  @Query(() => HrQueueConnection, {
    description: "Role hr: HR's files, oldest first; by default the open work.",
  })
  async hrQueue(
    @Args(() => HrQueueArgs) { first, after, status }: HrQueueArgs,
    @Ctx() { em }: HrContext,
  ): Promise<HrQueueConnection> {
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeCursor);
    const where: FilterQuery<StaffComplaint> = { status: status ? status : { $in: OPEN_WORK } };
    const files = await em.find(
      StaffComplaint,
      position ? { $and: [where, afterPosition(position)] } : where,
      { orderBy: [{ openedAt: QueryOrder.ASC }, { caseId: QueryOrder.ASC }], limit: size + 1 },
    );
    const page = pageOf(files, size, (file) => encodeCursor(file), position !== null);
    return Object.assign(new HrQueueConnection(), {
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId, node) })),
      pageInfo: page.pageInfo,
      count: () => em.fork().count(StaffComplaint, where),
    });
  }

  @Authorized(...SUMMARY_READERS)
  @Directive(requiresScopes(SUMMARY_READERS))
  @Query(() => [MonthlySummaryRow], {
    description:
      'Roles hr, council, analyst: the monthly summary to the Mayor and Council. How many ' +
      'staff complaints HR opened in each month (on the city calendar) of the range, by ' +
      "category (HR's, or 'uncategorized' before the review) and the file's status. Counts " +
      'only, never a name. Months as YYYY-MM, both included.',
  })
  async hrMonthlySummary(
    @Args(() => MonthlySummaryArgs) { fromMonth, toMonth }: MonthlySummaryArgs,
    @Ctx() { em, loaders }: HrContext,
  ): Promise<MonthlySummaryRow[]> {
    const { settings } = loaders;
    const { problems, range } = checkMonthRange(fromMonth, toMonth, settings.summaryMaxMonths);
    assertNoProblems(problems);
    // Month boundaries are midnights in the city's zone; the index on opened_at serves the range.
    const rows = await em.execute<{ month: string; category: string; status: string; n: string }[]>(
      `select to_char(opened_at at time zone ?, 'YYYY-MM') as month,
              coalesce(category, ?) as category, status, count(*) as n
         from staff_complaint
        where opened_at >= (?::date::timestamp at time zone ?)
          and opened_at < (?::date::timestamp at time zone ?)
        group by 1, 2, 3
        order by 1, 2, 3`,
      [
        settings.timeZone,
        UNCATEGORIZED,
        range!.start,
        settings.timeZone,
        range!.end,
        settings.timeZone,
      ],
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

  @Authorized('hr')
  @Directive(requiresScopes(['hr']))
  @Mutation(() => Case, {
    description:
      "Role hr: records HR's review; the first starts it (file IN_REVIEW, hub status " +
      'in_progress, agency human-resources).',
  })
  async recordHrReview(
    @Arg('input', () => HrReviewInput) input: HrReviewInput,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return recordHrReview(context, input);
  }

  @Authorized('hr')
  @Directive(requiresScopes(['hr']))
  @Mutation(() => Case, { description: 'Role hr: adds someone involved in the matter.' })
  async addPersonInvolved(
    @Args(() => AddPersonInvolvedArgs) { caseId, person }: AddPersonInvolvedArgs,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return addPersonInvolved(context, caseId, person);
  }

  @Authorized('hr')
  @Directive(requiresScopes(['hr']))
  @Mutation(() => Case, {
    description: "Role hr: HR's findings and any action taken, once the review has started.",
  })
  async recordHrFindings(
    @Arg('input', () => HrFindingsInput) input: HrFindingsInput,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return recordHrFindings(context, input);
  }

  @Authorized('hr')
  @Directive(requiresScopes(['hr']))
  @Mutation(() => Case, {
    description:
      'Role hr: closes the file with its outcome and what the reporter may be told. ' +
      'Publishes case.completed.v1 whose disposition is ONLY the disclosure text (NONE: the ' +
      'configured protected-findings text) and the hub status closed. Twice is CONFLICT.',
  })
  async closeStaffComplaint(
    @Args(() => CloseStaffComplaintArgs) args: CloseStaffComplaintArgs,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return closeStaffComplaint(context, args);
  }
}

function afterPosition(position: QueuePosition): FilterQuery<StaffComplaint> {
  return {
    $or: [
      { openedAt: { $gt: position.openedAt } },
      { openedAt: position.openedAt, caseId: { $gt: position.caseId } },
    ],
  };
}
