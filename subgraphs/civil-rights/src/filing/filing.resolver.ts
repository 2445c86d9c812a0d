import { AllowRoles } from '@hub/service-kit';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Case } from '../complaints/case.entity';
import { COORDINATOR } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { ReviewLateFilingArgs, TitleVIComplaintInput } from './complaint-form.input';
import { fileComplaint, recordSignedComplaint, reviewLateFiling } from './filing.service';

/** The coordinator files a complaint's form and takes it through its gates. */
@Resolver(() => Case)
export class TitleVIFilingResolver {
  @AllowRoles(COORDINATOR)
  @Mutation(() => Case, {
    description:
      'Files the form for a civil-rights case. A signed written complaint in time proceeds; ' +
      'a late one is flagged for review; a verbal FHWA one waits for its signed form ' +
      '(`titleVI.formToSign`); a verbal FTA one is recorded and not processed.',
  })
  async fileTitleVIComplaint(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => TitleVIComplaintInput) input: TitleVIComplaintInput,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return fileComplaint(context, caseId, input);
  }

  @AllowRoles(COORDINATOR)
  @Mutation(() => Case, {
    description:
      'The signed written complaint arrived (the corrected, signed form): the complaint proceeds, ' +
      'or waits for the review of a late filing.',
  })
  async recordSignedComplaint(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('input', () => TitleVIComplaintInput) input: TitleVIComplaintInput,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return recordSignedComplaint(context, caseId, input);
  }

  @AllowRoles(COORDINATOR)
  @Mutation(() => Case, {
    description: 'A complaint filed after the window: it proceeds, or it is dismissed as late.',
  })
  async reviewLateTitleVIFiling(
    @Args(() => ReviewLateFilingArgs) { caseId, accept, note }: ReviewLateFilingArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return reviewLateFiling(context, caseId, accept, note ?? null);
  }
}
