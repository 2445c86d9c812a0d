import { CaseStatus } from '@hub/contracts';
import { ArgsType, Field, ID } from 'type-graphql';
import { OpaClassification, OpaOutcome } from './opa-referral.enums';

// Text arguments are `String!` but may still arrive blank or too long; the rules refuse them
// naming the argument, so the schema and the rule say the same thing.

@ArgsType()
export class AcceptOpaReferralArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: "The number OPA assigned, in OPA's format (default like 2026OPA-0123)." })
  opaNumber!: string;

  @Field(() => OpaClassification)
  classification!: OpaClassification;
}

@ArgsType()
export class RecordOpaStatusArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({
    description:
      "OPA's own word for where it stands (e.g. 'investigation in progress'); no digits, since " +
      "it reaches every agency's copy of the case's status.",
  })
  opaStatus!: string;

  @Field(() => CaseStatus, {
    description:
      'The hub status it means: ACKNOWLEDGED, ASSIGNED, IN_PROGRESS or AWAITING_INFORMATION.',
  })
  status!: CaseStatus;
}

@ArgsType()
export class RecordOpaOutcomeArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => OpaOutcome, { description: "OPA's finding; it stays in this subgraph." })
  outcome!: OpaOutcome;

  @Field({
    description: 'The text the reporter receives (intake emails it): no names, no OPA details.',
  })
  disposition!: string;

  @Field(() => String, { nullable: true, description: "OPA's own summary, for OPA only." })
  summary?: string | null;
}
