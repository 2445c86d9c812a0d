import { requiresScopes } from '@hub/service-kit';
import { Arg, Args, Authorized, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { Case, COORDINATOR, EXTERNAL_AGENCY } from './case.entity';
import {
  ReviewLateFilingArgs,
  RecordRetaliationArgs,
  RecordStepArgs,
  TitleVIComplaintInput,
} from './complaint.input';
import {
  fileComplaint,
  recordRetaliationAllegation,
  recordSignedComplaint,
  recordStep,
  reviewLateFiling,
} from './complaint.service';
import type { CivilRightsContext } from './context';

/** The coordinator's work on a complaint: filing it, its gates and the FTA procedure. */
@Resolver(() => Case)
export class TitleVIComplaintResolver {
  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
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

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
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

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
  @Mutation(() => Case, {
    description: 'A complaint filed after the window: it proceeds, or it is dismissed as late.',
  })
  async reviewLateTitleVIFiling(
    @Args(() => ReviewLateFilingArgs) { caseId, accept, note }: ReviewLateFilingArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return reviewLateFiling(context, caseId, accept, note ?? null);
  }

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
  @Mutation(() => Case, {
    description:
      'A step of the FTA procedure on the day it happened; it stops and starts the clocks. ' +
      'FINAL_DECISION (note = the disposition) closes the case and opens the appeal window.',
  })
  async recordTitleVIStep(
    @Args(() => RecordStepArgs) { caseId, step, at, note }: RecordStepArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return recordStep(context, caseId, step, at ?? null, note ?? null);
  }

  @Authorized(COORDINATOR, EXTERNAL_AGENCY)
  @Directive(requiresScopes([COORDINATOR, EXTERNAL_AGENCY]))
  @Mutation(() => Case, {
    description:
      'A retaliation allegation received in writing: flagged on the complaint and to the ' +
      'investigator. The coordinator, or an agency the complaint was referred to.',
  })
  async recordRetaliationAllegation(
    @Args(() => RecordRetaliationArgs) args: RecordRetaliationArgs,
    @Ctx() context: CivilRightsContext,
  ): Promise<Case> {
    return recordRetaliationAllegation(context, args.caseId, args);
  }
}
