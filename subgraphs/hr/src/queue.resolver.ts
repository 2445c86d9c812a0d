import {
  AllowRoles,
  Connection,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  PageArgs,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
  type PageInfo,
} from '@hub/service-kit';
import { QueryOrder, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { HrContext } from './context';
import { StaffComplaint } from './staff-complaint.entity';
import { HrFileStatus } from './staff-complaint.enums';
import { HR_ONLY } from './staff-complaint.rules';

// HR's queue as a Relay connection: oldest file first, keyset-paginated on (openedAt, caseId)
// so a page never skips or repeats a file when others arrive meanwhile.

export const HrQueueConnection = Connection(Case, {
  name: 'HrQueueConnection',
  edgeName: 'HrQueueEdge',
  description: "HR's files of staff complaints, oldest first.",
  countDescription: 'How many files match, on all pages.',
});

@ArgsType()
export class HrQueueArgs extends PageArgs {
  @Field(() => HrFileStatus, {
    nullable: true,
    description: 'Only files in this state; left out, the open work (OPEN and IN_REVIEW).',
  })
  status?: HrFileStatus | null;
}

/** Without a status asked for, the queue is the work still to do. */
const OPEN_WORK = [HrFileStatus.OPEN, HrFileStatus.IN_REVIEW];

@Resolver()
export class QueueResolver {
  @AllowRoles(...HR_ONLY)
  @Query(() => HrQueueConnection, {
    description: "Role hr: HR's files, oldest first; by default the open work.",
  })
  async hrQueue(
    @Args(() => HrQueueArgs) { first, after, status }: HrQueueArgs,
    @Ctx() { em, loaders }: HrContext,
  ): Promise<ConnectionPage<Case>> {
    const where: FilterQuery<StaffComplaint> = { status: status ? status : { $in: OPEN_WORK } };
    const page = await caseQueuePage(em, StaffComplaint, 'openedAt', where, { first, after });
    // The page's files are already here: the nodes' staffComplaint needs no second query.
    for (const { node } of page.edges) loaders.fileByCase.prime(node.caseId, node);
    return Object.assign(new HrQueueConnection(), {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
    });
  }
}

/**
 * One page of an office's queue: the rows of `entity` matching `where`, ordered by the time
 * column `time` and then the case id, keyset-paginated with the kit's time-and-id cursor
 * (fetched with `limit: size + 1`); counted only when `totalCount` is asked for.
 */
export async function caseQueuePage<Row extends { caseId: string }>(
  em: EntityManager,
  entity: EntityClass<Row>,
  time: keyof Row & string,
  where: FilterQuery<Row>,
  { first, after }: PageArgs,
): Promise<{
  edges: { cursor: string; node: Row }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}> {
  const size = pageSizeOf(first);
  const position = positionAfter(after, (cursor) => decodeTimeIdCursor(cursor));
  const afterPosition = position && {
    $or: [
      { [time]: { $gt: position.time } },
      { [time]: position.time, caseId: { $gt: position.id } },
    ],
  };
  const rows = await em.find(
    entity,
    afterPosition ? ({ $and: [where, afterPosition] } as FilterQuery<Row>) : where,
    {
      orderBy: [{ [time]: QueryOrder.ASC }, { caseId: QueryOrder.ASC }] as never,
      limit: size + 1,
    },
  );
  const cursorOf = (row: Row) => encodeTimeIdCursor({ time: row[time] as Date, id: row.caseId });
  return {
    ...pageOf(rows, size, cursorOf, position !== null),
    count: () => em.fork().count(entity, where),
  };
}
