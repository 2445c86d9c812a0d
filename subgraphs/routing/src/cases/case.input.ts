import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Outcome, Priority } from './case.enums';

// Reasons are `String!` but may still arrive blank; the service refuses a blank one naming
// the field, so the schema and the rule say the same thing.

@ArgsType()
export class RerouteCaseArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'The department of the routing table to send it to.' })
  departmentId!: string;

  @Field({ description: 'Why; required and kept in the routing history.' })
  reason!: string;
}

@ArgsType()
export class ChangePriorityArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Priority)
  priority!: Priority;

  @Field({ description: 'Why; required and kept in the routing history.' })
  reason!: string;
}

@ArgsType()
export class AssignCaseArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "A member of the case's own department." })
  staffId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class EscalateCaseArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'Why the complainant is still dissatisfied; kept in the history.' })
  reason!: string;

  @Field({
    defaultValue: false,
    description: 'The complaint is about the head of service: trustees hear it before the board.',
  })
  aboutHeadOfService!: boolean;
}

@ArgsType()
export class InviteToAppealHearingArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Date, { description: 'When the hearing takes place.' })
  hearingAt!: Date;
}

@InputType({ description: 'How the department closes the loop.' })
export class CompleteCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Outcome, { description: 'RESOLVED (a service request), UPHELD or NOT_UPHELD.' })
  outcome!: Outcome;

  @Field({ description: 'The text the reporter receives; no other personal data.' })
  disposition!: string;

  @Field(() => String, { nullable: true, description: 'Required when UPHELD.' })
  actionsTaken?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when UPHELD: the steps against recurrence.',
  })
  recurrencePrevention?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when NOT_UPHELD.' })
  reasons?: string | null;
}

@InputType({ description: 'An appeal against the outcome, received in writing.' })
export class LodgeAppealInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The full reasons for the appeal.' })
  reasons!: string;

  @Field({ description: 'Appeals are lodged in writing; false is refused.' })
  inWriting!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the written appeal arrived; default now. Judged against the window.',
  })
  receivedAt?: Date | null;
}
