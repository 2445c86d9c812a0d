import { CaseStatus } from '@hub/contracts';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, ObjectType } from 'type-graphql';
import type { RoutingContext } from '../context';
import { Agency } from '../departments/department.entity';
import { AgencyReferralProgram, AgencyReferralState } from './agency-referral.enums';

/**
 * A case referred to an external agency, as that agency works it: one row per (case, agency).
 * Deliberately not a `Case`: an agency that could follow a Case reference through the
 * supergraph would reach intake's fields (reporter, description). It sees the case id and
 * the minimal facts below, never personal data of the reporter.
 */
@ObjectType({
  description:
    'A case referred to an external agency: the case id and minimal facts, never the reporter.',
})
@Entity({ tableName: 'agency_referral' })
export class AgencyReferral {
  @Field(() => ID, { description: 'The referral (the id in case.referred.v1).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'text' })
  agencyId!: string;

  @Field(() => AgencyReferralProgram)
  @Enum({ items: () => AgencyReferralProgram })
  program!: AgencyReferralProgram;

  @Field(() => AgencyReferralState)
  @Enum({ items: () => AgencyReferralState })
  state: AgencyReferralState = AgencyReferralState.PENDING;

  @Field(() => String, {
    nullable: true,
    description: "The case's kind in intake's words (e.g. civil_rights), if routing holds it.",
  })
  @Property({ type: 'text', nullable: true })
  kind: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the city received the case.' })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null = null;

  @Field()
  @Property({ type: 'timestamptz' })
  referredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the agency accepted or declined it.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  /** Who in the agency decided (token subject); kept, not shown. */
  @Property({ type: 'text', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the agency declined it.' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The agency's own word for where the case stands, kept beside the hub status.",
  })
  @Property({ type: 'text', nullable: true })
  agencyStatus: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  agencyStatusAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  @Field(() => Agency, { nullable: true })
  async agency(@Ctx() { loaders }: RoutingContext): Promise<Agency | null> {
    return loaders.agencyById.load(this.agencyId);
  }

  @Field(() => CaseStatus, {
    nullable: true,
    description: "The case's hub status, from routing's converged copy of every agency's changes.",
  })
  async caseStatus(@Ctx() { statusCopies }: RoutingContext): Promise<CaseStatus | null> {
    return statusCopies.status(this.caseId);
  }
}
