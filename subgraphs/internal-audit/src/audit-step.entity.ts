import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * One dated step of an audit: what was done, by whom, with notes. Working papers: only
 * reachable through `AuditReview.steps`, which is for Internal Audit alone. Rows are only
 * ever inserted, so the papers show the audit as it went.
 */
@ObjectType('AuditStep', { description: 'One dated step of the audit (working papers).' })
@Entity({ tableName: 'audit_step' })
export class AuditStep {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field({ description: 'When the step was taken; never in the future.' })
  @Property({ type: 'timestamptz' })
  takenAt!: Date;

  @Field({ description: 'What was done.' })
  @Property({ type: 'text' })
  action!: string;

  @Field({ description: 'The staff id of who did it.' })
  @Property({ type: 'text' })
  staffId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field({ description: 'Token subject of who wrote the step down.' })
  @Property({ type: 'text' })
  recordedBy!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}
