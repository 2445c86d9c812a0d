import { AllowRoles } from '@hub/service-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  AddAuditStepInput,
  AllegationAssessmentInput,
  CloseAuditFileInput,
  RecordAuditFindingsInput,
} from './audit-review.input';
import { AUDIT_ONLY } from './audit-review.rules';
import {
  addAuditStep,
  closeAuditFile,
  recordAllegationAssessment,
  recordAuditFindings,
} from './audit-review.service';
import { Case } from './case.entity';
import type { AuditContext } from './context';

/** Internal Audit's writes on its file, role audit alone. */
@Resolver(() => Case)
export class AuditReviewResolver {
  @AllowRoles(...AUDIT_ONLY)
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

  @AllowRoles(...AUDIT_ONLY)
  @Mutation(() => Case, {
    description: 'Adds a dated step to the working papers; the first puts the file IN_PROGRESS.',
  })
  async addAuditStep(
    @Arg('input', () => AddAuditStepInput) input: AddAuditStepInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return addAuditStep(context, input);
  }

  @AllowRoles(...AUDIT_ONLY)
  @Mutation(() => Case, {
    description: 'Records what the audit found (working papers); may be revised until closing.',
  })
  async recordAuditFindings(
    @Arg('input', () => RecordAuditFindingsInput) input: RecordAuditFindingsInput,
    @Ctx() context: AuditContext,
  ): Promise<Case> {
    return recordAuditFindings(context, input);
  }

  @AllowRoles(...AUDIT_ONLY)
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
