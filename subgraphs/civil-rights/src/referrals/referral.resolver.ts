import { AllowRoles, badUserInput, forbidden } from '@hub/service-kit';
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Case } from '../complaints/case.entity';
import { COORDINATOR, EXTERNAL_AGENCY } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { recordReferralDecision } from './decision.service';
import { TitleVIReferral } from './referral.entity';
import { AssignInvestigationArgs, RecordReferralDecisionArgs, ReferArgs } from './referral.input';
import { assignInvestigation, referComplaint } from './referral.service';

const MAX_PAGE = 100;

@Resolver(() => Case)
export class TitleVIReferralResolver {
  @AllowRoles(COORDINATOR)
  @Mutation(() => Case, {
    description:
      'To one or several agencies at once (wsdot-oecr, fhwa, fta, us-doj); FHWA complaints go ' +
      'to WSDOT OECR. Never to the agency complained against.',
  })
  async referTitleVIComplaint(
    @Args(() => ReferArgs) { caseId, agencyIds }: ReferArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return referComplaint(context, caseId, agencyIds);
  }

  @AllowRoles(COORDINATOR)
  @Mutation(() => Case, {
    description: 'Who investigates; an agency never investigates a complaint against itself.',
  })
  async assignTitleVIInvestigation(
    @Args(() => AssignInvestigationArgs) { caseId, agencyId }: AssignInvestigationArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return assignInvestigation(context, caseId, agencyId);
  }

  @AllowRoles(EXTERNAL_AGENCY, COORDINATOR)
  @Mutation(() => Case, {
    description:
      'The decision of an agency the complaint was referred to (its token names the agency). ' +
      "Under FHWA, FHWA's final decision closes the case, with no administrative appeal.",
  })
  async recordReferralDecision(
    @Args(() => RecordReferralDecisionArgs) args: RecordReferralDecisionArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return recordReferralDecision(context, args);
  }

  @AllowRoles(EXTERNAL_AGENCY)
  @Query(() => [Case], {
    description: "An external agency's Title VI cases: those referred to it, newest first.",
  })
  async referredTitleVICases(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() { caller, em, loaders }: CivilRightsContext,
  ): Promise<Case[]> {
    if (!caller.agency) throw forbidden('the token names no agency');
    if (first < 1 || first > MAX_PAGE) throw badUserInput('first', `must be from 1 to ${MAX_PAGE}`);
    const referrals = await em.find(
      TitleVIReferral,
      { agencyId: caller.agency },
      { orderBy: [{ referredAt: 'desc' }, { caseId: 'asc' }], limit: first, fields: ['caseId'] },
    );
    const cases = await Promise.all(referrals.map((row) => loaders.caseById.load(row.caseId)));
    return cases.map((found, index) => found ?? Case.unknown(referrals[index]!.caseId));
  }
}
