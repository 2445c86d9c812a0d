import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Case } from './case.entity';
import { Priority } from './routing.enums';
import { PAGE_SIZE, PageInfo, decodeTimeIdCursor, encodeTimeIdCursor } from '@hub/service-kit';

// A department's queue as a Relay connection: open cases, nearest due time first, keyset-
// paginated on (nextDueAt, id) so a page never skips or repeats a case.

@InputType({ description: 'Every given criterion must hold; a list matches any of its values.' })
export class QueueFilter {
  @Field(() => [Priority], { nullable: true })
  priorities?: Priority[] | null;

  @Field(() => [ID], { nullable: true, description: 'Assigned to any of these staff members.' })
  assigneeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases nobody works yet.' })
  unassignedOnly?: boolean | null;
}

@ArgsType()
export class DepartmentQueueArgs {
  @Field(() => ID)
  departmentId!: string;

  @Field(() => QueueFilter, { nullable: true })
  filter?: QueueFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many cases: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class QueueEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType({ description: "A department's open cases, nearest deadline first." })
export class QueueConnection {
  @Field(() => [QueueEdge])
  edges!: QueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for: a queue page alone is one query. */
  count!: () => Promise<number>;

  @Field(() => Int, { description: 'How many cases match, on all pages.' })
  async totalCount(): Promise<number> {
    return this.count();
  }
}

export interface QueuePosition {
  readonly nextDueAt: Date | null;
  readonly id: string;
}

/** Opaque to clients: where a page ended. */
export function encodeCursor(position: QueuePosition): string {
  return encodeTimeIdCursor({ time: position.nextDueAt, id: position.id });
}

export function decodeCursor(cursor: string): QueuePosition | null {
  const position = decodeTimeIdCursor(cursor, { timeMayBeNull: true });
  return position ? { nextDueAt: position.time, id: position.id } : null;
}
