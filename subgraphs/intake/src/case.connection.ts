import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { Case } from './case.entity';
import { CaseKind, CaseStatus, Channel } from './case.enums';
import { PAGE_SIZE, PageInfo } from '@hub/service-kit';
import { isCaseId } from './case.rules';

// Query.cases as a Relay connection: newest first, keyset-paginated on (receivedAt, id), so
// a page never skips or repeats a case when new ones arrive meanwhile.

@InputType({ description: 'Every given criterion must hold; a list matches any of its values.' })
export class CaseFilter {
  @Field(() => [CaseKind], { nullable: true })
  kinds?: CaseKind[] | null;

  @Field(() => [Channel], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [String], { nullable: true })
  wards?: string[] | null;

  @Field(() => [CaseStatus], { nullable: true })
  statuses?: CaseStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Received at or after this time.' })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Received before this time.' })
  receivedTo?: Date | null;
}

@ArgsType()
export class CasesArgs {
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many cases: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class CaseEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many cases match the filter, on all pages.' })
  totalCount!: number;
}

export interface CasePosition {
  readonly receivedAt: Date;
  readonly id: string;
}

/** Opaque to clients: where a page ended. */
export function encodeCursor(position: CasePosition): string {
  return Buffer.from(
    JSON.stringify([position.receivedAt.toISOString(), position.id]),
    'utf8',
  ).toString('base64url');
}

export function decodeCursor(cursor: string): CasePosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [receivedAt, id] = decoded as unknown[];
    if (typeof receivedAt !== 'string' || typeof id !== 'string') return null;
    if (!isCaseId(id)) return null;
    const date = new Date(receivedAt);
    return Number.isNaN(date.getTime()) ? null : { receivedAt: date, id };
  } catch {
    return null;
  }
}
