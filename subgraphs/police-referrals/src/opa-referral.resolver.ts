import { AllowRoles } from '@hub/service-kit';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Case } from './case.entity';
import type { PoliceReferralsContext } from './context';
import {
  AcceptOpaReferralArgs,
  RecordOpaOutcomeArgs,
  RecordOpaStatusArgs,
} from './opa-referral.input';
import { OPA_ONLY } from './opa-referral.rules';
import { acceptOpaReferral, recordOpaOutcome, recordOpaStatus } from './opa-referral.service';

/** What OPA reports back on a referral, role opa alone. */
@Resolver(() => Case)
export class OpaReferralResolver {
  @AllowRoles(...OPA_ONLY)
  @Mutation(() => Case, {
    description: 'OPA accepted the referral: its OPA number and classification. Twice is CONFLICT.',
  })
  async acceptOpaReferral(
    @Args(() => AcceptOpaReferralArgs) { caseId, opaNumber, classification }: AcceptOpaReferralArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return acceptOpaReferral(context, caseId, opaNumber, classification);
  }

  @AllowRoles(...OPA_ONLY)
  @Mutation(() => Case, {
    description:
      "OPA's word for where the referral stands and the hub status it means; every agency's " +
      'copy of the case follows (with no OPA details).',
  })
  async recordOpaStatus(
    @Args(() => RecordOpaStatusArgs) { caseId, opaStatus, status }: RecordOpaStatusArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return recordOpaStatus(context, caseId, opaStatus, status);
  }

  @AllowRoles(...OPA_ONLY)
  @Mutation(() => Case, {
    description:
      'OPA closed the referral: the case is CLOSED and the reporter is sent the disposition ' +
      '(case.completed.v1). Nothing can be recorded on it afterwards.',
  })
  async recordOpaOutcome(
    @Args(() => RecordOpaOutcomeArgs)
    { caseId, outcome, disposition, summary }: RecordOpaOutcomeArgs,
    @Ctx() context: PoliceReferralsContext,
  ): Promise<Case> {
    return recordOpaOutcome(context, caseId, { outcome, disposition, summary });
  }
}
