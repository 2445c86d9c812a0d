import {
  AllowRoles,
  Connection,
  keysetPage,
  PageArgs,
  type ConnectionPage,
} from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { PoliceReferralsContext } from './context';
import { OpaReferral } from './opa-referral.entity';
import { OpaDestination } from './opa-referral.enums';
import { OPA_ONLY } from './opa-referral.rules';

// OPA's queue as a Relay connection: open referrals, longest waiting first, keyset-paginated
// on (forwardedAt, caseId) so a page never skips or repeats a referral.

export const OpaReferralConnection = Connection(Case, {
  name: 'OpaReferralConnection',
  edgeName: 'OpaReferralEdge',
  description: 'Open referrals, longest waiting first.',
  countDescription: 'How many open referrals match, on all pages.',
});

@InputType({ description: 'Every given criterion must hold.' })
export class OpaReferralQueueFilter {
  @Field(() => OpaDestination, { nullable: true })
  destination?: OpaDestination | null;
}

@ArgsType()
export class OpaReferralQueueArgs {
  @Field(() => OpaReferralQueueFilter, { nullable: true })
  filter?: OpaReferralQueueFilter | null;
}

@Resolver()
export class QueueResolver {
  @AllowRoles(...OPA_ONLY)
  @Query(() => OpaReferralConnection, {
    description: "OPA's queue: open referrals, longest waiting first.",
  })
  async opaReferralQueue(
    // The schema lists the arguments of these parameters last to first (parameter decorators
    // run right to left): `filter`, then the page's `first` and `after`.
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Args(() => OpaReferralQueueArgs) { filter }: OpaReferralQueueArgs,
    @Ctx() { em, loaders }: PoliceReferralsContext,
  ): Promise<ConnectionPage<Case>> {
    const page = await keysetPage(
      em,
      OpaReferral,
      { time: 'forwardedAt', id: 'caseId', direction: 'asc' },
      () => queueFilterOf(filter ?? null),
      { first, after },
    );
    // The page's referrals are already here: the nodes' opaReferral needs no second query.
    for (const { node } of page.edges) loaders.referralByCase.prime(node.caseId, node);
    return Object.assign(new OpaReferralConnection(), {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
    });
  }
}

function queueFilterOf(filter: OpaReferralQueueFilter | null): FilterQuery<OpaReferral> {
  const where: Record<string, unknown> = { closedAt: null };
  if (filter?.destination) where.destination = filter.destination;
  return where as FilterQuery<OpaReferral>;
}
