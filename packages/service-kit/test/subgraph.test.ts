import { provisionSubgraphSchema } from '@hub/local-stack';
import { SignJWT, exportSPKI, generateKeyPair, type KeyLike } from 'jose';
import { EnvironmentError, createSubgraph, type RunningSubgraph } from '../src';
import { GREETING_IDS, GreetingResolver } from './fixture.subgraph';
import { testEnvironment, uniqueTopic } from './support';

const issuer = 'https://hub.test/issuer';
const audience = 'complaint-hub';

describe('createSubgraph', () => {
  let subgraph: RunningSubgraph;
  let privateKey: KeyLike;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const keys = await generateKeyPair('ES256', { extractable: true });
    privateKey = keys.privateKey as KeyLike;
    const { url, schema } = await provisionSubgraphSchema(
      testEnvironment().databaseUrl,
      'kit-bootstrap-test',
    );
    env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: testEnvironment().brokers.join(','),
      HUB_EVENTS_TOPIC: uniqueTopic('bootstrap'),
      HUB_AUTH_ISSUER: issuer,
      HUB_AUTH_AUDIENCE: audience,
      HUB_AUTH_PUBLIC_KEY: await exportSPKI(keys.publicKey),
    };
    subgraph = await createSubgraph(
      { name: 'kit-bootstrap-test', resolvers: [GreetingResolver] },
      env,
    );
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  async function token(
    claims: Record<string, unknown>,
    options: { key?: KeyLike; expiresIn?: string } = {},
  ) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('agent-42')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? privateKey);
  }

  async function post(query: string, bearer?: string) {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: any[] },
    };
  }

  it('answers a query for a caller with a valid token', async () => {
    const { status, body } = await post(
      '{ greeting { id text } }',
      await token({ roles: ['agent'] }),
    );
    expect(status).toBe(200);
    expect(body.data.greeting).toEqual({ id: GREETING_IDS.ordinary, text: 'hello agent-42' });
  });

  it('refuses a caller without a token, with a token signed by another key, and with an expired token', async () => {
    const stranger = (await generateKeyPair('ES256')).privateKey as KeyLike;
    const cases = [
      undefined,
      await token({ roles: ['hr'] }, { key: stranger }),
      await token({ roles: ['hr'] }, { expiresIn: '-1m' }),
    ];
    for (const bearer of cases) {
      const { status, body } = await post('{ greeting { id } }', bearer);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(body)).not.toContain(bearer ?? 'Bearer');
    }
  });

  it('a field guarded by a role is forbidden to other roles and the rest of the answer still comes back', async () => {
    const { body } = await post(
      '{ greeting { text } hrOnly }',
      await token({ roles: ['department_head'] }),
    );
    expect(body.data?.greeting?.text).toBe('hello agent-42');
    expect(body.errors?.[0]?.path).toEqual(['hrOnly']);
    expect(body.data?.hrOnly).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hr = await post('{ hrOnly }', await token({ roles: ['hr'] }));
    expect(hr.body.data.hrOnly).toBe('personnel file');
  });

  it('declares each role rule in the schema with the check that enforces it', async () => {
    const { body } = await post('{ _service { sdl } }', await token({ roles: ['gateway'] }));
    const sdl: string = body.data._service.sdl;
    expect(sdl).toMatch(/hrOnly: String @requiresScopes\(scopes: \[\["hr"\]\]\)/);
    expect(sdl).toMatch(/greeting: Greeting! @authenticated/);
    expect(sdl).toMatch(/secret: String @requiresScopes\(scopes: \[\["hr"\], \["agent"\]\]\)/);
    const anonymous = await post('{ greeting { id } }', await token({ anonymous: true }));
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a restricted field answers by the rule for each case, and logs every attempt', async () => {
    const agent = await post('{ greetings { id secret } }', await token({ roles: ['agent'] }));
    expect(agent.body.data.greetings).toEqual([
      { id: GREETING_IDS.ordinary, secret: `the secret of ${GREETING_IDS.ordinary}` },
      { id: GREETING_IDS.confidential, secret: null },
    ]);
    expect(agent.body.errors).toHaveLength(1);
    expect(agent.body.errors?.[0]).toMatchObject({
      path: ['greetings', 1, 'secret'],
      extensions: { code: 'FORBIDDEN' },
    });
    const hr = await post('{ greetings { secret } }', await token({ roles: ['hr'] }));
    expect(hr.body.errors).toBeUndefined();
    expect(hr.body.data.greetings.map((g: { secret: string }) => g.secret)).toEqual([
      `the secret of ${GREETING_IDS.ordinary}`,
      `the secret of ${GREETING_IDS.confidential}`,
    ]);
    const log = await subgraph.orm.em
      .fork()
      .execute<{ case_id: string; granted: boolean; reader_roles: string[] }[]>(
        `select case_id, granted, reader_roles from restricted_field_read
          where field = 'secret' order by id`,
      );
    expect(log).toEqual([
      { case_id: GREETING_IDS.ordinary, granted: true, reader_roles: ['agent'] },
      { case_id: GREETING_IDS.confidential, granted: false, reader_roles: ['agent'] },
      { case_id: GREETING_IDS.ordinary, granted: true, reader_roles: ['hr'] },
      { case_id: GREETING_IDS.confidential, granted: true, reader_roles: ['hr'] },
    ]);
  });

  it('pages a list as a Relay connection with its total count', async () => {
    const { body } = await post(
      '{ greetingPage { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
      await token({ roles: ['agent'] }),
    );
    expect(body.data.greetingPage).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true, endCursor: GREETING_IDS.ordinary },
      edges: [{ cursor: GREETING_IDS.ordinary, node: { id: GREETING_IDS.ordinary } }],
    });
    const sdl = await post('{ _service { sdl } }', await token({ roles: ['gateway'] }));
    expect(sdl.body.data._service.sdl).toMatch(/type GreetingConnection \{[^}]*totalCount: Int!/);
    expect(sdl.body.data._service.sdl).toMatch(/type GreetingFeed \{[^}]*pageInfo: PageInfo!\s*\}/);
  });

  it('publishes its federation SDL with the entity key', async () => {
    const { body } = await post('{ _service { sdl } }', await token({ roles: ['gateway'] }));
    expect(body.data._service.sdl).toMatch(/type Greeting\s+@key\(fields: "id"\)/);
  });

  it('reports health, readiness and metrics', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ postgres: true, kafka: true });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('hub_outbox_unsent_events');
    expect(metrics).toContain('hub_http_request_duration_seconds');
  });

  it('refuses to start with a missing or malformed variable, naming each one', async () => {
    const broken = {
      ...env,
      DATABASE_URL: undefined,
      KAFKA_BROKERS: '',
      PORT: 'eighty',
      HUB_JURISDICTON: 'typo',
    };
    const attempt = createSubgraph(
      { name: 'kit-bootstrap-test', resolvers: [GreetingResolver] },
      broken,
    );
    await expect(attempt).rejects.toThrow(EnvironmentError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toMatch(/DATABASE_URL: is required/);
    expect(message).toMatch(/KAFKA_BROKERS:/);
    expect(message).toMatch(/PORT: must be a port number/);
    expect(message).toMatch(/HUB_JURISDICTON: is not a setting of kit-bootstrap-test/);
  });
});
