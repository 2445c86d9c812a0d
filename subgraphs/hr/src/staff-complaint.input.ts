import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  HrActionKind,
  HrDisclosureDecision,
  HrStaffLevel,
  StaffComplaintCategory,
  StaffComplaintOutcome,
} from './staff-complaint.enums';

// Texts are `String!` but may still arrive blank or too long; the rules refuse them naming the
// field (BAD_USER_INPUT), so the schema and the rules say the same thing. The disclosure and
// its decision are nullable in the schema only so that leaving them out is answered with an
// error naming the field, not a generic validation failure.

@InputType('HrSubjectEmployeeInput', { description: 'The non-sworn employee complained about.' })
export class SubjectEmployeeInput {
  @Field()
  name!: string;

  @Field()
  jobTitle!: string;

  @Field({ description: 'Their department, as HR records it.' })
  department!: string;
}

@InputType('HrPersonInvolvedInput')
export class PersonInvolvedInput {
  @Field()
  name!: string;

  @Field({ description: 'Their role in the matter, e.g. witness, supervisor, complainant.' })
  role!: string;
}

@InputType('HrReviewInput', {
  description:
    "HR's review. The first one starts the review (hub status in_progress); a later one " +
    'replaces the reviewer, notes, levels and category. People listed are added to the file.',
})
export class HrReviewInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The HR reviewer responsible for the file.' })
  reviewer!: string;

  @Field()
  notes!: string;

  @Field(() => [HrStaffLevel], { description: 'The levels of staff HR works with on it.' })
  staffLevelsInvolved!: HrStaffLevel[];

  @Field(() => StaffComplaintCategory, {
    description: 'What the complaint is about; the monthly summary counts by it.',
  })
  category!: StaffComplaintCategory;

  @Field(() => SubjectEmployeeInput, {
    nullable: true,
    description: 'Left out: the employee on file (if any) stays.',
  })
  subjectEmployee?: SubjectEmployeeInput | null;

  @Field(() => [PersonInvolvedInput], { nullable: true })
  peopleInvolved?: PersonInvolvedInput[] | null;
}

@InputType('HrActionInput')
export class HrActionInput {
  @Field(() => HrActionKind)
  kind!: HrActionKind;

  @Field(() => String, { nullable: true })
  details?: string | null;
}

@InputType('HrFindingsInput')
export class HrFindingsInput {
  @Field(() => ID)
  caseId!: string;

  @Field()
  findings!: string;

  @Field(() => HrActionInput, {
    nullable: true,
    description: 'Any action taken; left out, the action on file (if any) stays.',
  })
  action?: HrActionInput | null;
}

@InputType('HrDisclosureInput', {
  description:
    'What employment law lets the reporter be told. FULL or PARTIAL: `text` is required and is ' +
    'exactly what the reporter receives; it may not name the subject employee or anyone ' +
    'involved. NONE: leave `text` out; the reporter receives the configured text saying the ' +
    'findings are protected by employment law.',
})
export class DisclosureInput {
  @Field(() => HrDisclosureDecision, { nullable: true, description: 'Required.' })
  decision?: HrDisclosureDecision | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@ArgsType()
export class CloseStaffComplaintArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => StaffComplaintOutcome)
  outcome!: StaffComplaintOutcome;

  @Field(() => DisclosureInput, { nullable: true, description: 'Required.' })
  disclosure?: DisclosureInput | null;
}

@ArgsType()
export class AddPersonInvolvedArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => PersonInvolvedInput)
  person!: PersonInvolvedInput;
}
