import { CASE_RECEIVED, type EventEnvelope } from '@hub/contracts';
import { DEV_AUDIENCE, DEV_ISSUER, readTopic } from '@hub/local-stack';
import { SignJWT, generateKeyPair, importPKCS8 } from 'jose';
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { SubmitCaseDocument, TrackCaseDocument, logCase, submissionOf } from './support/cases';
import { dataOf, startTestHub, type TestHub } from './support/hub';
import { metricTotal, postGraphQL, sendRaw } from './support/http-client';

// The real gateway in front of all six subgraphs: the subgraphs' own door, the limits the
// gateway enforces before any subgraph is called, the anonymous submission rate, the trace
// context that reaches the events, and answers that survive a slow or stopped subgraph.

const SUBGRAPHS = ['intake', 'routing', 'hr', 'police-referrals', 'internal-audit', 'civil-rights'];
const SUBMISSION_LIMIT = 3;
const SUBGRAPH_TIMEOUT_MS = 1_500;

const TYPENAME = graphql(`
  query GatewayTypename {
    __typename
  }
`);
const CASE_COUNT = graphql(`
  query GatewayCaseCount($n: Int) {
    cases(first: $n) {
      totalCount
    }
  }
`);
const CASE_ROUTING = graphql(`
  query GatewayCaseRouting($id: ID!) {
    case(id: $id) {
      srNumber
      routingStage
    }
  }
`);
const CASES_WITH_ASSIGNMENTS = graphql(`
  query GatewayCasesWithAssignments {
    cases(first: 5) {
      totalCount
      edges {
        node {
          id
          srNumber
          kind
          assignment {
            assignedAt
            staff {
              id
            }
          }
        }
      }
    }
  }
`);

function submission() {
  return submissionOf({
    kind: 'SERVICE_REQUEST',
    description: 'Streetlight out on the corner',
    location: { latitude: 42.3554, longitude: -71.0655 },
  });
}

