import { Connection, PAGE_SIZE, decodeTimeIdCursor, encodeTimeIdCursor } from '@hub/service-kit';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Case } from '../cases/case.entity';
import { Priority } from '../cases/case.enums';

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

export const QueueConnection = Connection(Case, {
  name: 'QueueConnection',
  edgeName: 'QueueEdge',
  description: "A department's open cases, nearest deadline first.",
  countDescription: 'How many cases match, on all pages.',
});

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
