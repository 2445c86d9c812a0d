import {
  AllowRoles,
  Connection,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  PageArgs,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
  type TimeIdPosition,
} from '@hub/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
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
    const size = pageSizeOf(first);
    const position = positionAfter(after, (cursor) => decodeTimeIdCursor(cursor));
    const where = queueFilterOf(filter ?? null);
    const rows = await em.find(
      OpaReferral,
      position ? { $and: [where, afterPosition(position)] } : where,
      { orderBy: [{ forwardedAt: QueryOrder.ASC }, { caseId: QueryOrder.ASC }], limit: size + 1 },
    );
    // The page's referrals are already here: the nodes' opaReferral needs no second query.
    for (const row of rows) loaders.referralByCase.prime(row.caseId, row);
    const cursorOf = (row: OpaReferral) =>
      encodeTimeIdCursor({ time: row.forwardedAt, id: row.caseId });
    const page = pageOf(rows, size, cursorOf, position !== null);
    return Object.assign(new OpaReferralConnection(), {
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
      pageInfo: page.pageInfo,
      count: () => em.fork().count(OpaReferral, where),
    });
  }
}

function queueFilterOf(filter: OpaReferralQueueFilter | null): FilterQuery<OpaReferral> {
  const where: Record<string, unknown> = { closedAt: null };
  if (filter?.destination) where.destination = filter.destination;
  return where as FilterQuery<OpaReferral>;
}

/** Referrals after a position in the queue order (forwardedAt asc, caseId asc). */
function afterPosition(position: TimeIdPosition): FilterQuery<OpaReferral> {
  return {
    $or: [
      { forwardedAt: { $gt: position.time } },
      { forwardedAt: position.time, caseId: { $gt: position.id } },
    ],
  };
}
