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

const CURSOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a keyset page ended: a time (null where the list sorts rows without one) and an id. */
export interface TimeIdPosition {
  readonly time: Date | null;
  readonly id: string;
}

/**
 * The cursor of every keyset-paginated list in the hub, opaque to clients: base64url of JSON
 * `[tag?, ISO time | null, uuid]`. The tag keeps a cursor of one list from passing for another's.
 */
export function encodeTimeIdCursor(position: TimeIdPosition, tag?: string): string {
  const parts = [position.time?.toISOString() ?? null, position.id];
  return Buffer.from(JSON.stringify(tag ? [tag, ...parts] : parts), 'utf8').toString('base64url');
}

/** The position in a cursor made by encodeTimeIdCursor with the same tag, else null. */
export function decodeTimeIdCursor(
  cursor: string,
  options: { tag?: string; timeMayBeNull?: boolean } = {},
): TimeIdPosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded)) return null;
    const parts = options.tag ? decoded.slice(1) : decoded;
    if (options.tag && decoded[0] !== options.tag) return null;
    if (parts.length !== 2) return null;
    const [at, id] = parts as unknown[];
    if (typeof id !== 'string' || !CURSOR_ID.test(id)) return null;
    if (at === null) return options.timeMayBeNull ? { time: null, id } : null;
    if (typeof at !== 'string') return null;
    const time = new Date(at);
    return Number.isNaN(time.getTime()) ? null : { time, id };
  } catch {
    return null;
  }
}
