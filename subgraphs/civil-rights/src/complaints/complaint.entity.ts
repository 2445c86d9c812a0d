import { ArrayType, Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, Int, ObjectType } from 'type-graphql';
import { TitleVIClock } from '../clocks/clock.entity';
import { TitleVIStepRecord } from '../clocks/step.entity';
import type { CivilRightsContext } from '../context';
import { formToSign } from '../filing/form-to-sign.rules';
import { TitleVIReferral } from '../referrals/referral.entity';
import { TitleVIRetaliationAllegation } from '../referrals/retaliation.entity';
import {
  TitleVIContact,
  TitleVIFiler,
  TitleVIOtherContact,
  TitleVIPriorComplaint,
  TitleVIRespondent,
  TitleVISignature,
} from './complaint-form.entity';
import { TitleVIBasis, TitleVIProgram, TitleVIReceivedVia, TitleVIStage } from './title-vi.enums';

// The Title VI complaint: the form, sections 1 to 5, and where the complaint stands. All of it
// is personal data: it is read only through `Case.titleVI` (coordinator, and an agency it was
// referred to) and the coordinator's log.

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
