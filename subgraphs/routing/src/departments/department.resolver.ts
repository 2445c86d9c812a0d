import {
  AllowRoles,
  badUserInput,
  forbidden,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
} from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { QueryOrder } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { mayRead, ROUTING_READERS } from '../cases/case-access.rules';
import { Case } from '../cases/case.entity';
import { OPEN_STAGES } from '../cases/routing-stage.rules';
import type { RoutingContext } from '../context';
import { departmentOf } from '../routing/routing-table';
import {
  DepartmentQueueArgs,
  QueueConnection,
  decodeCursor,
  encodeCursor,
  type QueueFilter,
  type QueuePosition,
} from './department-queue.connection';
import { Agency, Department } from './department.entity';

@Resolver(() => Department)
export class DepartmentResolver {
  @AllowRoles(...ROUTING_READERS)
  @Query(() => [Department], { description: 'The departments and offices of the routing table.' })
  async departments(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Ctx() { em }: RoutingContext,
  ): Promise<Department[]> {
    return em.find(Department, includeInactive ? {} : { active: true }, {
      orderBy: { name: 'asc' },
    });
  }

  @AllowRoles(...ROUTING_READERS)
  @Query(() => Department, { nullable: true })
  async department(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: RoutingContext,
  ): Promise<Department | null> {
    return loaders.departmentById.load(id);
  }

  @AllowRoles(...ROUTING_READERS)
  @Query(() => [Agency], { description: 'The bodies cases are referred to.' })
  async agencies(@Ctx() { em }: RoutingContext): Promise<Agency[]> {
    return em.find(Agency, { active: true }, { orderBy: { name: 'asc' } });
  }

  @AllowRoles(...ROUTING_READERS)
  @Query(() => QueueConnection, {
    description: "A department's open cases, nearest deadline first (a Relay connection).",
  })
  async departmentQueue(
    @Args(() => DepartmentQueueArgs) { departmentId, filter, first, after }: DepartmentQueueArgs,
    @Ctx() { em, caller, settings }: RoutingContext,
  ): Promise<ConnectionPage<Case>> {
    const { table } = settings;
    if (!departmentOf(table, departmentId)) {
      throw badUserInput('departmentId', 'is not a department of the routing table');
    }
    if (!mayRead(caller, table, departmentId)) {
      throw forbidden("you may read only your own department's or office's queue");
    }
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeCursor);

    const where = queueFilterOf(departmentId, filter ?? null);
    const rows = await em.find(
      Case,
      position ? { $and: [where, afterPosition(position)] } : where,
      {
        orderBy: [{ nextDueAt: QueryOrder.ASC_NULLS_LAST }, { id: QueryOrder.ASC }],
        limit: size + 1,
      },
    );
    return Object.assign(new QueueConnection(), {
      ...pageOf(rows, size, encodeCursor, position !== null),
      count: () => em.fork().count(Case, where),
    });
  }
}

function queueFilterOf(departmentId: string, filter: QueueFilter | null): FilterQuery<Case> {
  // A missing or empty list does not filter.
  const where: Record<string, unknown> = {
    departmentId,
    routingStage: { $in: OPEN_STAGES },
  };
  if (filter?.priorities?.length) where.priority = { $in: filter.priorities };
  if (filter?.unassignedOnly) where.assigneeId = null;
  else if (filter?.assigneeIds?.length) where.assigneeId = { $in: filter.assigneeIds };
  return where as FilterQuery<Case>;
}

/** Cases after a position in the queue order (nextDueAt asc nulls last, id asc). */
function afterPosition(position: QueuePosition): FilterQuery<Case> {
  if (position.nextDueAt === null) return { nextDueAt: null, id: { $gt: position.id } };
  return {
    $or: [
      { nextDueAt: { $gt: position.nextDueAt } },
      { nextDueAt: position.nextDueAt, id: { $gt: position.id } },
      { nextDueAt: null },
    ],
  };
}
