import {
  MonthlySummaryRow,
  monthRange,
  pageOf,
  pageSizeOf,
  positionAfter,
  requiresScopes,
} from '@hub/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { Args, Authorized, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { PoliceReferralsContext } from './context';
import {
  OpaReferralConnection,
  OpaReferralQueueArgs,
  type OpaReferralQueueFilter,
} from './opa-referral.connection';
import { OpaReferral } from './opa-referral.entity';
import type { OpaClassification, OpaDestination } from './opa-referral.enums';
import {
  AcceptOpaReferralArgs,
  OpaMonthlySummaryArgs,
  RecordOpaOutcomeArgs,
  RecordOpaStatusArgs,
} from './opa-referral.input';
import {
  decodeQueueCursor,
  encodeQueueCursor,
  OPA_ONLY,
  QUEUE_READERS,
  SUMMARY_READERS,
  summaryCategoryOf,
  type QueuePosition,
} from './opa-referral.rules';
import { acceptOpaReferral, recordOpaOutcome, recordOpaStatus } from './opa-referral.service';

// Roles are checked here by @Authorized (the kit answers FORBIDDEN), with the rules' lists,
// and declared in the schema (@requiresScopes) from the same lists.

@Resolver(() => Case)
export class OpaReferralResolver {
  @Authorized(...OPA_ONLY)
  @Directive(requiresScopes(OPA_ONLY))
  @Mutation(() => Case, {
    description: 'OPA accepted the referral: its OPA number and classification. Twice is CONFLICT.',
  })
  async acceptOpaReferral(
    @Args(() => AcceptOpaReferralArgs) { caseId, opaNumber, classification }: AcceptOpaReferralArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return acceptOpaReferral(context, caseId, opaNumber, classification);
  }

  @Authorized(...OPA_ONLY)
  @Directive(requiresScopes(OPA_ONLY))
  @Mutation(() => Case, {
    description:
      "OPA's word for where the referral stands and the hub status it means; every agency's " +
      'copy of the case follows (with no OPA details).',
  })
  async recordOpaStatus(
    @Args(() => RecordOpaStatusArgs) { caseId, opaStatus, status }: RecordOpaStatusArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return recordOpaStatus(context, caseId, opaStatus, status);
  }

  @Authorized(...OPA_ONLY)
  @Directive(requiresScopes(OPA_ONLY))
  @Mutation(() => Case, {
    description:
      'OPA closed the referral: the case is CLOSED and the reporter is sent the disposition ' +
      '(case.completed.v1). Nothing can be recorded on it afterwards.',
  })
  async recordOpaOutcome(
    @Args(() => RecordOpaOutcomeArgs)
    { caseId, outcome, disposition, summary }: RecordOpaOutcomeArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return recordOpaOutcome(context, caseId, { outcome, disposition, summary });
  }

  @Authorized(...QUEUE_READERS)
  @Directive(requiresScopes(QUEUE_READERS))
  @Query(() => OpaReferralConnection, {
    description: "OPA's queue: open referrals, longest waiting first.",
  })
  async opaReferralQueue(
    @Args(() => OpaReferralQueueArgs) { filter, first, after }: OpaReferralQueueArgs,
    @Ctx() { em, loaders }: PoliceReferralsContext,
  ): Promise<OpaReferralConnection> {
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeQueueCursor);
    const where = queueFilterOf(filter ?? null);
    const rows = await em.find(
      OpaReferral,
      position ? { $and: [where, afterPosition(position)] } : where,
      { orderBy: [{ forwardedAt: QueryOrder.ASC }, { caseId: QueryOrder.ASC }], limit: size + 1 },
    );
    // The page's referrals are already here: the nodes' opaReferral fields need no query.
    for (const row of rows) loaders.referralByCase.prime(row.caseId, row);
    const page = pageOf(rows, size, encodeQueueCursor, position !== null);
    return Object.assign(new OpaReferralConnection(), {
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.reference(node.caseId) })),
      pageInfo: page.pageInfo,
      count: () => em.fork().count(OpaReferral, where),
    });
  }

  @Authorized(...SUMMARY_READERS)
  @Directive(requiresScopes(SUMMARY_READERS))
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

function queueFilterOf(filter: OpaReferralQueueFilter | null): FilterQuery<OpaReferral> {
  const where: Record<string, unknown> = { closedAt: null };
  if (filter?.destination) where.destination = filter.destination;
  return where as FilterQuery<OpaReferral>;
}

/** Referrals after a position in the queue order (forwardedAt asc, caseId asc). */
function afterPosition(position: QueuePosition): FilterQuery<OpaReferral> {
  return {
    $or: [
      { forwardedAt: { $gt: position.forwardedAt } },
      { forwardedAt: position.forwardedAt, caseId: { $gt: position.caseId } },
    ],
  };
}
