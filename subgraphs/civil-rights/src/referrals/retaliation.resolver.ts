import { AllowRoles } from '@hub/service-kit';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Case } from '../complaints/case.entity';
import { COORDINATOR, EXTERNAL_AGENCY } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { RecordRetaliationArgs } from './retaliation.input';
import { recordRetaliationAllegation } from './retaliation.service';

/** Retaliation against a complainant, alleged in writing. */
@Resolver(() => Case)
export class TitleVIRetaliationResolver {
  @AllowRoles(COORDINATOR, EXTERNAL_AGENCY)
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
