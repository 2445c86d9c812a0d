import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  pageOf,
  pageSizeOf,
  positionAfter,
  type ConnectionPage,
  type TimeIdPosition,
} from './connection';

/** The fields of a row that hold a time, or a string (an id). */
type FieldOf<Row, Value> = {
  [Field in keyof Row]: Row[Field] extends Value ? Field : never;
}[keyof Row] &
  string;

/** How a list is ordered: by a time, then an id that breaks ties, both one way. */
export interface KeysetOrder<Row> {
  readonly time: FieldOf<Row, Date>;
  readonly id: FieldOf<Row, string>;
  /** `asc`: the longest waiting first (a queue); `desc`: the newest first (a feed). */
  readonly direction: 'asc' | 'desc';
  /** Keeps a cursor of this list from passing for another list's. */
  readonly cursorTag?: string;
}

/**
 * One page of the rows `where()` selects, keyset-paginated on (time, id) after the position the
 * `after` cursor names: a page never skips or repeats a row when others arrive meanwhile, and
 * is one query (`limit: size + 1`). `totalCount`, when asked for, is a second.
 */
export async function keysetPage<Row extends object>(
  em: EntityManager,
  entity: EntityClass<Row>,
  order: KeysetOrder<Row>,
  where: () => FilterQuery<Row>,
  page: { readonly first?: number | null; readonly after?: string | null },
): Promise<Required<ConnectionPage<Row>>> {
  // Called per query: a raw SQL fragment in a filter serves one query only.
  const selected = where;
  const size = pageSizeOf(page.first);
  const position = positionAfter(page.after, (cursor) =>
    decodeTimeIdCursor(cursor, { tag: order.cursorTag }),
  );
  const rows = await em.find(
    entity,
    position
      ? ({ $and: [selected(), afterPosition(order, position)] } as FilterQuery<Row>)
      : selected(),
    {
      orderBy: [
        { [order.time]: order.direction },
        { [order.id]: order.direction },
      ] as QueryOrderMap<Row>[],
      limit: size + 1,
    },
  );
  const cursorOf = (row: Row) =>
    encodeTimeIdCursor(
      { time: row[order.time] as Date, id: row[order.id] as string },
      order.cursorTag,
    );
  return {
    ...pageOf(rows, size, cursorOf, position !== null),
    count: () => em.fork().count(entity, selected()),
  };
}

/** The rows after a position in the list's order. */
function afterPosition<Row>(order: KeysetOrder<Row>, position: TimeIdPosition): FilterQuery<Row> {
  const beyond = order.direction === 'asc' ? '$gt' : '$lt';
  return {
    $or: [
      { [order.time]: { [beyond]: position.time } },
      { [order.time]: position.time, [order.id]: { [beyond]: position.id } },
    ],
  } as FilterQuery<Row>;
}
