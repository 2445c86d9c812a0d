import type { MikroORM } from '@mikro-orm/postgresql';

interface KnexLike {
  on(event: 'query', listener: (query: { sql: string }) => void): void;
  off(event: 'query', listener: (query: { sql: string }) => void): void;
}

/**
 * Counts the SELECTs an ORM really sends, by the first table each reads, by listening to its
 * knex client. The outbox relay of the same process is not a request's cost and is left out.
 */
export function countSelects(orm: MikroORM) {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  return {
    byTable(): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const sql of statements) {
        if (/\bfor update\b/i.test(sql) || /\boutbox_message\b/i.test(sql)) continue;
        const match = /^\s*select\b[\s\S]*?\bfrom\s+"?(?:[a-z_0-9]+"?\."?)?([a-z_0-9]+)"?/i.exec(
          sql,
        );
        if (match?.[1]) counts[match[1]] = (counts[match[1]] ?? 0) + 1;
      }
      return counts;
    },
    stop: () => knex.off('query', listener),
  };
}
