import { CaseKind } from '@hub/contracts';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { Channel, PublicChannel, SubjectCategory } from './case.enums';
import { DEFAULT_DESCRIPTION_MAX_LENGTH } from './rules/description.rules';

// The checks live in rules/ (case-validation.rules.ts and the rule of each concern), which
// report every problem with its field at once; these classes only say what may be sent.

@InputType({ description: 'A street address, or GPS coordinates, or both.' })
export class LocationInput {
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: '-90 to 90; needs longitude.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '-180 to 180; needs latitude.' })
  longitude?: number | null;
}

@InputType({ description: 'Contact details, all optional: leave them all out to stay anonymous.' })
export class ReporterInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true })
  mailingAddress?: string | null;

  @Field(() => String, { nullable: true })
  bestTimeToContact?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'BCP 47 language tag (en, es, vi, zh-Hant, fr-CA, ...); English if not given.',
  })
  preferredLanguage?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Contact me about this (compliments and suggestions are answered only then).',
  })
  wantsContact?: boolean | null;
}

@InputType({
  description: 'A change of contact details: a field left out stays as it is, a null clears it.',
})
export class ReporterContactInput extends ReporterInput {}

@InputType({
  description:
    "A complaint on someone else's behalf. Needs that person's explicit consent, which is recorded.",
})
export class ThirdPartyInput {
  @Field()
  representedPersonName!: string;

  @Field(() => String, { nullable: true })
  relationship?: string | null;

  @Field({ description: 'Must be true: the represented person agreed to this complaint.' })
  consentGiven!: boolean;

  @Field({ description: 'How the consent was given, e.g. "signed form" or "in person".' })
  consentMethod!: string;
}

@InputType()
export class AttachmentInput {
  @Field({ description: 'An https:// URL.' })
  url!: string;

  @Field({ description: 'e.g. image/jpeg' })
  mediaType!: string;

  @Field({ description: 'SHA-256 of the file: 64 hexadecimal digits.' })
  sha256!: string;
}

// type-graphql inherits input fields only from a registered input type; it is not printed
// in the schema because no operation takes it.
@InputType('CaseDetailsInput')
abstract class CaseDetailsInput {
  @Field(() => CaseKind)
  kind!: CaseKind;

  @Field(() => SubjectCategory, { nullable: true })
  subjectCategory?: SubjectCategory | null;

  @Field(() => String, { nullable: true, description: 'The service type, e.g. an Open311 code.' })
  serviceCode?: string | null;

  @Field({
    description:
      'What happened, in any language, kept exactly as written. Not empty; at most ' +
      `HUB_DESCRIPTION_MAX_LENGTH characters (${DEFAULT_DESCRIPTION_MAX_LENGTH} by default).`,
  })
  description!: string;

  @Field(() => LocationInput, {
    nullable: true,
    description: 'Required for a SERVICE_REQUEST. Coordinates give the ward.',
  })
  location?: LocationInput | null;

  @Field(() => ReporterInput, { nullable: true })
  reporter?: ReporterInput | null;

  @Field(() => ThirdPartyInput, { nullable: true })
  onBehalfOf?: ThirdPartyInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who represents the complainant; never someone on excludedCompanions.',
  })
  representative?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'People who must never accompany or represent the complainant (safeguarding), e.g. an ' +
      'alleged perpetrator of abuse against them.',
  })
  excludedCompanions?: string[] | null;

  @Field(() => [AttachmentInput], { nullable: true })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'A report from the web form or the 311 app.' })
export class SubmitCaseInput extends CaseDetailsInput {
  @Field({
    description:
      'Chosen by the client (8 to 100 characters, e.g. a UUID) and sent again on every retry ' +
      'of the same report: the same key always returns the same case.',
  })
  idempotencyKey!: string;

  @Field(() => PublicChannel, { nullable: true, defaultValue: PublicChannel.WEB })
  channel?: PublicChannel | null;
}

@InputType({ description: 'A contact logged by an agent, a department or a council office.' })
export class LogCaseInput extends CaseDetailsInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => String, {
    nullable: true,
    description: 'The referring Mayor/Council office: required if and only if COUNCIL_OFFICE.',
  })
  councilOffice?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The department that received it: required if and only if DEPARTMENT.',
  })
  receivingDepartment?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the contact was received; now if left out; never in the future.',
  })
  receivedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Optional; as in submitCase, a retry with the same key returns the same case.',
  })
  idempotencyKey?: string | null;
}

// Argument lists as classes, so the schema lists them in this order.

@ArgsType()
export class UpdateReporterContactArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ReporterContactInput)
  contact!: ReporterContactInput;
}

@ArgsType()
export class WithdrawCaseArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'Why; at most 2000 characters. Goes to every agency holding the case.' })
  reason!: string;
}
