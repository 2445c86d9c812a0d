import { AllowRoles, PageArgs, type ConnectionPage } from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { COUNCIL_NOTICE_READERS } from '../cases/rules/access.rules';
import type { IntakeContext } from '../context';
import { newestFirstPage } from '../lists/newest-first';
import {
  CouncilOfficeNoticeConnection,
  CouncilOfficeNoticesArgs,
  NOTICE_LIST,
} from './council-notice.connection';
import { CouncilOfficeNotice } from './council-notice.entity';

@Resolver(() => CouncilOfficeNotice)
export class CouncilOfficeNoticeResolver {
  @AllowRoles(...COUNCIL_NOTICE_READERS)
  @Query(() => CouncilOfficeNoticeConnection, {
    description:
      "A council office's inbox: the cases it referred that were completed, newest first.",
  })
  async councilOfficeNotices(
    // Listed last to first in the schema, as in Query.cases: `office`, then `first`, `after`.
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Args(() => CouncilOfficeNoticesArgs) { office }: CouncilOfficeNoticesArgs,
    @Ctx() { em }: IntakeContext,
  ): Promise<ConnectionPage<CouncilOfficeNotice>> {
    const where: FilterQuery<CouncilOfficeNotice> = office ? { councilOffice: office } : {};
    return newestFirstPage(em, NOTICE_LIST, { first, after }, () => where);
  }
}
