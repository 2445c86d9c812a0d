import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { Caller } from './tokens';

/**
 * One attempt to read a restricted field: who, with which roles, when, which case and field,
 * and whether it was granted. Every read of a restricted field is written to
 * the access log of the subgraph that owns the field (docs/architecture.md "Identity and
 * access"). Rows are only ever inserted.
 */
@Directive('@shareable') // every office's log has the same entries
@ObjectType('AccessLogEntry', { description: 'One attempt to read a restricted field.' })
@Entity({ tableName: 'restricted_field_read' })
export class RestrictedFieldRead {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Field({ description: "The reader's subject (token `sub`)." })
  @Property({ type: 'text', fieldName: 'reader_subject' })
  readerSubject!: string;

  @Field(() => [String])
  @Property({ type: ArrayType, fieldName: 'reader_roles' })
  readerRoles!: string[];

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Field()
  @Property({ type: 'text' })
  field!: string;

  @Field({ description: 'False when the field was refused (FORBIDDEN).' })
  @Property({ type: 'boolean' })
  granted: boolean = true;

  @Field()
  @Property({ type: 'timestamptz', fieldName: 'read_at' })
  readAt: Date = new Date();
}

/**
 * Writes one request's access log. Attempts resolved in the same tick (a list of 50 cases with
 * a restricted field each) become ONE multi-row insert. A value is handed out only after its
 * read is on record: if the log cannot be written, the read fails.
 */
export class AccessLog {
  private readonly writes: DataLoader<string, true>;

  constructor(em: EntityManager, caller: Caller) {
    this.writes = new DataLoader<string, true>(
      async (keys) => {
        const readAt = new Date();
        await em.insertMany(
          RestrictedFieldRead,
          keys.map((key) => {
            const [caseId, field, granted] = key.split('|') as [string, string, string];
            return {
              readerSubject: caller.subject,
              readerRoles: [...caller.roles],
              caseId,
              field,
              granted: granted === 'granted',
              readAt,
            };
          }),
        );
        return keys.map(() => true as const);
      },
      // The same attempt on the same case in one request is one entry.
      { cache: true, maxBatchSize: 500 },
    );
  }

  async recordRead(caseId: string, field: string): Promise<void> {
    await this.writes.load(`${caseId}|${field}|granted`);
  }

  async recordRefusal(caseId: string, field: string): Promise<void> {
    await this.writes.load(`${caseId}|${field}|refused`);
  }
}
