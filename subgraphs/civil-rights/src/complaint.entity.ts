import {
  ArrayType,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Ctx, Field, ID, Int, ObjectType } from 'type-graphql';
import { TitleVIClock } from './clock.entity';
import type { CivilRightsContext } from './context';
import { formToSign } from './filing.rules';
import { TitleVIReferral } from './referral.entity';
import { TitleVIRetaliationAllegation } from './retaliation.entity';
import { TitleVIStepRecord } from './step.entity';
import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
  TitleVIStage,
} from './title-vi.enums';

// The Title VI complaint form (RTC, FHWA and FTA alike), sections 1 to 5, and where the
// complaint stands. All of it is personal data: it is read only through `Case.titleVI`
// (coordinator, and an agency it was referred to) and the coordinator's log.

@Embeddable()
@ObjectType('TitleVIContact', { description: 'Section 1: how to reach the complainant.' })
export class TitleVIContact {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  state: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  zip: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Best time of day to be contacted.' })
  @Property({ type: 'text', nullable: true })
  bestTimeToContact: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email: string | null = null;
}

@Embeddable()
@ObjectType('TitleVIRespondent', {
  description: 'Section 2: who is alleged to have discriminated.',
})
export class TitleVIRespondent {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  organization: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  state: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  zip: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone: string | null = null;

  @Field(() => TitleVIRespondentKind, {
    description: 'A subrecipient, consultant or contractor is notified of the complaint.',
  })
  @Enum({ items: () => TitleVIRespondentKind })
  kind: TitleVIRespondentKind = TitleVIRespondentKind.OTHER;

  @Field(() => String, {
    nullable: true,
    description: 'The agency complained against, if any: it may never investigate the complaint.',
  })
  @Property({ type: 'text', nullable: true })
  agencyId: string | null = null;
}

@Embeddable()
@ObjectType('TitleVISignature', { description: 'Section 5: the signature.' })
export class TitleVISignature {
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  printedName: string | null = null;

  @Field(() => String, { nullable: true, description: 'A typed (electronic) signature.' })
  @Property({ type: 'text', nullable: true })
  signatureText: string | null = null;

  @Field({ description: 'A signed paper form was received (and is kept on file).' })
  @Property({ type: 'boolean' })
  signedPaperReceived: boolean = false;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  date: string | null = null;
}

@ObjectType('TitleVIOtherContact', {
  description: 'Section 3: someone else to contact for more information.',
})
export class TitleVIOtherContact {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String, { nullable: true })
  zip!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('TitleVIPriorComplaint', {
  description: 'Section 4: a complaint already made to another agency or a court.',
})
export class TitleVIPriorComplaint {
  @Field(() => String, { nullable: true })
  agencyOrCourt!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateFiled!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  result!: string | null;

  @Field(() => String, { nullable: true, description: 'Their complaint number.' })
  complaintNumber!: string | null;
}

@ObjectType('TitleVIFiler', {
  description: "Section 5: who filed a complaint on the complainant's behalf.",
})
export class TitleVIFiler {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String, { nullable: true })
  zip!: string | null;

  @Field(() => String, { nullable: true })
  homePhone!: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone!: string | null;

  @Field(() => String, { nullable: true })
  relationship!: string | null;
}

@ObjectType('TitleVIComplaint', {
  description: 'A Title VI complaint: the form, the gates it passed, its clocks and referrals.',
})
@Entity({ tableName: 'title_vi_complaint' })
export class TitleVIComplaint {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Field(() => TitleVIProgram)
  @Enum({ items: () => TitleVIProgram })
  program!: TitleVIProgram;

  @Field(() => TitleVIReceivedVia, { description: 'How the complaint was first made.' })
  @Enum({ items: () => TitleVIReceivedVia })
  receivedVia!: TitleVIReceivedVia;

  @Field(() => TitleVIStage)
  @Enum({ items: () => TitleVIStage })
  stage!: TitleVIStage;

  @Field({ description: 'When the office first received it (verbal or written): the filing date.' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the signed written complaint was received; its clocks count from here.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  signedReceivedAt: Date | null = null;

  @Field(() => TitleVIContact)
  @Embedded(() => TitleVIContact, { prefix: 'contact_' })
  contact: TitleVIContact = new TitleVIContact();

  @Field(() => [TitleVIBasis], { description: 'Race, color and/or national origin.' })
  @Property({ type: ArrayType })
  bases!: TitleVIBasis[];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  basisExplanation: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The nature of the complaint, for FHWA's log (e.g. denied access to a hearing).",
  })
  @Property({ type: 'text', nullable: true })
  natureOfComplaint: string | null = null;

