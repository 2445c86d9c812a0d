import { pageOf, pageSizeOf, positionAfter, requiresScopes } from '@hub/service-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Args, Authorized, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { COUNCIL_NOTICE_READERS } from './case.rules';
import type { IntakeContext } from './context';
import {
  CouncilOfficeNoticeConnection,
  CouncilOfficeNoticesArgs,
  decodeNoticeCursor,
  encodeNoticeCursor,
  type NoticePosition,
} from './council-notice.connection';
import { CouncilOfficeNotice } from './council-notice.entity';

@Resolver(() => CouncilOfficeNotice)
export class CouncilOfficeNoticeResolver {
  @Authorized(...COUNCIL_NOTICE_READERS)
  @Directive(requiresScopes(COUNCIL_NOTICE_READERS))
  @Query(() => CouncilOfficeNoticeConnection, {
    description:
      "A council office's inbox: the cases it referred that were completed, newest first.",
  })
  async councilOfficeNotices(
    @Args(() => CouncilOfficeNoticesArgs) { office, first, after }: CouncilOfficeNoticesArgs,
    @Ctx() { em }: IntakeContext,
  ): Promise<CouncilOfficeNoticeConnection> {
    const size = pageSizeOf(first);
    const position = positionAfter(after, decodeNoticeCursor);

    const where: FilterQuery<CouncilOfficeNotice> = office ? { councilOffice: office } : {};
    const [rows, totalCount] = await Promise.all([
      em.find(CouncilOfficeNotice, position ? { $and: [where, afterPosition(position)] } : where, {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: size + 1,
      }),
      em.count(CouncilOfficeNotice, where),
    ]);
    return { ...pageOf(rows, size, encodeNoticeCursor, position !== null), totalCount };
  }
}

/** Notices after a position in the list order (createdAt desc, id desc). */
function afterPosition(position: NoticePosition): FilterQuery<CouncilOfficeNotice> {
  return {
    $or: [
      { createdAt: { $lt: position.createdAt } },
      { createdAt: position.createdAt, id: { $lt: position.id } },
    ],
  };
}
