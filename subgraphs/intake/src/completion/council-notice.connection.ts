import { Connection } from '@hub/service-kit';
import { ArgsType, Field } from 'type-graphql';
import type { NewestFirstList } from '../lists/newest-first';
import { CouncilOfficeNotice } from './council-notice.entity';

// Query.councilOfficeNotices as a Relay connection: newest first, keyset-paginated on
// (createdAt, id), so a page never skips or repeats a notice when new ones arrive meanwhile.

/**
 * The list's own argument; the page's (`first`, `after`) are the kit's PageArgs, a second
 * @Args of the query, so that the schema keeps listing `office` first.
 */
@ArgsType()
export class CouncilOfficeNoticesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the notices of this office; every office when left out.',
  })
  office?: string | null;
}

export const CouncilOfficeNoticeConnection = Connection(CouncilOfficeNotice, {
  name: 'CouncilOfficeNoticeConnection',
  edgeName: 'CouncilOfficeNoticeEdge',
  countDescription: 'How many notices match, on all pages.',
});

/** Newest first by the time intake learned of the completion. */
export const NOTICE_LIST: NewestFirstList<CouncilOfficeNotice> = {
  entity: CouncilOfficeNotice,
  connection: CouncilOfficeNoticeConnection,
  timeField: 'createdAt',
  cursorTag: 'notice',
};
