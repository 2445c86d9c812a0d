import type { MikroORM } from '@mikro-orm/postgresql';

interface KnexLike {
  on(event: 'query', listener: (query: { sql: string }) => void): void;
  off(event: 'query', listener: (query: { sql: string }) => void): void;
}

/**
 * Counts the real SQL the subgraph's ORM sends while a request runs, by listening to its knex
 * client: what a query costs, not what the code hopes it costs.
 */
export function countSql(orm: MikroORM) {
  const knex = (orm.em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  return {
    /** Statements that read from or insert into `table` (the relay's outbox polls aside). */
    touching(verb: 'select' | 'insert', table: string): number {
      const pattern = new RegExp(
        verb === 'select'
          ? `^\\s*select\\b[\\s\\S]*?\\bfrom\\s+"?(?:[a-z_0-9]+"?\\."?)?${table}"?\\b`
          : `^\\s*insert\\s+into\\s+"?(?:[a-z_0-9]+"?\\."?)?${table}"?\\b`,
        'i',
      );
      return statements.filter((sql) => pattern.test(sql)).length;
    },
    stop: () => knex.off('query', listener),
  };
}
