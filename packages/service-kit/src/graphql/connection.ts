import 'reflect-metadata';
import { isUuid } from '@hub/contracts';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

/** The arguments of every page: how many, and after which cursor. A list's own extend it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many: 1 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** One page of a Relay connection, as `Connection(...)` types it. */
export interface ConnectionPage<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  /**
   * Counted only when `totalCount` is asked for: a page alone is one query. Needed by a
   * connection declared with a `countDescription`, and only by one.
   */
  count?: () => Promise<number>;
}

/**
 * A Relay connection type of `Node` (type-graphql's generic-type pattern): `<name>` with
 * `edges`, `pageInfo` and `totalCount`, and its edge type `<edgeName>`.
 */
export function Connection<Node extends object>(
  nodeType: ClassType<Node>,
  options: {
    readonly name: string;
    readonly edgeName: string;
    readonly description?: string;
    /**
     * What `totalCount` counts, e.g. 'How many files match, on all pages.'; a connection
     * without it has no `totalCount` (a feed whose count nobody may rely on).
     */
    readonly countDescription?: string;
  },
) {
  @ObjectType(options.edgeName)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: Node;
  }

  class Page implements ConnectionPage<Node> {
    edges!: { cursor: string; node: Node }[];
    pageInfo!: PageInfo;
    count?: () => Promise<number>;

    totalCount(): Promise<number> {
      if (!this.count) throw new Error(`${options.name} was built without its count`);
      return this.count();
    }
  }
  // Decorated by hand: whether `totalCount` is part of the type depends on the options.
  Field(() => [Edge])(Page.prototype, 'edges');
  Field(() => PageInfo)(Page.prototype, 'pageInfo');
  if (options.countDescription !== undefined) {
    const totalCount = Object.getOwnPropertyDescriptor(Page.prototype, 'totalCount')!;
    Field(() => Int, { description: options.countDescription })(
      Page.prototype,
      'totalCount',
      totalCount,
    );
  }
  ObjectType(options.name, { description: options.description })(Page);
  return Page as ClassType<ConnectionPage<Node>>;
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

// A time PostgreSQL and ISO 8601 both hold: a cursor naming the year 300000 is not from a list.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function isStorableTime(time: Date): boolean {
  const ms = time.getTime();
  return !Number.isNaN(ms) && ms >= EARLIEST && ms <= LATEST;
}

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
    if (typeof id !== 'string' || !isUuid(id)) return null;
    if (at === null) return options.timeMayBeNull ? { time: null, id } : null;
    if (typeof at !== 'string') return null;
    const time = new Date(at);
    return isStorableTime(time) ? { time, id } : null;
  } catch {
    return null;
  }
}
