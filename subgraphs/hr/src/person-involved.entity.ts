import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** Someone HR lists as involved in the matter. Read only through StaffComplaint.peopleInvolved. */
@ObjectType('HrPersonInvolved', {
  description: 'Someone involved in the matter, as HR lists them.',
})
@Entity({ tableName: 'person_involved' })
export class PersonInvolved {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Their role in the matter, e.g. witness, supervisor, complainant.' })
  @Property({ type: 'text' })
  role!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  addedAt!: Date;

  /** Token subject of the HR reviewer who added them. */
  @Property({ type: 'text' })
  addedBy!: string;
}
