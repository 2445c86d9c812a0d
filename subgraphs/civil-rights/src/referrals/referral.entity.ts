import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, ObjectType } from 'type-graphql';
import type { CivilRightsContext } from '../context';
import { ReferralDecision } from '../complaints/title-vi.enums';

/** What a referred agency decided, in its own words. Rows are only inserted. */
@ObjectType('TitleVIReferralDecision')
@Entity({ tableName: 'title_vi_referral_decision' })
export class TitleVIReferralDecisionRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  referralId!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'The agency that decided.' })
  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => ReferralDecision)
  @Enum({ items: () => ReferralDecision })
  decision!: ReferralDecision;

  @Field({ description: "The agency's text: its reasons, or its handler's name and contact." })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { nullable: true, description: "The agency's own word for the status." })
  @Property({ type: 'text', nullable: true })
  agencyStatus: string | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  decidedAt!: Date;

  @Field({ description: 'Who recorded it (token subject).' })
  @Property({ type: 'text' })
  decidedBy!: string;
}

/** A complaint sent to an external agency; one row per agency, several at once allowed. */
@ObjectType('TitleVIReferral')
@Entity({ tableName: 'title_vi_referral' })
export class TitleVIReferral {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: "The agency's id, as in the routing table's agencies." })
  @Property({ type: 'text' })
  agencyId!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  referredAt!: Date;

  @Field({ description: 'Who referred it (token subject).' })
  @Property({ type: 'text' })
  referredBy!: string;

  @Field(() => [TitleVIReferralDecisionRecord], { description: 'Oldest first.' })
  decisions(@Ctx() { loaders }: CivilRightsContext): Promise<TitleVIReferralDecisionRecord[]> {
    return loaders.decisionsByReferral.load(this.id);
  }
}
