import { AllowRoles } from '@hub/service-kit';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Case } from '../complaints/case.entity';
import { COORDINATOR } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { RecordStepArgs } from './step.input';
import { recordStep } from './step.service';

/** The coordinator records the steps of the FTA procedure, which stop and start the clocks. */
@Resolver(() => Case)
export class TitleVIStepResolver {
  @AllowRoles(COORDINATOR)
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
}
