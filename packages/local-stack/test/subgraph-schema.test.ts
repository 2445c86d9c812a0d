import { Client } from 'pg';
import { provisionSubgraphSchema } from '../src/postgres-admin';

// DATABASE_URL is this run's fresh database (jest global setup), with admin credentials.
const databaseUrl = process.env.DATABASE_URL as string;

async function asRole<T>(url: string, action: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

describe('a subgraph schema', () => {
  it('runs against the fresh database of this test run', () => {
    expect(new URL(databaseUrl).pathname).toMatch(/^\/hub_test_t\d{14}[0-9a-f]{4}$/);
  });

  it('is provisioned idempotently, even by two callers at once', async () => {
    const first = await provisionSubgraphSchema(databaseUrl, 'ls-test-alpha');
    const again = await provisionSubgraphSchema(databaseUrl, 'ls-test-alpha');
    const together = await Promise.all([
      provisionSubgraphSchema(databaseUrl, 'ls-test-alpha'),
      provisionSubgraphSchema(databaseUrl, 'ls-test-alpha'),
    ]);

    expect(first).toMatchObject({ schema: 'ls_test_alpha', role: 'hub_ls_test_alpha' });
    expect(again).toEqual(first);
    expect(together).toEqual([first, first]);
    const who = await asRole(first.url, (client) =>
      client.query('SELECT current_user AS role, current_schema() AS schema'),
    );
    expect(who.rows[0]).toEqual({ role: 'hub_ls_test_alpha', schema: 'ls_test_alpha' });
  });

  it("keeps a subgraph's role out of another subgraph's schema", async () => {
    const alpha = await provisionSubgraphSchema(databaseUrl, 'ls-test-alpha');
    const beta = await provisionSubgraphSchema(databaseUrl, 'ls-test-beta');

    await asRole(beta.url, async (client) => {
      await client.query('CREATE TABLE IF NOT EXISTS complaints (id int PRIMARY KEY, note text)');
      await client.query(
        `INSERT INTO complaints VALUES (1, 'confidential') ON CONFLICT (id) DO NOTHING`,
      );
      const own = await client.query('SELECT note FROM complaints');
      expect(own.rows).toEqual([{ note: 'confidential' }]);
    });

    await asRole(alpha.url, async (client) => {
      await client.query('CREATE TABLE IF NOT EXISTS notes (id int)');
      await expect(client.query('SELECT * FROM ls_test_beta.complaints')).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('permission denied for schema ls_test_beta'),
      });
      await expect(client.query('CREATE TABLE public.shared (id int)')).rejects.toMatchObject({
        code: '42501',
      });
    });
  });

  it('rejects a subgraph name that is not a plain lower-case name', async () => {
    await expect(provisionSubgraphSchema(databaseUrl, 'Robert"; DROP')).rejects.toThrow(
      /not allowed/,
    );
  });
});
