// Talking to a PostgreSQL server with admin credentials: whether it answers, and the few admin
// operations tests and start-up need: databases, and one schema + one login role per subgraph.
import { Client } from 'pg';
import { sleep } from './processes';

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Creates database `name` (1-63 of [a-z0-9_]) and returns its URL. Fails if it exists. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  checkName('database', name);
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  return withDatabase(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting whoever is still connected. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  checkName('database', name);
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
  );
}

/** Creates database `name` unless it exists; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  checkName('database', name);
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${quote(name)}`);
    } catch (error) {
      // Someone else created it between our check and our CREATE: that is what we wanted.
      if (!['42P04', '23505'].includes(pgCode(error) ?? '')) throw error;
    }
  });
  return withDatabase(adminUrl, name);
}

/**
 * One schema and one LOGIN role per subgraph, so that no subgraph can read another's tables:
 * role `hub_<name>` owns schema `<name>` (hyphens become underscores) and has it as search_path.
 * Idempotent; roles are cluster-wide and outlive a test database, schemas live in `databaseUrl`.
 * Returns a URL that connects to the same database as that role.
 */
export async function provisionSubgraphSchema(
  databaseUrl: string,
  subgraph: string,
): Promise<{ url: string; schema: string; role: string }> {
  if (!/^[a-z][a-z0-9-]*$/.test(subgraph) || subgraph.length > 59) {
    throw new Error(
      `Subgraph name '${subgraph}' is not allowed: use a lower-case letter, then up to 58 of ` +
        `[a-z0-9-]`,
    );
  }
  const schema = subgraph.replace(/-/g, '_');
  const role = `hub_${schema}`;
  const password = decodeURIComponent(new URL(databaseUrl).password);

  await withClient(databaseUrl, (client) =>
    retryOnConcurrentUpdate(async () => {
      await client.query('BEGIN');
      try {
        // Serialises provisioning within this database; ALTER ROLE races across databases
        // are retried (roles live in a shared catalog).
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('hub.provision-subgraph'))`);
        await client.query(
          `DO $$ BEGIN CREATE ROLE ${quote(role)} LOGIN; ` +
            `EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
        );
        // An embedded server asks for passwords; the role gets the admin's so that the URL
        // below can log in. On trust auth there is no password to copy.
        await client.query(
          `ALTER ROLE ${quote(role)} LOGIN` +
            (password ? ` PASSWORD ${client.escapeLiteral(password)}` : ''),
        );
        await client.query(`ALTER ROLE ${quote(role)} SET search_path TO ${quote(schema)}`);
        await client.query(
          `CREATE SCHEMA IF NOT EXISTS ${quote(schema)} AUTHORIZATION ${quote(role)}`,
        );
        await client.query(`ALTER SCHEMA ${quote(schema)} OWNER TO ${quote(role)}`);
        // Nothing is shared through `public`: no subgraph may create there (PostgreSQL 15's
        // default, made explicit for older servers) and the role holds no grants of its own on it.
        await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
        await client.query(`REVOKE ALL ON SCHEMA public FROM ${quote(role)}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }),
  );

  const url = new URL(databaseUrl);
  url.username = role;
  return { url: url.toString(), schema, role };
}

/** undefined if `url` answers `select 1` within `timeoutMs`, else why not. */
export async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

async function withClient<T>(url: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `ALTER ROLE` on the same role from two sessions can fail with "tuple concurrently updated". */
async function retryOnConcurrentUpdate(action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      const message = (error as Error).message ?? '';
      const concurrent = pgCode(error) === 'XX000' && message.includes('concurrently');
      if (!concurrent || attempt >= 5) throw error;
      await sleep(50 * attempt);
    }
  }
}

function checkName(what: string, name: string): void {
  if (!/^[a-z0-9_]+$/.test(name) || name.length > 63) {
    throw new Error(`The ${what} name '${name}' is not allowed: use 1-63 characters of [a-z0-9_]`);
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function pgCode(error: unknown): string | undefined {
  return (error as { code?: string } | undefined)?.code;
}
