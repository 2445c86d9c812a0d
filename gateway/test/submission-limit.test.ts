import { testEnvironment } from '@hub/local-stack';
import type { RunningGateway } from '@hub/gateway';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { postGraphQL, type RawAnswer } from '../../test/support/http-client';
import { startGatewayReplicas, type GatewayReplicas } from './support/gateways';

// The submission limit through two real gateways in front of a real intake, counting in one
// PostgreSQL schema: what is refused, what counts, who is limited, and what a caller sees
// while the count cannot be read. Operations are plain strings: the aliased ones are built
// here, and the gateway package has no generated operations of its own.

const ANONYMOUS_LIMIT = 3;
const RESIDENT_LIMIT = 2;
const WINDOW_SECONDS = 600;

const SUBMIT = `mutation Submit($input: SubmitCaseInput!) {
  submitCase(input: $input) { caseId srNumber }
}`;
const TRACK = `query Track($sr: String!) { trackCase(srNumber: $sr) { status } }`;

function submission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    kind: 'SERVICE_REQUEST',
    description: 'Streetlight out on the corner',
    location: { latitude: 42.3554, longitude: -71.0655 },
    ...overrides,
  };
}

/** One request with a submitCase per input, aliased s0, s1, ... */
function aliasedSubmissions(inputs: Record<string, unknown>[]) {
  const variables = Object.fromEntries(inputs.map((input, i) => [`i${i}`, input]));
  const declarations = inputs.map((_, i) => `$i${i}: SubmitCaseInput!`).join(', ');
  const fields = inputs.map((_, i) => `s${i}: submitCase(input: $i${i}) { caseId }`).join(' ');
  return { query: `mutation Burst(${declarations}) { ${fields} }`, variables };
}

