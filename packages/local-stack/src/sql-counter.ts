interface KnexLike {
  on(event: 'query', listener: (query: { sql: string }) => void): void;
  off(event: 'query', listener: (query: { sql: string }) => void): void;
}

/** What the counter needs of a subgraph's MikroORM: its connection's knex client. */
interface OrmLike {
  readonly em: { getConnection(): unknown };
}

/**
 * Counts the real SQL an ORM sends, by listening to its knex client: what a query costs, not
 * what the code hopes it costs. Tests of every subgraph use it to hold batching to one query.
 */
export function countSql(orm: OrmLike) {
  const knex = (orm.em.getConnection() as { getKnex(): KnexLike }).getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  return {
    statements,
    /**
     * SELECTs by the first table they read from. The background loops of the same process
     * (the outbox relay, a scheduler's `for update skip locked` claims) are not the request's
     * cost and are left out.
     */
    selectsByTable(): Record<string, number> {
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
    /** Statements that read from or insert into `table`. */
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