describe('the gateway in front of the six subgraphs', () => {
  let hub: TestHub;
  let agent: string;

  beforeAll(async () => {
    hub = await startTestHub({
      subgraphs: SUBGRAPHS,
      label: 'e2e-gateway',
      gatewayEnvironment: {
        HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW: String(SUBMISSION_LIMIT),
        HUB_ANONYMOUS_SUBMISSION_WINDOW_SECONDS: '600',
        HUB_SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
        HUB_MAX_REQUEST_BYTES: String(64 * 1024),
      },
    });
    agent = await hub.token(['agent']);
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const baseUrl = () => hub.gatewayUrl.replace(/\/graphql$/, '');

  /**
   * Every call any subgraph has answered on /graphql, by the subgraphs' own /metrics, plus
   * every call the gateway made to one: neither moves for an operation refused at the gateway.
   */
  async function subgraphCalls(): Promise<number> {
    let total = 0;
    for (const subgraph of hub.subgraphs.values()) {
      const text = await (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text();
      total += metricTotal(text, 'hub_http_request_duration_seconds_count', ['route="/graphql"']);
    }
    const gatewayText = await (await fetch(`${baseUrl()}/metrics`)).text();
    return total + metricTotal(gatewayText, 'hub_gateway_subgraph_requests_total');
  }

  it('/healthz, /readyz (every subgraph ready) and /metrics answer', async () => {
    const health = await sendRaw(`${baseUrl()}/healthz`, { method: 'GET' });
    expect(health.json).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await sendRaw(`${baseUrl()}/readyz`, { method: 'GET' });
    expect(ready.status).toBe(200);
    expect(ready.json).toMatchObject({
      status: 'ready',
      subgraphs: Object.fromEntries(SUBGRAPHS.map((name) => [name, true])),
    });
    dataOf(await hub.query(CASE_COUNT, { n: 1 }, agent), 'a page of one case');
    const metrics = await sendRaw(`${baseUrl()}/metrics`, { method: 'GET' });
    expect(metrics.status).toBe(200);
    expect(
      metricTotal(metrics.text, 'hub_gateway_subgraph_requests_total', ['subgraph="intake"']),
    ).toBeGreaterThan(0);
    expect(metrics.text).toContain('hub_gateway_subgraph_request_duration_seconds_bucket');
    expect(metrics.text).toContain('hub_http_request_duration_seconds_bucket');
  });

  describe('each subgraph called directly, past the gateway', () => {
    const tokens: Record<string, () => Promise<string | undefined>> = {
      'without a token': async () => undefined,
      'with a token signed by another key': async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return new SignJWT({ roles: ['agent'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('intruder')
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(privateKey);
      },
      'with an expired token': async () => {
        const key = await importPKCS8(hub.keys.issuer.privateKeyPem, 'ES256');
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ roles: ['agent'] })
          .setProtectedHeader({ alg: 'ES256' })
          .setSubject('late-agent')
          .setIssuer(DEV_ISSUER)
          .setAudience(DEV_AUDIENCE)
          .setIssuedAt(now - 7_200)
          .setExpirationTime(now - 3_600)
          .sign(key);
      },
    };
    const cases = SUBGRAPHS.flatMap((name) =>
      Object.keys(tokens).map((how) => [name, how] as const),
    );

    it.each(cases)('%s answers 401 %s', async (name, how) => {
      const token = await tokens[how]!();
      const answer = await postGraphQL(
        hub.subgraphs.get(name)!.url,
        { query: TYPENAME, variables: {} },
        { token },
      );
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer');
      const [error] = answer.json.errors ?? [];
      expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
      if (how === 'with an expired token') expect(error?.message).toMatch(/expired/);
    });

    it('the same subgraph answers the gateway, which forwards a valid token', async () => {
      const answer = await hub.query(TYPENAME, {}, agent);
      expect(answer.status).toBe(200);
      expect(answer.data).toEqual({ __typename: 'Query' });
    });
  });

  describe('limits, enforced before any subgraph is called', () => {
    // Department.head → StaffMember.department → … is a cycle: depth 20 is otherwise valid.
    const depth20 = () => {
      const chain = ['case(id: "00000000-0000-0000-0000-000000000000")', 'department'];
      while (chain.length < 19) chain.push(chain.length % 2 === 0 ? 'head' : 'department');
      return `{ ${chain.join(' { ')} { id ${'} '.repeat(chain.length)}}`;
    };
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: cases(first: 1) { totalCount }`).join(' ')} }`;

    // Built at run time, or refused by the gateway's limits: these stay strings.
    it.each([
      ['a query of depth 20', { query: depth20() }, /Query depth limit of 12 exceeded, found 20/],
      // Ten thousand tokens: the parser stops counting at 2,000, before the alias rule runs.
      ['a query with 1,000 aliases', { query: aliases(1_000) }, /more tha[nt] 2000 tokens/],
      ['a query with 40 aliases', { query: aliases(40) }, /Aliases limit of 30 exceeded, found 40/],
      [
        '`first: 100000` as a literal',
        { query: '{ cases(first: 100000) { totalCount } }' },
        /^first: at most 100 per page \(Query\.cases\)$/,
      ],
      [
        '`first: 100000` as a variable',
        {
          query: 'query($n: Int) { cases(first: $n) { totalCount } }',
          variables: { n: 100_000 },
        },
        /^first: at most 100 per page \(Query\.cases\)$/,
      ],
      [
        '`first: 100000` as a variable used in a fragment',
        {
          query:
            'query($n: Int!) { ...Q } fragment Q on Query { hrAccessLog(first: $n) { caseId } }',
          variables: { n: 100_000 },
        },
        /^first: at most 100 per page \(Query\.hrAccessLog\)$/,
      ],
      [
        '`first: 100000` as a variable default',
        { query: 'query($n: Int = 100000) { cases(first: $n) { totalCount } }' },
        /^first: at most 100 per page \(Query\.cases\)$/,
      ],
    ])('%s is refused with a clear error', async (_what, body, message) => {
      const before = await subgraphCalls();
      const answer = await postGraphQL(hub.gatewayUrl, body, { token: agent });
      expect(answer.status).toBe(400);
      expect(answer.json.data).toBeUndefined();
      // The limit that was passed is named (the cost estimate may object too, never a typo).
      expect(answer.json.errors.map((e: { message: string }) => e.message)).toContainEqual(
        expect.stringMatching(message),
      );
      for (const error of answer.json.errors) {
        expect(error.message).toMatch(/limit|tokens|at most/);
        expect(error.extensions.code).toMatch(
          /GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|BAD_USER_INPUT/,
        );
      }
      expect(await subgraphCalls()).toBe(before);
    });

    it('`first: 100`, by literal or variable, reaches the subgraph (so the counters above can move)', async () => {
      const LITERAL = graphql(`
        query GatewayHundredCases {
          cases(first: 100) {
            totalCount
          }
        }
      `);
      const before = await subgraphCalls();
      const literal = await hub.query(LITERAL, {}, agent);
      const variable = await hub.query(CASE_COUNT, { n: 100 }, agent);
      expect(literal.errors).toBeUndefined();
      expect(variable.errors).toBeUndefined();
      expect(await subgraphCalls()).toBeGreaterThan(before);
    });

    it('a body over HUB_MAX_REQUEST_BYTES is refused with 413 in GraphQL shape', async () => {
      // The body itself is what is tested: written out, past the limit.
      const answer = await sendRaw(hub.gatewayUrl, {
        body: JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(70_000) } }),
      });
      expect(answer.status).toBe(413);
      expect(answer.json.errors[0]).toMatchObject({
        message: expect.stringMatching(/larger than the 65536 bytes allowed/),
        extensions: { code: 'BAD_REQUEST' },
      });
    });
  });

  it('a submission with a traceparent carries the same trace id into case.received.v1 on the topic', async () => {
    const traceId = randomUUID().replace(/-/g, '');
    const answer = await postGraphQL(
      hub.gatewayUrl,
      { query: SubmitCaseDocument, variables: submission() },
      {
        from: '127.0.0.9',
        headers: {
          traceparent: `00-${traceId}-b7ad6b7169203331-01`,
          'x-request-id': 'req-trace-1',
        },
      },
    );
    expect(answer.headers['x-request-id']).toBe('req-trace-1');
    const caseId = dataOf(answer.json, 'the submission').submitCase.caseId;
    const { events } = await readTopic<EventEnvelope>(
      process.env.KAFKA_BROKERS!.split(','),
      hub.topic,
      (seen) => seen.some((e) => e.type === CASE_RECEIVED && e.subject === caseId),
    );
    const received = events.find((e) => e.type === CASE_RECEIVED && e.subject === caseId)!;
    expect(received.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    // The gateway is a hop of its own: same trace, its own parent id.
    expect(received.traceparent).not.toContain('b7ad6b7169203331');
  });

  describe('anonymous submissions per client address', () => {
    it('past the limit are refused with RATE_LIMITED and Retry-After, while another address and a signed-in agent go on', async () => {
      const from = '127.0.0.2';
      for (let i = 0; i < SUBMISSION_LIMIT; i += 1) {
        const accepted = await postGraphQL(
          hub.gatewayUrl,
          { query: SubmitCaseDocument, variables: submission() },
          { from },
        );
        expect(accepted.json.errors).toBeUndefined();
      }
      const before = await subgraphCalls();
      const refused = await postGraphQL(
        hub.gatewayUrl,
        { query: SubmitCaseDocument, variables: submission() },
        { from },
      );
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json.data).toBeUndefined();
      expect(refused.json.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /too many anonymous submissions from this address: at most 3 every 600 s; retry after \d+ s, or sign in/,
        ),
        extensions: { code: 'RATE_LIMITED', retryAfter: Number(refused.headers['retry-after']) },
      });
      expect(await subgraphCalls()).toBe(before);

      // Tracking is not a submission: the same address may still read.
      const tracked = await postGraphQL(
        hub.gatewayUrl,
        { query: TrackCaseDocument, variables: { sr: 'SR-0' } },
        { from },
      );
      expect(tracked.status).toBe(200);

      const elsewhere = await postGraphQL(
        hub.gatewayUrl,
        { query: SubmitCaseDocument, variables: submission() },
        { from: '127.0.0.3' },
      );
      expect(elsewhere.json.errors).toBeUndefined();

      for (let i = 0; i < SUBMISSION_LIMIT + 2; i += 1) {
        const signedIn = await postGraphQL(
          hub.gatewayUrl,
          { query: SubmitCaseDocument, variables: submission() },
          { from, token: agent },
        );
        expect(signedIn.status).toBe(200);
        expect(signedIn.json.errors).toBeUndefined();
      }
    });

    it('each aliased submitCase in one request counts', async () => {
      const aliased = graphql(`
        mutation GatewayFourSubmissions(
          $a: SubmitCaseInput!
          $b: SubmitCaseInput!
          $c: SubmitCaseInput!
          $d: SubmitCaseInput!
        ) {
          a: submitCase(input: $a) {
            caseId
          }
          b: submitCase(input: $b) {
            caseId
          }
          c: submitCase(input: $c) {
            caseId
          }
          d: submitCase(input: $d) {
            caseId
          }
        }
      `);
      const variables = {
        a: submission().input,
        b: submission().input,
        c: submission().input,
        d: submission().input,
      };
      const answer = await postGraphQL(
        hub.gatewayUrl,
        { query: aliased, variables },
        { from: '127.0.0.4' },
      );
      expect(answer.status).toBe(429);
      expect(answer.json.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });
  });

  it('a slow subgraph (past HUB_SUBGRAPH_TIMEOUT_MS) gives null for its fields and an error naming it; the rest returns', async () => {
    const { id, srNumber } = await logCase(hub, agent, {
      channel: 'PHONE',
      kind: 'SERVICE_REQUEST',
      description: 'Slow day',
      location: { address: '1 City Hall Square' },
    });
    const routing = hub.subgraphs.get('routing')!;
    const held = routing.orm.em.fork().transactional(async (em) => {
      await em.execute('lock table routed_case in access exclusive mode');
      await new Promise((resolve) => setTimeout(resolve, SUBGRAPH_TIMEOUT_MS + 1_500));
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      const answer = await hub.query(CASE_ROUTING, { id }, agent);
      expect(Date.now() - started).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 1_000);
      expect(answer.status).toBe(200);
      expect(answer.data?.case).toEqual({ srNumber, routingStage: null });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message: `the routing service is unavailable: it did not answer within ${SUBGRAPH_TIMEOUT_MS} ms; its fields are null`,
          extensions: expect.objectContaining({
            code: 'SUBGRAPH_UNAVAILABLE',
            serviceName: 'routing',
          }),
        }),
      ]);
    } finally {
      await held;
    }
  });

  describe('with routing stopped (last: the hub stays so)', () => {
    beforeAll(async () => {
      await hub.stopSubgraph('routing');
    });

    it('cases with their assignments return the intake fields and an error naming routing', async () => {
      // Intake takes the case while routing is down.
      const logged = await logCase(hub, agent, {
        channel: 'PHONE',
        kind: 'SERVICE_REQUEST',
        description: 'Logged while routing is down',
        location: { address: '1 City Hall Square' },
      });
      const answer = await hub.query(CASES_WITH_ASSIGNMENTS, {}, agent);
      expect(answer.status).toBe(200);
      const nodes = answer.data!.cases.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.id)).toContain(logged.id);
      for (const node of nodes) {
        expect(node).toMatchObject({ srNumber: expect.stringMatching(/^SR-/), assignment: null });
      }
      expect(answer.errors).toEqual([
        expect.objectContaining({
          message:
            'the routing service is unavailable: it could not be reached; its fields are null',
          extensions: expect.objectContaining({
            code: 'SUBGRAPH_UNAVAILABLE',
            serviceName: 'routing',
          }),
        }),
      ]);
    });

    it('a submission still succeeds', async () => {
      const answer = await postGraphQL(
        hub.gatewayUrl,
        { query: SubmitCaseDocument, variables: submission() },
        { from: '127.0.0.5' },
      );
      expect(answer.status).toBe(200);
      expect(dataOf(answer.json).submitCase.srNumber).toMatch(/^SR-/);
    });

    it('/readyz answers 503 naming routing; /healthz stays 200', async () => {
      const ready = await sendRaw(`${baseUrl()}/readyz`, { method: 'GET' });
      expect(ready.status).toBe(503);
      expect(ready.json).toMatchObject({
        status: 'unavailable',
        unavailable: ['routing'],
        message: 'not ready: routing unavailable',
        subgraphs: { routing: false, intake: true },
      });
      const health = await sendRaw(`${baseUrl()}/healthz`, { method: 'GET' });
      expect(health.status).toBe(200);
    });

    it('with every subgraph but intake stopped, a submission still succeeds', async () => {
      await Promise.all(
        SUBGRAPHS.filter((name) => name !== 'intake').map((name) => hub.stopSubgraph(name)),
      );
      const answer = await postGraphQL(
        hub.gatewayUrl,
        { query: SubmitCaseDocument, variables: submission() },
        { from: '127.0.0.6' },
      );
      expect(answer.status).toBe(200);
      expect(dataOf(answer.json).submitCase.srNumber).toMatch(/^SR-/);
    });
  });
});
