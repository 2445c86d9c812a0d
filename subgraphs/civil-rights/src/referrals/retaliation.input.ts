import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class RecordRetaliationArgs {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'What is alleged, as written.' })
  description!: string;

  @Field({ description: 'Retaliation is reported in writing; false is refused.' })
  inWriting!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the writing arrived; default now.' })
  receivedAt?: Date | null;
}
