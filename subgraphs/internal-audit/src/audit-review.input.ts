import { Field, Float, ID, InputType } from 'type-graphql';
import { AllegationCategory, AuditOutcome, DisclosureDecision } from './audit-review.enums';

// Required texts are `String` (nullable) or `String!` and may still arrive blank; the rules
// refuse a missing or blank one with BAD_USER_INPUT naming the field, nothing saved.

@InputType({ description: 'The allegation as Internal Audit assessed it; may be revised.' })
export class AllegationAssessmentInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => AllegationCategory, { nullable: true, description: 'Required.' })
  category?: AllegationCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required: the allegation as Internal Audit records it.',
  })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required: the program or department concerned.',
  })
  programConcerned?: string | null;

  @Field(() => Float, { nullable: true, description: 'Optional: dollars and cents.' })
  estimatedAmount?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the reporter's identity is protected; left out, it stays as it is (true).",
  })
  identityProtected?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'A concern of retaliation, recorded in writing; left out, any earlier one stays.',
  })
  retaliationConcern?: string | null;
}

@InputType({ description: 'One dated step of the audit.' })
export class AddAuditStepInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Date, { description: 'When the step was taken; not in the future.' })
  takenAt!: Date;

  @Field(() => String, { nullable: true, description: 'Required: what was done.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Required: the staff id of who did it.' })
  staffId?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({ description: 'What the audit found; may be revised until the file closes.' })
export class RecordAuditFindingsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'Required.' })
  findings?: string | null;
}

@InputType({
  description:
    'Closes the file. What the reporter receives is decided here, apart from the findings.',
})
export class CloseAuditFileInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => AuditOutcome, { nullable: true, description: 'Required: the conclusion.' })
  outcome?: AuditOutcome | null;

  @Field(() => DisclosureDecision, {
    nullable: true,
    description:
      'Required: DISCLOSE_TEXT (with disclosableText) or RECEIPT_ONLY (the standard text).',
  })
  disclosure?: DisclosureDecision | null;

  @Field(() => String, {
    nullable: true,
    description: 'With DISCLOSE_TEXT: exactly what the reporter receives. No findings, no names.',
  })
  disclosableText?: string | null;
}
