import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One read of a restricted field (who reported a case, whom it is on behalf of): who read it,
 * with which roles, when. ARCHITECTURE.md: every read of a restricted field is logged by the
 * subgraph that owns the field. Rows are only ever inserted.
 */
@Entity({ tableName: 'restricted_field_read' })
export class RestrictedFieldRead {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'text', fieldName: 'reader_subject' })
  readerSubject!: string;

  @Property({ type: ArrayType, fieldName: 'reader_roles' })
  readerRoles!: string[];

  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'text' })
  field!: string;

  @Property({ type: 'timestamptz', fieldName: 'read_at' })
  readAt: Date = new Date();
}
