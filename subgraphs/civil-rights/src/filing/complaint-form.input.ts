import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
} from '../complaints/title-vi.enums';

// The checks live in form-validation.rules.ts, which reports every problem with its field at
// once; these classes only say what may be sent. Bases are strings, not an enum, so that a basis
// Title VI does not cover is answered with BAD_USER_INPUT naming `bases`, like every other
// problem, rather than a GraphQL validation error.

@InputType('TitleVIContactInput', { description: 'Section 1: how to reach the complainant.' })
export class TitleVIContactInput {
  @Field({ description: 'Required.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true })
  zip?: string | null;

  @Field(() => String, { nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true })
  bestTimeToContact?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('TitleVIRespondentInput', {
  description: 'Section 2: who discriminated; a name or an organization is required.',
})
export class TitleVIRespondentInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  organization?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true })
  zip?: string | null;

  @Field(() => String, { nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field(() => TitleVIRespondentKind, {
    nullable: true,
    description: 'Default OTHER. A subrecipient, consultant or contractor is notified in 15 days.',
  })
  kind?: TitleVIRespondentKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The agency complained against (e.g. city, wsdot-oecr): it will not investigate.',
  })
  agencyId?: string | null;
}

@InputType('TitleVIOtherContactInput', { description: 'Section 3: someone else to contact.' })
export class TitleVIOtherContactInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true })
  zip?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('TitleVIPriorComplaintInput', {
  description: 'Section 4: a complaint made to another agency or a court.',
})
export class TitleVIPriorComplaintInput {
  @Field()
  agencyOrCourt!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateFiled?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  @Field(() => String, { nullable: true })
  result?: string | null;

  @Field(() => String, { nullable: true })
  complaintNumber?: string | null;
}

@InputType('TitleVISignatureInput', {
  description:
    'Section 5. Signed = a typed signatureText or signedPaperReceived, with printedName and ' +
    'date. A verbal complaint carries none of it.',
})
export class TitleVISignatureInput {
  @Field(() => String, { nullable: true })
  printedName?: string | null;

  @Field(() => String, { nullable: true })
  signatureText?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  signedPaperReceived?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the incident.' })
  date?: string | null;
}

@InputType('TitleVIFilerInput', {
  description: "Section 5: the filer, when the complaint is filed on someone else's behalf.",
})
export class TitleVIFilerInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String, { nullable: true })
  zip?: string | null;

  @Field(() => String, { nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field()
  relationship!: string;
}

@InputType('TitleVIComplaintInput', { description: 'The Title VI complaint form, sections 1-5.' })
export class TitleVIComplaintInput {
  @Field(() => TitleVIProgram)
  program!: TitleVIProgram;

  @Field(() => TitleVIReceivedVia)
  receivedVia!: TitleVIReceivedVia;

  @Field(() => Date, {
    nullable: true,
    description: 'When the office received it; default now; not in the future.',
  })
  receivedAt?: Date | null;

  @Field(() => TitleVIContactInput)
  contact!: TitleVIContactInput;

  @Field(() => [String], {
    description: 'One or more of RACE, COLOR, NATIONAL_ORIGIN.',
  })
  bases!: string[];

  @Field(() => String, { nullable: true })
  basisExplanation?: string | null;

  @Field(() => String, { nullable: true, description: "For FHWA's log: the nature of it." })
  natureOfComplaint?: string | null;

  @Field({ description: 'The date of the alleged act, YYYY-MM-DD; not in the future.' })
  incidentDate!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  incidentOngoing?: boolean | null;

  @Field(() => TitleVIRespondentInput)
  respondent!: TitleVIRespondentInput;

  @Field({ description: 'What happened, who was involved, how others were treated.' })
  narrative!: string;

  @Field(() => String, { nullable: true })
  remedySought?: string | null;

  @Field(() => [TitleVIOtherContactInput], { nullable: true })
  otherContacts?: TitleVIOtherContactInput[] | null;

  @Field(() => [TitleVIPriorComplaintInput], { nullable: true })
  priorComplaints?: TitleVIPriorComplaintInput[] | null;

  @Field(() => Boolean, { nullable: true })
  attorneyRetained?: boolean | null;

  @Field(() => TitleVISignatureInput, { nullable: true })
  signature?: TitleVISignatureInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  filedOnOwnBehalf?: boolean | null;

  @Field(() => TitleVIFilerInput, { nullable: true })
  filer?: TitleVIFilerInput | null;
}

@ArgsType()
export class ReviewLateFilingArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'True: the complaint proceeds. False: it is dismissed as late.' })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: "The coordinator's reasons; kept here." })
  note?: string | null;
}
