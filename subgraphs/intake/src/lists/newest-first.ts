import { keysetPage, type ConnectionPage, type KeysetOrder } from '@hub/service-kit';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';

/** The fields of a row that hold a time. */
type TimeField<Row> = {
  [Field in keyof Row]: Row[Field] extends Date ? Field : never;
}[keyof Row] &
  string;

/**
 * A list that pages newest first, keyset-paginated on (time, id): a page never skips or
 * repeats a row when new ones arrive meanwhile. Intake's case list and the council offices'
 * inbox are two.
 */
export interface NewestFirstList<Row extends { id: string }> {
  readonly entity: EntityClass<Row>;
  readonly connection: ClassType<ConnectionPage<Row>>;
  /** The time the list is ordered by, newest first; the id breaks ties. */
  readonly timeField: TimeField<Row>;
  /** Keeps a cursor of this list from passing for another list's. */
  readonly cursorTag?: string;
}

/**
 * One page of the rows `where` selects, after the position `after` names. `where` is called
 * once for the page and once for the count: a raw SQL fragment serves one query only.
 */
export async function newestFirstPage<Row extends { id: string }>(
  em: EntityManager,
  list: NewestFirstList<Row>,
  page: { readonly first?: number | null; readonly after?: string | null },
  where: () => FilterQuery<Row>,
): Promise<ConnectionPage<Row>> {
  const order: KeysetOrder<Row> = {
    time: list.timeField,
    id: 'id' as KeysetOrder<Row>['id'],
    direction: 'desc',
    cursorTag: list.cursorTag,
  };
  return Object.assign(
    new list.connection(),
    await keysetPage(em, list.entity, order, where, page),
  );
}
