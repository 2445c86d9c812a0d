import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  type ClassType,
} from 'type-graphql';
import { requiresScopes, type Caller, type Role } from './auth';
import type { RequestContext } from './context';
import { badUserInput, forbidden } from './errors';

/**
 * One attempt to read a restricted field: who, with which roles, when, which case and field,
 * and whether it was granted. ARCHITECTURE.md: every read of a restricted field is written to
 * the access log of the subgraph that owns the field. Rows are only ever inserted.
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

/**
 * The gate at the top of every restricted field's resolver: logs the attempt, then lets the
 * read through or throws FORBIDDEN. The field must be nullable, so a refusal nulls only it and
 * the rest of the answer still arrives.
 */
export async function releaseRestricted(
  context: { readonly caller: Caller; readonly accessLog: AccessLog },
  caseId: string,
  field: string,
  readers: readonly Role[],
  refusalMessage: string,
): Promise<void> {
  const { caller, accessLog } = context;
  const allowed = !caller.anonymous && caller.roles.some((role) => readers.includes(role));
  if (!allowed) {
    await accessLog.recordRefusal(caseId, field);
    throw forbidden(refusalMessage);
  }
  await accessLog.recordRead(caseId, field);
}

export const ACCESS_LOG_PAGE_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A query that reads an office's access log, for the office alone (newest first). */
export function accessLogResolver(options: {
  readonly queryName: string;
  readonly readers: readonly Role[];
  readonly description: string;
}): ClassType {
  @Resolver()
  class AccessLogResolver {
    @Authorized(...options.readers)
    @Directive(requiresScopes(options.readers))
    @Query(() => [RestrictedFieldRead], {
      name: options.queryName,
      description: options.description,
    })
    async accessLog(
      @Arg('caseId', () => ID, { nullable: true }) caseId: string | null,
      @Arg('first', () => Int, { defaultValue: 50 }) first: number,
      @Ctx() context: RequestContext<unknown>,
    ): Promise<RestrictedFieldRead[]> {
      if (first < 1 || first > ACCESS_LOG_PAGE_MAX) {
        throw badUserInput('first', `must be from 1 to ${ACCESS_LOG_PAGE_MAX}`);
      }
      if (caseId !== null && !UUID.test(caseId)) throw badUserInput('caseId', 'is not a case id');
      return context.em.find(RestrictedFieldRead, caseId ? { caseId } : {}, {
        orderBy: { readAt: 'desc', id: 'desc' },
        limit: first,
      });
    }
  }
  return AccessLogResolver;
}
