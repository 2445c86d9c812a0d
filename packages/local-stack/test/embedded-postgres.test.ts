import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/processes';
import { resolvePostgres } from '../src/postgres';

async function selectOne(url: string): Promise<unknown> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const result = await client.query('SELECT 1 AS one, current_setting($1) AS encoding', [
      'server_encoding',
    ]);
    return result.rows[0];
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-postgres-test-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts when neither DATABASE_URL nor a local server answers, and stops again', async () => {
    // Nothing listens on a port that was free a moment ago: the "local server" is absent.
    const localServerUrl = `postgres://postgres@127.0.0.1:${await freePort()}/postgres`;

    const server = await resolvePostgres({ dataDir, localServerUrl, env: {} });
    try {
      expect(server.source).toBe('embedded');
      await expect(selectOne(server.adminUrl)).resolves.toEqual({ one: 1, encoding: 'UTF8' });
    } finally {
      await server.stop();
    }
    await expect(selectOne(server.adminUrl)).rejects.toThrow(/ECONNREFUSED/);

    // A second start opens the same cluster (no new initdb) with the stored password.
    const again = await resolvePostgres({ dataDir, localServerUrl, env: {} });
    try {
      expect(again.source).toBe('embedded');
      await expect(selectOne(again.adminUrl)).resolves.toEqual({ one: 1, encoding: 'UTF8' });
    } finally {
      await again.stop();
    }
    expect(fs.existsSync(path.join(dataDir, 'data', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('is not started when DATABASE_URL is set', async () => {
    const server = await resolvePostgres({
      dataDir,
      env: { DATABASE_URL: process.env.DATABASE_URL },
      localServerUrl: 'postgres://postgres@127.0.0.1:1/postgres',
    });
    expect(server.source).toBe('DATABASE_URL');
    expect(server.adminUrl).toBe(process.env.DATABASE_URL);
  });
});
