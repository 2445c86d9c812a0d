import { CaseStatus, pageOf, pageSizeOf, positionAfter, requiresScopes } from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { QueryOrder } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { AuditReview } from './audit-review.entity';
import {
  AuditQueueArgs,
  AuditQueueConnection,
  decodeCursor,
  encodeCursor,
  type QueuePosition,
} from './audit.connection';
import {
  AddAuditStepInput,
  AllegationAssessmentInput,
  CloseAuditFileInput,
  RecordAuditFindingsInput,
} from './audit.input';
import { AUDIT_ONLY } from './audit.rules';
import {
  addAuditStep,
  closeAuditFile,
  recordAllegationAssessment,
  recordAuditFindings,
} from './audit.service';
import { Case } from './case.entity';
import type { AuditContext } from './context';

@Resolver(() => Case)
export class AuditResolver {
  @Authorized(...AUDIT_ONLY)
  @Directive(requiresScopes(AUDIT_ONLY))
  @Query(() => AuditQueueConnection, {
    description: "Internal Audit's open files, the longest waiting first (a Relay connection).",
  })
  async auditQueue(
    @Args(() => AuditQueueArgs) { first, after }: AuditQueueArgs,
    @Ctx() { em, loaders }: AuditContext,
  ): Promise<AuditQueueConnection> {
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeCursor);
    const open: FilterQuery<AuditReview> = { fileStatus: { $ne: CaseStatus.CLOSED } };
    const files = await em.find(
      AuditReview,
      position ? { $and: [open, afterPosition(position)] } : open,
      {
        orderBy: [{ openedAt: QueryOrder.ASC }, { caseId: QueryOrder.ASC }],
        limit: size + 1,
      },
    );
    // The nodes' auditReview is already here: no second query for it.
    for (const file of files) loaders.fileByCase.prime(file.caseId, file);
    const page = pageOf(files, size, encodeCursor, position !== null);
    return Object.assign(new AuditQueueConnection(), {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Case.of(edge.node.caseId) })),
      pageInfo: page.pageInfo,
      count: () => em.fork().count(AuditReview, open),
    });
  }

  @Authorized(...AUDIT_ONLY)
  @Directive(requiresScopes(AUDIT_ONLY))
  @Mutation(() => Case, {
    description:
      "Records the allegation as Internal Audit assessed it (category, summary, program, amount) and the whistleblower's protection. May be revised until the file closes.",
  })
  async recordAllegationAssessment(
    @Arg('input', () => AllegationAssessmentInput) input: AllegationAssessmentInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return recordAllegationAssessment(context, input);
  }

  @Authorized(...AUDIT_ONLY)
  @Directive(requiresScopes(AUDIT_ONLY))
  @Mutation(() => Case, {
    description: 'Adds a dated step to the working papers; the first puts the file IN_PROGRESS.',
  })
  async addAuditStep(
    @Arg('input', () => AddAuditStepInput) input: AddAuditStepInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return addAuditStep(context, input);
  }

  @Authorized(...AUDIT_ONLY)
  @Directive(requiresScopes(AUDIT_ONLY))
  @Mutation(() => Case, {
    description: 'Records what the audit found (working papers); may be revised until closing.',
  })
  async recordAuditFindings(
    @Arg('input', () => RecordAuditFindingsInput) input: RecordAuditFindingsInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return recordAuditFindings(context, input);
  }

  @Authorized(...AUDIT_ONLY)
  @Directive(requiresScopes(AUDIT_ONLY))
  @Mutation(() => Case, {
    description:
      'Closes the file: status CLOSED and case.completed.v1, whose disposition is exactly what the reporter may be told. Twice is CONFLICT.',
  })
  async closeAuditFile(
    @Arg('input', () => CloseAuditFileInput) input: CloseAuditFileInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return closeAuditFile(context, input);
  }
}

/** Files after a position in the queue order (openedAt asc, caseId asc). */
function afterPosition(position: QueuePosition): FilterQuery<AuditReview> {
  return {
    $or: [
      { openedAt: { $gt: position.openedAt } },
      { openedAt: position.openedAt, caseId: { $gt: position.caseId } },
    ],
  };
}
