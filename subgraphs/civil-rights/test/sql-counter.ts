import type { MikroORM } from '@mikro-orm/postgresql';

interface KnexLike {
  on(event: 'query', listener: (query: { sql: string }) => void): void;
  off(event: 'query', listener: (query: { sql: string }) => void): void;
}

/**
 * Counts the real SQL an ORM sends, per table read, by listening to its knex client: what a
 * query costs, not what the code hopes it costs.
 */
export function countSql(orm: MikroORM) {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  return {
    statements,
    /**
     * SELECTs by the first table they read from. The background loops of the same process
     * (the outbox relay, the breach scheduler's `for update skip locked` claims) are not the
     * request's cost and are left out.
     */
    selectsByTable(): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const sql of statements) {
        if (/\bfor update\b/i.test(sql) || /\boutbox_message\b/i.test(sql)) continue;
        const match = /^\s*select\b[\s\S]*?\bfrom\s+"?(?:[a-z_0-9]+"?\."?)?([a-z_0-9]+)"?/i.exec(
          sql,
        );
        if (!match?.[1]) continue;
        counts[match[1]] = (counts[match[1]] ?? 0) + 1;
      }
      return counts;
    },
    stop: () => knex.off('query', listener),
  };
}
