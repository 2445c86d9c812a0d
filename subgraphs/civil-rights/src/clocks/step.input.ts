import { ArgsType, Field, ID } from 'type-graphql';
import { TitleVIStep } from '../complaints/title-vi.enums';

@ArgsType()
export class RecordStepArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => TitleVIStep)
  step!: TitleVIStep;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened; default now; not before receipt, not in the future.',
  })
  at?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Notes; for FINAL_DECISION the disposition (required).',
  })
  note?: string | null;
}
