import { CaseStatus, releaseRestricted, requiresScopes } from '@hub/service-kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ObjectType } from 'type-graphql';
import type { PoliceReferralsContext } from './context';
import { OpaClassification, OpaDestination, OpaOutcome } from './opa-referral.enums';
import { REFERRAL_FIELD_READERS, type RestrictedReferralField } from './opa-referral.rules';

const OPA_ONLY_NOTE = 'RESTRICTED to role opa; every read, granted or refused, is logged.';

/**
 * A police conduct concern as referred to the OPA investigation section (or Fire Operations):
 * one per case. Where and when it went, and the hub status, are for whoever may see the
 * referral (Case.opaReferral checks that). Everything OPA reports (its number, classification,
 * words, finding) is OPA's alone: each such field is guarded here, nullable, so a refusal
 * nulls only that field and the rest of the answer arrives.
 */
@ObjectType('OpaReferral', {
  description:
    'The referral of a police conduct concern to OPA (or of sworn fire staff to Fire Operations).',
})
@Entity({ tableName: 'opa_referral' })
export class OpaReferral {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Field(() => OpaDestination)
  @Enum({ items: () => OpaDestination })
  destination!: OpaDestination;

  /** Routing's department it went to; also the agency named in its status changes. */
  @Property({ type: 'text' })
  departmentId!: string;

  @Field({ description: 'When routing forwarded the concern to the office.' })
  @Property({ type: 'timestamptz' })
  forwardedAt!: Date;

  @Field(() => CaseStatus, { description: 'The hub status the referral last recorded.' })
  @Enum({ items: () => CaseStatus })
  status!: CaseStatus;

  @Field(() => Date, { nullable: true, description: 'When OPA accepted it; null until then.' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When OPA closed it with an outcome.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  // OPA's details: stored here, served by the guarded fields below.

  @Property({ type: 'text', nullable: true, unique: true })
  opaNumber: string | null = null;

  @Enum({ items: () => OpaClassification, nullable: true })
  classification: OpaClassification | null = null;

  @Property({ type: 'text', nullable: true })
  agencyStatus: string | null = null;

  @Enum({ items: () => OpaOutcome, nullable: true })
  outcome: OpaOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  outcomeSummary: string | null = null;

  @Property({ type: 'text', nullable: true })
  disposition: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.opaNumber))
  @Field(() => String, {
    name: 'opaNumber',
    nullable: true,
    description: `The number OPA assigned when it accepted the referral. ${OPA_ONLY_NOTE}`,
  })
  async opaNumberField(@Ctx() context: PoliceReferralsContext): Promise<string | null> {
    await this.release(context, 'opaNumber');
    return this.opaNumber;
  }

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.classification))
  @Field(() => OpaClassification, {
    name: 'classification',
    nullable: true,
    description: `How OPA classified it. ${OPA_ONLY_NOTE}`,
  })
  async classificationField(
    @Ctx() context: PoliceReferralsContext,
  ): Promise<OpaClassification | null> {
    await this.release(context, 'classification');
    return this.classification;
  }

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.agencyStatus))
  @Field(() => String, {
    name: 'agencyStatus',
    nullable: true,
    description: `OPA's own word for the status, beside the hub's. ${OPA_ONLY_NOTE}`,
  })
  async agencyStatusField(@Ctx() context: PoliceReferralsContext): Promise<string | null> {
    await this.release(context, 'agencyStatus');
    return this.agencyStatus;
  }

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.outcome))
  @Field(() => OpaOutcome, {
    name: 'outcome',
    nullable: true,
    description: `OPA's finding. ${OPA_ONLY_NOTE}`,
  })
  async outcomeField(@Ctx() context: PoliceReferralsContext): Promise<OpaOutcome | null> {
    await this.release(context, 'outcome');
    return this.outcome;
  }

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.outcomeSummary))
  @Field(() => String, {
    name: 'outcomeSummary',
    nullable: true,
    description: `OPA's own summary of the outcome. ${OPA_ONLY_NOTE}`,
  })
  async outcomeSummaryField(@Ctx() context: PoliceReferralsContext): Promise<string | null> {
    await this.release(context, 'outcomeSummary');
    return this.outcomeSummary;
  }

  @Directive(requiresScopes(REFERRAL_FIELD_READERS.disposition))
  @Field(() => String, {
    name: 'disposition',
    nullable: true,
    description: `The text the reporter was sent when OPA closed it. ${OPA_ONLY_NOTE}`,
  })
  async dispositionField(@Ctx() context: PoliceReferralsContext): Promise<string | null> {
    await this.release(context, 'disposition');
    return this.disposition;
  }

  private release(context: PoliceReferralsContext, field: RestrictedReferralField): Promise<void> {
    return releaseRestricted(
      { caller: context.caller, accessLog: context.loaders.accessLog },
      this.caseId,
      `opaReferral.${field}`,
      REFERRAL_FIELD_READERS[field],
      `opaReferral.${field}: OPA's details are for OPA only`,
    );
  }
}
