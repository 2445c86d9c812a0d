import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  GATEWAY_ISSUER,
  devAuthEnvironment,
  ensureDevKeys,
  provisionSubgraphSchema,
  type DevKeys,
} from '@hub/local-stack';
import { SignJWT, importPKCS8, type JWTPayload } from 'jose';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSubgraph, type RunningSubgraph } from '../src';
import { GreetingResolver } from './fixture.subgraph';
import { testEnvironment, uniqueTopic } from './support';

// A service is safe when nobody configured it: production behaviour without NODE_ENV, tokens
// that expire soon, the gateway's anonymous tokens worth no role, /metrics not open to all.

let keys: DevKeys;

beforeAll(async () => {
  keys = await ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-keys-')));
});

async function start(label: string, extra: NodeJS.ProcessEnv = {}): Promise<RunningSubgraph> {
  const { url, schema } = await provisionSubgraphSchema(
    testEnvironment().databaseUrl,
    `kit-safe-${label}`,
  );
  return createSubgraph(
    { name: `kit-safe-${label}`, resolvers: [GreetingResolver] },
    {
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: testEnvironment().brokers.join(','),
      HUB_EVENTS_TOPIC: uniqueTopic(label),
      ...devAuthEnvironment(keys),
      ...extra,
    },
  );
}

async function sign(
  claims: JWTPayload,
  options: { issuer?: 'identity' | 'gateway'; lifetimeSeconds?: number | null } = {},
): Promise<string> {
  const pem = options.issuer === 'gateway' ? keys.gateway : keys.issuer;
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('someone')
    .setIssuer(options.issuer === 'gateway' ? GATEWAY_ISSUER : DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt();
  if (options.lifetimeSeconds !== null) {
    token.setExpirationTime(Math.floor(Date.now() / 1000) + (options.lifetimeSeconds ?? 300));
  }
  return token.sign(await importPKCS8(pem.privateKeyPem, 'ES256'));
}

async function post(subgraph: RunningSubgraph, query: string, token?: string) {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    text: await response.text(),
  };
}

describe('a service started without NODE_ENV', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await start('prod');
  });
  afterAll(() => subgraph?.stop());

  it('refuses introspection and suggestions, and shows no stack trace', async () => {
    const token = await sign({ roles: ['agent'] });
    const introspection = await post(subgraph, '{ __schema { types { name } } }', token);
    expect(introspection.text).toContain('GRAPHQL_VALIDATION_FAILED');
    const misspelt = await post(subgraph, '{ greetng { id } }', token);
    expect(misspelt.text).not.toMatch(/Did you mean/i);
    const refused = await post(subgraph, '{ hrOnly }', token);
    expect(refused.text).toContain('FORBIDDEN');
    expect(refused.text).not.toMatch(/stacktrace|\/work\/|node_modules|\.ts:\d+/);
  });

  it('does not serve /metrics on its own port unless told where', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });
});

describe('a subgraph called directly', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await start('limits', { NODE_ENV: 'test' });
  });
  afterAll(() => subgraph?.stop());

  it('refuses what the gateway would refuse: too many aliases, too large a page', async () => {
    const token = await sign({ roles: ['agent'] });
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `g${i}: greeting { id }`).join(' ')} }`;
    const manyAliases = await post(subgraph, aliases, token);
    expect(manyAliases.status).toBe(400);
    expect(manyAliases.text).toMatch(/alias/i);
    expect(manyAliases.text).not.toContain('"data"');

    const page = await post(
      subgraph,
      '{ greetingFeed(first: 1000) { pageInfo { endCursor } } }',
      token,
    );
    expect(page.status).toBe(400);
    expect(page.text).toContain('first: at most 100 per page');

    const fine = await post(subgraph, '{ a: greeting { id } b: greeting { text } }', token);
    expect(fine.status).toBe(200);
  });
});

describe('tokens', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await start('tokens', { HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' });
  });
  afterAll(() => subgraph?.stop());

  it('without an expiry are refused', async () => {
    const forever = await sign({ roles: ['agent'] }, { lifetimeSeconds: null });
    expect((await post(subgraph, '{ greeting { id } }', forever)).status).toBe(401);
  });

  it('living longer than the configured lifetime are refused, shorter ones accepted', async () => {
    const long = await sign({ roles: ['agent'] }, { lifetimeSeconds: 2 * 3600 });
    expect((await post(subgraph, '{ greeting { id } }', long)).status).toBe(401);
    const short = await sign({ roles: ['agent'] }, { lifetimeSeconds: 600 });
    const answer = await post(subgraph, '{ greeting { id } }', short);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('"greeting"');
  });

  it('signed by the gateway carry no role, whatever they claim: the gateway vouches only for anonymous residents', async () => {
    const claimsHr = await sign({ roles: ['hr'], anonymous: false }, { issuer: 'gateway' });
    const answer = await post(subgraph, '{ hrOnly }', claimsHr);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('UNAUTHENTICATED');
    expect(answer.text).not.toContain('personnel file');
  });
});

describe('/metrics', () => {
  it('behind a token answers only with that token, and labels requests by route, never by path', async () => {
    const subgraph = await start('metrics-token', {
      HUB_METRICS_TOKEN: 'a-long-scrape-token-0123',
    });
    try {
      const base = subgraph.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      for (const path of ['/nope', '/nope/2', '/wp-admin', '/.env']) await fetch(`${base}${path}`);
      const scraped = await fetch(`${base}/metrics`, {
        headers: { authorization: 'Bearer a-long-scrape-token-0123' },
      });
      expect(scraped.status).toBe(200);
      const text = await scraped.text();
      expect(text).toContain('route="other"');
      expect(text).not.toMatch(/route="\/(nope|wp-admin|\.env)/);
    } finally {
      await subgraph.stop();
    }
  });

  it('on an internal port is served there and not on the service port', async () => {
    const subgraph = await start('metrics-port', { HUB_METRICS_PORT: '0' });
    try {
      const base = subgraph.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const port = subgraph.metricsPort;
      expect(port).toEqual(expect.any(Number));
      const internal = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(internal.status).toBe(200);
      expect(await internal.text()).toContain('hub_outbox_unsent_events');
    } finally {
      await subgraph.stop();
    }
  });
});
