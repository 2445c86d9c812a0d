import { AllowRoles } from '@hub/service-kit';
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { HrContext } from './context';
import {
  AddPersonInvolvedArgs,
  CloseStaffComplaintArgs,
  HrFindingsInput,
  HrReviewInput,
} from './staff-complaint.input';
import { HR_ONLY } from './staff-complaint.rules';
import {
  addPersonInvolved,
  closeStaffComplaint,
  recordHrFindings,
  recordHrReview,
} from './staff-complaint.service';

/** HR's writes on its file, role hr alone. */
@Resolver(() => Case)
export class StaffComplaintResolver {
  @AllowRoles(...HR_ONLY)
  @Mutation(() => Case, {
    description:
      "Role hr: records HR's review; the first starts it (file IN_REVIEW, hub status " +
      'in_progress, agency human-resources).',
  })
  async recordHrReview(
    @Arg('input', () => HrReviewInput) input: HrReviewInput,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return recordHrReview(context, input);
  }

  @AllowRoles(...HR_ONLY)
  @Mutation(() => Case, { description: 'Role hr: adds someone involved in the matter.' })
  async addPersonInvolved(
    @Args(() => AddPersonInvolvedArgs) { caseId, person }: AddPersonInvolvedArgs,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return addPersonInvolved(context, caseId, person);
  }

  @AllowRoles(...HR_ONLY)
  @Mutation(() => Case, {
    description: "Role hr: HR's findings and any action taken, once the review has started.",
  })
  async recordHrFindings(
    @Arg('input', () => HrFindingsInput) input: HrFindingsInput,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return recordHrFindings(context, input);
  }

  @AllowRoles(...HR_ONLY)
  @Mutation(() => Case, {
    description:
      'Role hr: closes the file with its outcome and what the reporter may be told. ' +
      'Publishes case.completed.v1 whose disposition is ONLY the disclosure text (NONE: the ' +
      'configured protected-findings text) and the hub status closed. Twice is CONFLICT.',
  })
  async closeStaffComplaint(
    @Args(() => CloseStaffComplaintArgs) args: CloseStaffComplaintArgs,
    @Ctx() context: HrContext,
  ): Promise<Case> {
    return closeStaffComplaint(context, args);
  }
}
