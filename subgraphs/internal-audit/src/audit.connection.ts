import { PAGE_SIZE, PageInfo, decodeTimeIdCursor, encodeTimeIdCursor } from '@hub/service-kit';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case.entity';

// Internal Audit's queue as a Relay connection: open files, oldest first, keyset-paginated
// on (openedAt, caseId) so a page never skips or repeats a file.

@ArgsType()
export class AuditQueueArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many files: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class AuditQueueEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType({ description: "Internal Audit's open files, the longest waiting first." })
export class AuditQueueConnection {
  @Field(() => [AuditQueueEdge])
  edges!: AuditQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for: a page alone is one query. */
  count!: () => Promise<number>;

  @Field(() => Int, { description: 'How many open files, on all pages.' })
  async totalCount(): Promise<number> {
    return this.count();
  }
}

export interface QueuePosition {
  readonly openedAt: Date;
  readonly caseId: string;
}

/** Opaque to clients: where a page ended. */
export function encodeCursor(position: QueuePosition): string {
  return encodeTimeIdCursor({ time: position.openedAt, id: position.caseId });
}

export function decodeCursor(cursor: string): QueuePosition | null {
  const position = decodeTimeIdCursor(cursor);
  return position ? { openedAt: position.time!, caseId: position.id } : null;
}
