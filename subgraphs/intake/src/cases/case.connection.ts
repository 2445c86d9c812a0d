import { CaseKind, CaseStatus } from '@hub/contracts';
import { Connection } from '@hub/service-kit';
import { ArgsType, Field, InputType } from 'type-graphql';
import type { NewestFirstList } from '../lists/newest-first';
import { Case } from './case.entity';
import { Channel } from './case.enums';

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

/**
 * The list's own argument; the page's (`first`, `after`) are the kit's PageArgs, a second
 * @Args of the query, so that the schema keeps listing `filter` first.
 */
@ArgsType()
export class CasesArgs {
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter | null;
}

export const CaseConnection = Connection(Case, {
  name: 'CaseConnection',
  edgeName: 'CaseEdge',
  countDescription: 'How many cases match the filter, on all pages.',
});

/** Newest first by receipt; a cursor is the receipt time and id of a page's last case. */
export const CASE_LIST: NewestFirstList<Case> = {
  entity: Case,
  connection: CaseConnection,
  timeField: 'receivedAt',
};