  @Field({ description: 'Date of the alleged act, YYYY-MM-DD.' })
  @Property({ type: 'date' })
  incidentDate!: string;

  @Field({ description: 'The alleged discrimination is still going on.' })
  @Property({ type: 'boolean' })
  incidentOngoing: boolean = false;

  @Field(() => TitleVIRespondent)
  @Embedded(() => TitleVIRespondent, { prefix: 'respondent_' })
  respondent: TitleVIRespondent = new TitleVIRespondent();

  @Field({ description: 'What happened, who was involved, how others were treated.' })
  @Property({ type: 'text' })
  narrative!: string;

  @Field(() => String, { nullable: true, description: 'Section 3: the remedy sought.' })
  @Property({ type: 'text', nullable: true })
  remedySought: string | null = null;

  @Field(() => [TitleVIOtherContact])
  @Property({ type: 'json' })
  otherContacts: TitleVIOtherContact[] = [];

  @Field(() => [TitleVIPriorComplaint])
  @Property({ type: 'json' })
  priorComplaints: TitleVIPriorComplaint[] = [];

  @Field(() => Boolean, { nullable: true, description: 'An attorney is retained for this.' })
  @Property({ type: 'boolean', nullable: true })
  attorneyRetained: boolean | null = null;

  @Field(() => TitleVISignature)
  @Embedded(() => TitleVISignature, { prefix: 'signature_' })
  signature: TitleVISignature = new TitleVISignature();

  @Field()
  @Property({ type: 'boolean' })
  filedOnOwnBehalf: boolean = true;

  @Field(() => TitleVIFiler, { nullable: true })
  @Property({ type: 'json', nullable: true })
  filer: TitleVIFiler | null = null;

  @Field(() => Int, { description: 'Calendar days from the alleged act to the filing date.' })
  @Property({ type: 'integer' })
  daysAfterIncident!: number;

  @Field({
    description: 'Filed after the filing window: flagged for the coordinator, not refused.',
  })
  @Property({ type: 'boolean' })
  lateFiling: boolean = false;

  @Field(() => Boolean, {
    nullable: true,
    description: "The coordinator's review of a late filing: accepted, dismissed, or not yet.",
  })
  @Property({ type: 'boolean', nullable: true })
  lateFilingAccepted: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'The agency investigating it.' })
  @Property({ type: 'text', nullable: true })
  investigatorAgencyId: string | null = null;

  @Field({ description: 'A retaliation allegation was recorded: the investigator is told.' })
  @Property({ type: 'boolean' })
  retaliationAlleged: boolean = false;

  @Field(() => String, { nullable: true, description: 'How it ended, in words.' })
  @Property({ type: 'text', nullable: true })
  disposition: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  dispositionAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  investigationCompletedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it closed: retention counts from the end of that fiscal year.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** The coordinator who filed it (token subject). */
  @Property({ type: 'text' })
  filedBy!: string;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'FHWA, verbal: the form filled in with what was said, to send to the complainant to ' +
      'correct and sign (JSON). Null once the signed form is recorded.',
  })
  formToSign(): string | null {
    if (
      this.stage !== TitleVIStage.AWAITING_SIGNED_COMPLAINT ||
      this.receivedVia !== TitleVIReceivedVia.VERBAL
    ) {
      return null;
    }
    return formToSign(this.caseId, {
      ...this,
      bases: this.bases,
      contact: { ...this.contact },
      respondent: { ...this.respondent },
      signature: { ...this.signature },
    });
  }

  @Field(() => [TitleVIClock], { description: 'Each clock, nearest due first.' })
  clocks(@Ctx() { loaders }: CivilRightsContext): Promise<TitleVIClock[]> {
    return loaders.clocksByCase.load(this.caseId);
  }

  @Field(() => [TitleVIReferral])
  referrals(@Ctx() { loaders }: CivilRightsContext): Promise<TitleVIReferral[]> {
    return loaders.referralsByCase.load(this.caseId);
  }

  @Field(() => [TitleVIStepRecord], { description: 'The procedure steps recorded, oldest first.' })
  steps(@Ctx() { loaders }: CivilRightsContext): Promise<TitleVIStepRecord[]> {
    return loaders.stepsByCase.load(this.caseId);
  }

  @Field(() => [TitleVIRetaliationAllegation])
  retaliationAllegations(
    @Ctx() { loaders }: CivilRightsContext,
  ): Promise<TitleVIRetaliationAllegation[]> {
    return loaders.allegationsByCase.load(this.caseId);
  }
}
