import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { PAGE_SIZE, PageInfo } from '@hub/service-kit';
import { isCaseId } from './case.rules';
import { CouncilOfficeNotice } from './council-notice.entity';

// Query.councilOfficeNotices as a Relay connection: newest first, keyset-paginated on
// (createdAt, id), so a page never skips or repeats a notice when new ones arrive meanwhile.

@ArgsType()
export class CouncilOfficeNoticesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the notices of this office; every office when left out.',
  })
  office?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many notices: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class CouncilOfficeNoticeEdge {
  @Field()
  cursor!: string;

  @Field(() => CouncilOfficeNotice)
  node!: CouncilOfficeNotice;
}

@ObjectType()
export class CouncilOfficeNoticeConnection {
  @Field(() => [CouncilOfficeNoticeEdge])
  edges!: CouncilOfficeNoticeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many notices match, on all pages.' })
  totalCount!: number;
}

export interface NoticePosition {
  readonly createdAt: Date;
  readonly id: string;
}

/** Opaque to clients: where a page ended. */
export function encodeNoticeCursor(position: NoticePosition): string {
  return Buffer.from(
    JSON.stringify(['notice', position.createdAt.toISOString(), position.id]),
    'utf8',
  ).toString('base64url');
}

export function decodeNoticeCursor(cursor: string): NoticePosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 3 || decoded[0] !== 'notice') return null;
    const [, createdAt, id] = decoded as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || !isCaseId(id)) return null;
    const date = new Date(createdAt);
    return Number.isNaN(date.getTime()) ? null : { createdAt: date, id };
  } catch {
    return null;
  }
}
