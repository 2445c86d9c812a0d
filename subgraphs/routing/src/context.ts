import { isUuid } from '@hub/contracts';
import type { Caller, RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Case } from './cases/case.entity';
import { OPEN_STAGES } from './cases/routing-stage.rules';
import { Deadline } from './deadlines/deadline.entity';
import { Agency, Department, StaffMember } from './departments/department.entity';
import type { RoutingSettings } from './environment';
import { RoutingHistoryEntry } from './routing/routing-history.entity';

/*
 * What each request of routing gets beside the kit's context (which carries the settings):
 * fresh loaders, where every key asked for in the same tick becomes ONE query and the results
 * come back in key order (null, or an empty list, for a key with nothing).
 */

const BATCH = { maxBatchSize: 500 };

/** By primary key; `wellFormed` narrows the keys worth asking (e.g. well-formed UUIDs only). */
function byId<T extends { id: string }>(
  find: (ids: string[]) => Promise<T[]>,
  wellFormed: (id: string) => boolean = () => true,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const asked = [...new Set(ids.filter(wellFormed))];
    const found = asked.length === 0 ? [] : await find(asked);
    const map = new Map(found.map((row) => [row.id.toLowerCase(), row]));
    return ids.map((id) => map.get(id.toLowerCase()) ?? null);
  }, BATCH);
}

/** Lists grouped by a key, in the order the query gives them. */
function grouped<T>(
  find: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  wellFormed: (key: string) => boolean = () => true,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const asked = [...new Set(keys.filter(wellFormed))];
    const rows = asked.length === 0 ? [] : await find(asked);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }, BATCH);
}

function createRoutingDataLoaders(em: EntityManager) {
  return {
    caseById: byId((ids) => em.find(Case, { id: { $in: ids } }), isUuid),
    departmentById: byId((ids) => em.find(Department, { id: { $in: ids } })),
    staffById: byId((ids) => em.find(StaffMember, { id: { $in: ids } })),
    agencyById: byId((ids) => em.find(Agency, { id: { $in: ids } })),
    staffByDepartment: grouped(
      (ids) => em.find(StaffMember, { departmentId: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (row) => row.departmentId,
    ),
    deadlinesByCase: grouped(
      (ids) =>
        em.find(
          Deadline,
          { caseId: { $in: ids } },
          { orderBy: [{ dueAt: 'asc' }, { clock: 'asc' }] },
        ),
      (row) => row.caseId,
      isUuid,
    ),
    historyByCase: grouped(
      (ids) => em.find(RoutingHistoryEntry, { caseId: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (row) => row.caseId,
      isUuid,
    ),
    openAssignmentsByStaff: new DataLoader<string, number>(async (ids) => {
      const rows = await em.execute<{ assignee_id: string; open: string }[]>(
        `select assignee_id, count(*) as open from routed_case
          where assignee_id in (select jsonb_array_elements_text(?::jsonb))
            and routing_stage in (select jsonb_array_elements_text(?::jsonb))
          group by assignee_id`,
        // As JSON: knex would spread a bound array into a list of placeholders.
        [JSON.stringify([...new Set(ids)]), JSON.stringify(OPEN_STAGES)],
      );
      const counts = new Map(rows.map((row) => [row.assignee_id, Number(row.open)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }, BATCH),
  };
}

export interface RoutingLoaders extends ReturnType<typeof createRoutingDataLoaders> {
  /** One "now" per request, so every clock in one answer is judged at the same instant. */
  readonly now: Date;
}

export type RoutingContext = RequestContext<RoutingLoaders, RoutingSettings>;

export function createRoutingLoaders(
  em: EntityManager,
  _caller: Caller,
  _settings: RoutingSettings,
): RoutingLoaders {
  return { ...createRoutingDataLoaders(em), now: new Date() };
}
