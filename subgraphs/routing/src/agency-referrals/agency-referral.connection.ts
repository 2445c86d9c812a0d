import { CaseStatus } from '@hub/contracts';
import { Connection, PAGE_SIZE, decodeTimeIdCursor, encodeTimeIdCursor } from '@hub/service-kit';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { AgencyReferral } from './agency-referral.entity';
import { AgencyReferralState } from './agency-referral.enums';

// An agency's referral queue as a Relay connection: newest referral first, keyset-paginated on
// (referredAt, id) so a page never skips or repeats a referral.

@ArgsType()
export class AgencyReferralQueueArgs {
  @Field(() => AgencyReferralState, {
    nullable: true,
    description: 'Only referrals in this state.',
  })
  state?: AgencyReferralState | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many referrals: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ArgsType()
export class DeclineAgencyReferralArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'Why the agency declines it; kept with the referral.' })
  reason!: string;
}

@ArgsType()
export class RecordAgencyStatusArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStatus, { description: "The hub status the agency's word maps onto." })
  status!: CaseStatus;

  @Field({ description: "The agency's own word for it, kept beside the hub status." })
  agencyStatus!: string;

  @Field(() => String, {
    nullable: true,
    description: "Why; every agency's copy keeps it, so never personal data.",
  })
  reason?: string | null;
}

export const AgencyReferralConnection = Connection(AgencyReferral, {
  name: 'AgencyReferralConnection',
  edgeName: 'AgencyReferralEdge',
  description: "An external agency's referrals, newest first.",
});

export interface AgencyReferralPosition {
  readonly referredAt: Date;
  readonly id: string;
}

/** Opaque to clients: where a page ended. */
export function encodeAgencyReferralCursor(position: AgencyReferralPosition): string {
  return encodeTimeIdCursor({ time: position.referredAt, id: position.id }, 'agency-referral');
}

export function decodeAgencyReferralCursor(cursor: string): AgencyReferralPosition | null {
  const position = decodeTimeIdCursor(cursor, { tag: 'agency-referral' });
  return position ? { referredAt: position.time!, id: position.id } : null;
}
