import { AllowRoles, badUserInput } from '@hub/service-kit';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { inTheFuture } from '../complaints/complaint.writer';
import { COORDINATOR } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { TitleVIRetentionCount } from './retention.entity';
import { purgeExpired } from './retention.service';

/** The coordinator destroys what is due (the daily worker does too) and reads what is left. */
@Resolver()
export class TitleVIRetentionResolver {
  @AllowRoles(COORDINATOR)
  @Mutation(() => Int, {
    description:
      'Destroys the complaints whose retention ended by `asOf` (default now; never in the ' +
      'future): four years after the end of the fiscal year they closed in. Leaves only ' +
      'counts (titleVIRetentionCounts). Returns how many were destroyed.',
  })
  async purgeExpiredTitleVIRecords(
    @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() context: CivilRightsContext,
  ): Promise<number> {
    const now = new Date();
    const when = asOf ?? now;
    if (when.getUTCFullYear() < 1970) {
      throw badUserInput('asOf', 'must be a date from 1970 on');
    }
    if (inTheFuture(when, now)) {
      throw badUserInput(
        'asOf',
        'must not be in the future: records are destroyed when due, not before',
      );
    }
    return purgeExpired(context.em, context.settings, when);
  }

  @AllowRoles(COORDINATOR)
  @Query(() => [TitleVIRetentionCount], {
    description: 'What is left of destroyed complaints: counts by fiscal year, program and bases.',
  })
  async titleVIRetentionCounts(
    @Ctx() { em }: CivilRightsContext,
  ): Promise<TitleVIRetentionCount[]> {
    return em.find(
      TitleVIRetentionCount,
      {},
      { orderBy: [{ fiscalYear: 'asc' }, { program: 'asc' }, { basesKey: 'asc' }] },
    );
  }
}
