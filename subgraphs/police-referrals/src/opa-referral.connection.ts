import { PAGE_SIZE, PageInfo } from '@hub/service-kit';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Case } from './case.entity';
import { OpaDestination } from './opa-referral.enums';

// OPA's queue as a Relay connection: open referrals, longest waiting first, keyset-paginated
// on (forwardedAt, caseId) so a page never skips or repeats a referral.

@InputType({ description: 'Every given criterion must hold.' })
export class OpaReferralQueueFilter {
  @Field(() => OpaDestination, { nullable: true })
  destination?: OpaDestination | null;
}

@ArgsType()
export class OpaReferralQueueArgs {
  @Field(() => OpaReferralQueueFilter, { nullable: true })
  filter?: OpaReferralQueueFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many referrals: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class OpaReferralEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType({ description: 'Open referrals, longest waiting first.' })
export class OpaReferralConnection {
  @Field(() => [OpaReferralEdge])
  edges!: OpaReferralEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for: a queue page alone is one query. */
  count!: () => Promise<number>;

  @Field(() => Int, { description: 'How many open referrals match, on all pages.' })
  async totalCount(): Promise<number> {
    return this.count();
  }
}