describe('submitCase limits, counted in PostgreSQL by every gateway replica', () => {
  let hub: GatewayReplicas;
  let first: RunningGateway;
  let second: RunningGateway;

  const submit = (
    gateway: RunningGateway,
    from: string,
    options: { input?: Record<string, unknown>; token?: string } = {},
  ) =>
    postGraphQL(
      gateway.url,
      { query: SUBMIT, variables: { input: options.input ?? submission() } },
      { from, token: options.token },
    );

  const expectAccepted = (answer: RawAnswer) => {
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.submitCase.srNumber).toEqual(expect.any(String));
  };

  const expectLimited = (answer: RawAnswer, message: RegExp) => {
    expect(answer.status).toBe(429);
    expect(answer.json.data).toBeUndefined();
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(answer.json.errors).toEqual([
      {
        message: expect.stringMatching(message),
        extensions: { code: 'RATE_LIMITED', retryAfter },
      },
    ]);
  };
  const ANONYMOUS_REFUSAL = new RegExp(
    `^too many anonymous submissions from this address: at most ${ANONYMOUS_LIMIT} every ` +
      `${WINDOW_SECONDS} s; retry after \\d+ s, or sign in$`,
  );
  const RESIDENT_REFUSAL = new RegExp(
    `^too many submissions from this account: at most ${RESIDENT_LIMIT} every ` +
      `${WINDOW_SECONDS} s; retry after \\d+ s$`,
  );

  beforeAll(async () => {
    hub = await startGatewayReplicas({
      label: 'gw-limit',
      replicas: 2,
      environment: {
        // What a deployment's callers see: no stack traces, internal errors masked.
        NODE_ENV: 'production',
        HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW: String(ANONYMOUS_LIMIT),
        HUB_RESIDENT_SUBMISSIONS_PER_WINDOW: String(RESIDENT_LIMIT),
        HUB_ANONYMOUS_SUBMISSION_WINDOW_SECONDS: String(WINDOW_SECONDS),
      },
    });
    [first, second] = hub.gateways as [RunningGateway, RunningGateway];
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('a burst over the limit is refused whole and counts nothing: the address may then submit up to the limit', async () => {
    const from = '127.0.3.1';
    const burst = await postGraphQL(
      first.url,
      aliasedSubmissions([submission(), submission(), submission(), submission()]),
      { from },
    );
    expectLimited(burst, ANONYMOUS_REFUSAL);

    for (let i = 0; i < ANONYMOUS_LIMIT; i += 1) expectAccepted(await submit(first, from));
    expectLimited(await submit(first, from), ANONYMOUS_REFUSAL);
  });

  it('submissions that create nothing count nothing: input intake refuses, input the schema refuses, a reused key', async () => {
    const from = '127.0.3.2';
    for (let i = 0; i < ANONYMOUS_LIMIT + 1; i += 1) {
      const refused = await submit(first, from, { input: submission({ description: '  \n ' }) });
      expect(refused.json.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'description',
      });
    }
    const withoutKind = submission();
    delete withoutKind.kind;
    for (let i = 0; i < ANONYMOUS_LIMIT + 1; i += 1) {
      const refused = await submit(second, from, { input: withoutKind });
      expect(refused.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }

    const original = submission();
    expectAccepted(await submit(first, from, { input: original }));
    const reused = await submit(first, from, {
      input: { ...original, description: 'Another report under the same key' },
    });
    expect(reused.json.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    expectAccepted(await submit(second, from));
    expectAccepted(await submit(first, from));
    expectLimited(await submit(second, from), ANONYMOUS_REFUSAL);
  });

  it('in a request whose later submission is refused, the earlier one created its case and counts', async () => {
    const from = '127.0.3.3';
    const mixed = await postGraphQL(
      first.url,
      aliasedSubmissions([submission(), submission({ description: '' })]),
      { from },
    );
    // submitCase is non-null: the refused one takes the whole answer with it.
    expect(mixed.json.data).toBeNull();
    expect(mixed.json.errors?.[0]).toMatchObject({
      path: ['s1'],
      extensions: { code: 'BAD_USER_INPUT', field: 'description' },
    });

    expectAccepted(await submit(first, from));
    expectAccepted(await submit(first, from));
    expectLimited(await submit(first, from), ANONYMOUS_REFUSAL);
  });

  it('signed-in residents are limited per account wherever they call from; staff are not, and an address keeps its own count', async () => {
    const resident = await hub.token(['resident'], `resident-${randomUUID()}`);
    expectAccepted(await submit(first, '127.0.3.4', { token: resident }));
    expectAccepted(await submit(second, '127.0.3.5', { token: resident }));
    expectLimited(await submit(first, '127.0.3.6', { token: resident }), RESIDENT_REFUSAL);
    expectLimited(await submit(second, '127.0.3.4', { token: resident }), RESIDENT_REFUSAL);

    const neighbour = await hub.token(['resident'], `resident-${randomUUID()}`);
    expectAccepted(await submit(first, '127.0.3.4', { token: neighbour }));
    expectAccepted(await submit(first, '127.0.3.4'));

    const agent = await hub.token(['agent'], 'agent-7');
    for (let i = 0; i < ANONYMOUS_LIMIT + RESIDENT_LIMIT; i += 1) {
      expectAccepted(await submit(second, '127.0.3.4', { token: agent }));
    }
  });

  it('replicas share one count: what one accepted, the other counts', async () => {
    const from = '127.0.3.7';
    expectAccepted(await submit(first, from));
    expectAccepted(await submit(second, from));
    expectAccepted(await submit(first, from));
    expectLimited(await submit(second, from), ANONYMOUS_REFUSAL);
    expectLimited(await submit(first, from), ANONYMOUS_REFUSAL);
  });

  it('while the count cannot be reached, submissions are refused with 503 and Retry-After, other calls go on, and once it is back submissions are accepted again', async () => {
    const from = '127.0.3.8';
    const resident = await hub.token(['resident'], `resident-${randomUUID()}`);
    const agent = await hub.token(['agent'], 'agent-8');
    const admin = new Client({ connectionString: testEnvironment().databaseUrl });
    await admin.connect();
    const role = `"${hub.databaseRole}"`;
    try {
      // The store goes away under the replicas: their connections are cut and none is let in.
      await admin.query(`ALTER ROLE ${role} NOLOGIN`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1',
        [hub.databaseRole],
      );

      for (const answer of [
        await submit(first, from),
        await submit(second, from, { token: resident }),
      ]) {
        expect(answer.status).toBe(503);
        expect(answer.headers['retry-after']).toBe('30');
        expect(answer.json).toEqual({
          errors: [
            {
              message:
                'submissions cannot be accepted right now: the submission limit cannot be ' +
                'checked; nothing was submitted; retry after 30 s',
              extensions: { code: 'RATE_LIMITED', retryAfter: 30 },
            },
          ],
        });
      }

      expectAccepted(await submit(first, from, { token: agent }));
      const tracked = await postGraphQL(
        second.url,
        { query: TRACK, variables: { sr: 'SR-00-0000-0000' } },
        { from },
      );
      expect(tracked.status).toBe(200);
      expect(tracked.json.errors).toBeUndefined();
    } finally {
      await admin.query(`ALTER ROLE ${role} LOGIN`);
      await admin.end();
    }

    expectAccepted(await submit(first, from));
    expectAccepted(await submit(second, from, { token: resident }));
  });
});
