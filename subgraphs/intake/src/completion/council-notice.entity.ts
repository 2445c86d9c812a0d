import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, ObjectType } from 'type-graphql';
import { Case } from '../cases/case.entity';
import { Outcome } from '../cases/case.enums';
import type { IntakeContext } from '../context';

/**
 * A Mayor/Council office is told when a case it referred is completed (docs/domain.md §2-3): one
 * notice per completion, the office's inbox. Written by the `case.completed.v1` handler; the
 * completion event's id is part of the key, so a redelivery adds nothing while a second
 * completion (after an appeal) is a notice of its own. No personal data: the disposition is
 * the text written for the reporter.
 */
@ObjectType({ description: 'A case a Mayor/Council office referred has been completed.' })
@Entity({ tableName: 'council_office_notice' })
export class CouncilOfficeNotice {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  caseId!: string;

  /** The `case.completed.v1` event this notice answers. */
  @Property({ type: 'uuid' })
  outcomeEventId!: string;

  @Field()
  @Property({ type: 'text' })
  srNumber!: string;

  @Field({ description: 'The office that referred the case.' })
  @Property({ type: 'text' })
  councilOffice!: string;

  @Field(() => Outcome)
  @Enum({ items: () => Outcome })
  outcome!: Outcome;

  @Field(() => String, {
    nullable: true,
    description:
      "The department's disposition, as the reporter receives it; null when an office that " +
      'keeps its findings (HR, OPA, Internal Audit) closed the case and does not let the ' +
      'council read it.',
  })
  @Property({ type: 'text', nullable: true })
  disposition!: string | null;

  @Field({ description: 'When intake learned of the completion.' })
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Case, { nullable: true, description: 'The case, read as the caller may read it.' })
  async case(@Ctx() { loaders }: IntakeContext): Promise<Case | null> {
    return loaders.caseById.load(this.caseId);
  }
}
