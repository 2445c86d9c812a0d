import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TitleVIBasis, TitleVIProgram } from '../complaints/title-vi.enums';

/**
 * What is left of destroyed complaints: how many, by the fiscal year they closed in, their
 * program and their combination of bases. Nothing that identifies anyone.
 */
@ObjectType('TitleVIRetentionCount', {
  description: 'How many destroyed complaints closed in one fiscal year, program and bases.',
})
@Entity({ tableName: 'title_vi_retention_count' })
export class TitleVIRetentionCount {
  @Field(() => Int, { description: 'The fiscal year the complaints closed in.' })
  @PrimaryKey({ type: 'integer' })
  fiscalYear!: number;

  @Field(() => TitleVIProgram)
  @PrimaryKey({ type: 'text' })
  program!: TitleVIProgram;

  /** The bases, sorted and joined with '+', e.g. 'national_origin+race'. */
  @PrimaryKey({ type: 'text' })
  basesKey!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  count!: number;

  @Field(() => [TitleVIBasis])
  bases(): TitleVIBasis[] {
    return this.basesKey.split('+') as TitleVIBasis[];
  }
}
