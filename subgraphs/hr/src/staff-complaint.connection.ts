import { PAGE_SIZE, PageInfo, decodeTimeIdCursor, encodeTimeIdCursor } from '@hub/service-kit';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Case } from './case.entity';
import { HrFileStatus } from './hr.enums';

// HR's queue as a Relay connection: oldest file first, keyset-paginated on (openedAt, caseId)
// so a page never skips or repeats a file when others arrive meanwhile.

@ArgsType()
export class HrQueueArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many files: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => HrFileStatus, {
    nullable: true,
    description: 'Only files in this state; left out, the open work (OPEN and IN_REVIEW).',
  })
  status?: HrFileStatus | null;
}

@ObjectType()
export class HrQueueEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType({ description: "HR's files of staff complaints, oldest first." })
export class HrQueueConnection {
  @Field(() => [HrQueueEdge])
  edges!: HrQueueEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when asked for: a queue page alone is one query. */
  count!: () => Promise<number>;

  @Field(() => Int, { description: 'How many files match, on all pages.' })
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
