import { CaseStatus } from '@hub/contracts';
import {
  AllowRoles,
  Connection,
  keysetPage,
  PageArgs,
  type ConnectionPage,
} from '@hub/service-kit';
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
    const page = await keysetPage(
      em,
      AuditReview,
      { time: 'openedAt', id: 'caseId', direction: 'asc' },
      () => ({ fileStatus: { $ne: CaseStatus.CLOSED } }),
      { first, after },
    );
    // The page's files are already here: the nodes' auditReview needs no second query.
    for (const { node } of page.edges) loaders.fileByCase.prime(node.caseId, node);
    return Object.assign(new AuditQueueConnection(), {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Case.of(node.caseId) })),
    });
  }
}
