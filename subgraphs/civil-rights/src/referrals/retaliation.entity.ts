import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** An allegation of retaliation, reported in writing and flagged to the investigator. */
@ObjectType('TitleVIRetaliationAllegation')
@Entity({ tableName: 'title_vi_retaliation_allegation' })
export class TitleVIRetaliationAllegation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'What is alleged, as written.' })
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'When the written allegation was received.' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field({ description: 'Who recorded it (token subject).' })
  @Property({ type: 'text' })
  recordedBy!: string;
}
