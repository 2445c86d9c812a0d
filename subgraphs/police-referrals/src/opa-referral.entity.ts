import { CaseStatus } from '@hub/contracts';
import { Restricted, type RestrictedFieldRule } from '@hub/service-kit';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OpaClassification, OpaDestination, OpaOutcome } from './opa-referral.enums';
import {
  accessLogField,
  refusalOf,
  RESTRICTED_FIELD_READERS,
  type RestrictedField,
} from './opa-referral.rules';

const OPA_ONLY_NOTE = 'RESTRICTED to role opa; every read, granted or refused, is logged.';

/**
 * A police conduct concern as referred to the OPA investigation section (or Fire Operations):
 * one per case. Where and when it went, and the hub status, are for whoever may see the
 * referral (Case.opaReferral checks that). Everything OPA reports (its number, classification,
 * words, finding) is OPA's alone: each such field is guarded where it is declared
 * (@Restricted), nullable, so a refusal nulls only that field and the rest of the answer
 * arrives.
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

  // OPA's details: stored here, served by the restricted fields below.

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

  @Restricted(restricted('opaNumber'))
  @Field(() => String, {
    name: 'opaNumber',
    nullable: true,
    description: `The number OPA assigned when it accepted the referral. ${OPA_ONLY_NOTE}`,
  })
  opaNumberField(): string | null {
    return this.opaNumber;
  }

  @Restricted(restricted('classification'))
  @Field(() => OpaClassification, {
    name: 'classification',
    nullable: true,
    description: `How OPA classified it. ${OPA_ONLY_NOTE}`,
  })
  classificationField(): OpaClassification | null {
    return this.classification;
  }

  @Restricted(restricted('agencyStatus'))
  @Field(() => String, {
    name: 'agencyStatus',
    nullable: true,
    description: `OPA's own word for the status, beside the hub's. ${OPA_ONLY_NOTE}`,
  })
  agencyStatusField(): string | null {
    return this.agencyStatus;
  }

  @Restricted(restricted('outcome'))
  @Field(() => OpaOutcome, {
    name: 'outcome',
    nullable: true,
    description: `OPA's finding. ${OPA_ONLY_NOTE}`,
  })
  outcomeField(): OpaOutcome | null {
    return this.outcome;
  }

  @Restricted(restricted('outcomeSummary'))
  @Field(() => String, {
    name: 'outcomeSummary',
    nullable: true,
    description: `OPA's own summary of the outcome. ${OPA_ONLY_NOTE}`,
  })
  outcomeSummaryField(): string | null {
    return this.outcomeSummary;
  }

  @Restricted(restricted('disposition'))
  @Field(() => String, {
    name: 'disposition',
    nullable: true,
    description: `The text the reporter was sent when OPA closed it. ${OPA_ONLY_NOTE}`,
  })
  dispositionField(): string | null {
    return this.disposition;
  }
}

/** The gate of a restricted field of the referral: who reads it, its access-log name, its refusal. */
function restricted(field: RestrictedField): RestrictedFieldRule<OpaReferral> {
  return {
    readers: RESTRICTED_FIELD_READERS[field],
    caseIdOf: (referral) => referral.caseId,
    logAs: accessLogField(field),
    refusal: refusalOf(field),
  };
}
