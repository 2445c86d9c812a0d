import {
  AllowRoles,
  Connection,
  keysetPage,
  PageArgs,
  type ConnectionPage,
} from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
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
    const page = await keysetPage(
      em,
      StaffComplaint,
      { time: 'openedAt', id: 'caseId', direction: 'asc' },
      () => where,
      { first, after },
    );
    // The page's files are already here: the nodes' staffComplaint needs no second query.
    for (const { node } of page.edges) loaders.fileByCase.prime(node.caseId, node);
    return Object.assign(new HrQueueConnection(), {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
    });
  }
}
