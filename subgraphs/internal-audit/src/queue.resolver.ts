import { CaseStatus } from '@hub/contracts';
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
  type TimeIdPosition,
} from '@hub/service-kit';
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { AuditReview } from './audit-review.entity';
import { AUDIT_ONLY } from './audit-review.rules';
import { Case } from './case.entity';
import type { AuditContext } from './context';

// Internal Audit's queue as a Relay connection: open files, oldest first, keyset-paginated
// on (openedAt, caseId) so a page never skips or repeats a file.

export const AuditQueueConnection = Connection(Case, {
  name: 'AuditQueueConnection',
  edgeName: 'AuditQueueEdge',
  description: "Internal Audit's open files, the longest waiting first.",
  countDescription: 'How many open files, on all pages.',
});

@Resolver()
export class QueueResolver {
  @AllowRoles(...AUDIT_ONLY)
  @Query(() => AuditQueueConnection, {
    description: "Internal Audit's open files, the longest waiting first (a Relay connection).",
  })
  async auditQueue(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { em, loaders }: AuditContext,
  ): Promise<ConnectionPage<Case>> {
    const size = pageSizeOf(first);
    const position = positionAfter(after, (cursor) => decodeTimeIdCursor(cursor));
    const open: FilterQuery<AuditReview> = { fileStatus: { $ne: CaseStatus.CLOSED } };
    const files = await em.find(
      AuditReview,
      position ? { $and: [open, afterPosition(position)] } : open,
      { orderBy: [{ openedAt: QueryOrder.ASC }, { caseId: QueryOrder.ASC }], limit: size + 1 },
    );
    // The page's files are already here: the nodes' auditReview needs no second query.
    for (const file of files) loaders.fileByCase.prime(file.caseId, file);
    const cursorOf = (file: AuditReview) =>
      encodeTimeIdCursor({ time: file.openedAt, id: file.caseId });
    const page = pageOf(files, size, cursorOf, position !== null);
    return Object.assign(new AuditQueueConnection(), {
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
      pageInfo: page.pageInfo,
      count: () => em.fork().count(AuditReview, open),
    });
  }
}

/** Files after a position in the queue order (openedAt asc, caseId asc). */
function afterPosition(position: TimeIdPosition): FilterQuery<AuditReview> {
  return {
    $or: [
      { openedAt: { $gt: position.time } },
      { openedAt: position.time, caseId: { $gt: position.id } },
    ],
  };
}
