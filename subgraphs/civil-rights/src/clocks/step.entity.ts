import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TitleVIStep } from '../complaints/title-vi.enums';

/** One step of the procedure as the coordinator recorded it. Rows are only inserted. */
@ObjectType('TitleVIStepRecord', { description: 'A step of the procedure, as recorded.' })
@Entity({ tableName: 'title_vi_step' })
export class TitleVIStepRecord {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => TitleVIStep)
  @Enum({ items: () => TitleVIStep })
  step!: TitleVIStep;

  @Field({ description: 'When it happened (clocks count from here).' })
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'Who recorded it (token subject).' })
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
