import {
  AllowRoles,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
} from '@hub/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RoutingContext } from '../context';
import {
  AgencyReferralConnection,
  AgencyReferralQueueArgs,
  DeclineAgencyReferralArgs,
  decodeAgencyReferralCursor,
  encodeAgencyReferralCursor,
  RecordAgencyStatusArgs,
} from './agency-referral.connection';
import { AgencyReferral } from './agency-referral.entity';
import { EXTERNAL_AGENCY } from './agency-referral.rules';
import {
  acceptReferral,
  agencyOfCaller,
  declineReferral,
  recordAgencyStatus,
} from './agency-referral.service';

/** External agencies: the cases referred to the agency their token names, and nothing else. */
@Resolver(() => AgencyReferral)
export class AgencyReferralResolver {
  @AllowRoles(EXTERNAL_AGENCY)
  @Query(() => AgencyReferralConnection, {
    description:
      "The caller's agency's referrals (the agency comes from the token), newest first: " +
      'case id and minimal facts, never the reporter.',
  })
  async agencyReferralQueue(
    @Args(() => AgencyReferralQueueArgs) { state, first, after }: AgencyReferralQueueArgs,
    @Ctx() context: RoutingContext,
  ): Promise<ConnectionPage<AgencyReferral>> {
    const agencyId = agencyOfCaller(context);
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeAgencyReferralCursor);
    const where: FilterQuery<AgencyReferral> = state ? { agencyId, state } : { agencyId };
    const rows = await context.em.find(
      AgencyReferral,
      position
        ? {
            $and: [
              where,
              {
                $or: [
                  { referredAt: { $lt: position.referredAt } },
                  { referredAt: position.referredAt, id: { $lt: position.id } },
                ],
              },
            ],
          }
        : where,
      { orderBy: [{ referredAt: QueryOrder.DESC }, { id: QueryOrder.DESC }], limit: size + 1 },
    );
    return Object.assign(
      new AgencyReferralConnection(),
      pageOf(rows, size, encodeAgencyReferralCursor, position !== null),
    );
  }

  @AllowRoles(EXTERNAL_AGENCY)
  @Mutation(() => AgencyReferral, {
    description:
      'The agency takes the case on: publishes referral.decided.v1 (accepted). Twice is CONFLICT.',
  })
  async acceptAgencyReferral(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() context: RoutingContext,
  ): Promise<AgencyReferral> {
    return acceptReferral(context, caseId);
  }

  @AllowRoles(EXTERNAL_AGENCY)
  @Mutation(() => AgencyReferral, {
    description:
      'The agency declines the case, with a reason: publishes referral.decided.v1 (dismissed).',
  })
  async declineAgencyReferral(
    @Args(() => DeclineAgencyReferralArgs) { caseId, reason }: DeclineAgencyReferralArgs,
    @Ctx() context: RoutingContext,
  ): Promise<AgencyReferral> {
    return declineReferral(context, caseId, reason);
  }

  @AllowRoles(EXTERNAL_AGENCY)
  @Mutation(() => AgencyReferral, {
    description:
      'An accepted referral: the hub status and the agency’s own word, published as ' +
      'case.status-changed.v1 under the agency; a transition the hub refuses is CONFLICT.',
  })
  async recordAgencyStatus(
    @Args(() => RecordAgencyStatusArgs) args: RecordAgencyStatusArgs,
    @Ctx() context: RoutingContext,
  ): Promise<AgencyReferral> {
    return recordAgencyStatus(context, args);
  }
}
