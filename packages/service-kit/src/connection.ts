import 'reflect-metadata';
import { Directive, Field, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Lists are Relay connections, keyset-paginated: each list fetches one row past the page
 * (`limit: size + 1`) after the position its cursor names, so a page never skips or repeats
 * a row when others arrive meanwhile. What differs per list (order, cursor) stays with it.
 */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

@Directive('@shareable') // identical in every subgraph, as federation requires of a shared type
@ObjectType({ description: 'Where this page sits in the whole list.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first` as asked, or the default; outside 1..max is BAD_USER_INPUT naming `first`. */
export function pageSizeOf(first: number | null | undefined): number {
  const size = first ?? PAGE_SIZE.default;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_SIZE.max) {
    throw badUserInput('first', `must be from 1 to ${PAGE_SIZE.max}`);
  }
  return size;
}

/** Decodes `after` with the list's own decoder; a cursor from elsewhere is BAD_USER_INPUT. */
export function positionAfter<Position>(
  after: string | null | undefined,
  decode: (cursor: string) => Position | null,
): Position | null {
  if (!after) return null;
  const position = decode(after);
  if (!position) throw badUserInput('after', 'is not a cursor from this list');
  return position;
}

/** The page and its PageInfo from rows fetched with `limit: size + 1`. */
export function pageOf<Row>(
  rows: readonly Row[],
  size: number,
  cursorOf: (row: Row) => string,
  afterPosition: boolean,
): { edges: { cursor: string; node: Row }[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: afterPosition,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
