import type { MikroORM } from '@mikro-orm/postgresql';
import type { RoutingTable } from './routing-table';

/**
 * Puts the routing table into routing's tables: inserts what is new, updates what changed,
 * and marks inactive what the table no longer lists (cases still point at it). Replicas that
 * start together take turns on an advisory lock, so they never interleave their upserts.
 */
export async function storeRoutingTable(orm: MikroORM, table: RoutingTable): Promise<void> {
  const json = (rows: unknown[]) => JSON.stringify(rows);
  await orm.em.fork().transactional(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext('routing.routing-table'))`);
    await em.execute(
      `insert into department (id, name, head_id, primary_monitor_id, backup_monitor_id, office_role, active)
       select id, name, "headId", "primaryMonitorId", "backupMonitorId", "officeRole", true
         from jsonb_to_recordset(?::jsonb)
           as t(id text, name text, "headId" text, "primaryMonitorId" text,
                "backupMonitorId" text, "officeRole" text)
       on conflict (id) do update set name = excluded.name, head_id = excluded.head_id,
         primary_monitor_id = excluded.primary_monitor_id,
         backup_monitor_id = excluded.backup_monitor_id,
         office_role = excluded.office_role, active = true`,
      [json(table.departments)],
    );
    await em.execute(
      `insert into staff_member (id, name, department_id, role, active)
       select id, name, "departmentId", lower(role), true
         from jsonb_to_recordset(?::jsonb) as t(id text, name text, "departmentId" text, role text)
       on conflict (id) do update set name = excluded.name,
         department_id = excluded.department_id, role = excluded.role, active = true`,
      [json(table.staff)],
    );
    await em.execute(
      `insert into agency (id, name, kind, contact, handles, active)
       select id, name, lower(kind), contact, handles, true
         from jsonb_to_recordset(?::jsonb)
           as t(id text, name text, kind text, contact text, handles text)
       on conflict (id) do update set name = excluded.name, kind = excluded.kind,
         contact = excluded.contact, handles = excluded.handles, active = true`,
      [json(table.agencies)],
    );
    for (const [relation, ids] of [
      ['department', table.departments.map((row) => row.id)],
      ['staff_member', table.staff.map((row) => row.id)],
      ['agency', table.agencies.map((row) => row.id)],
    ] as const) {
      // Lists go as JSON: knex would spread a bound array into a list of placeholders.
      await em.execute(
        `update ${relation} set active = false
          where id not in (select jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(ids)],
      );
    }
  });
}
