import { ArgsType, Field, ID } from 'type-graphql';
import { ReferralDecision } from '../complaints/title-vi.enums';

@ArgsType()
export class ReferArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => [String], {
    description: 'wsdot-oecr, fhwa, fta, us-doj; several at once. FHWA: wsdot-oecr first.',
  })
  agencyIds!: string[];
}

@ArgsType()
export class AssignInvestigationArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({
    description:
      "The office's own agency (FTA) or an agency it was referred to; never the respondent.",
  })
  agencyId!: string;
}

@ArgsType()
export class RecordReferralDecisionArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ReferralDecision)
  decision!: ReferralDecision;

  @Field({
    description: "The agency's text: reasons, findings, or its handler's name and contact.",
  })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: "The agency's own word for the status (published beside the hub's; no names).",
  })
  agencyStatus?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The deciding agency: an external agency's token names it; the coordinator, recording a " +
      'decision received by letter, names it here.',
  })
  agencyId?: string | null;
}
