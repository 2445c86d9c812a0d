import fc from 'fast-check';
import { Agent } from 'node:http';
import { graphql } from './graphql';
import { startTestHub, type TestHub } from './support/hub';
import { sendRaw } from './support/http-client';

// Property-based fuzzing of the gateway's front door: thousands of malformed documents,
// variables and bodies. Whatever arrives, the answer is a 4xx or a GraphQL answer, never a 5xx,
// and the gateway is still alive afterwards. The seed is fixed and printed, so a failure
// reproduces: GATEWAY_FUZZ_SEED=<seed> npx jest test/gateway-fuzz.

const SEED = Number(process.env.GATEWAY_FUZZ_SEED ?? 7_311);
const RUNS = 2_000;
const CONCURRENCY = 16;

// Seeds of the fuzzing, cut and mutated at run time: strings by nature.
const VALID = [
  '{ __typename }',
  'query Cases($n: Int, $after: String) { cases(first: $n, after: $after) { totalCount edges { cursor node { id srNumber kind status assignment { assignedAt } } } pageInfo { hasNextPage endCursor } } }',
  'query($sr: String!) { trackCase(srNumber: $sr) { srNumber status receivedAt } }',
  'query($id: ID!) { case(id: $id) { id srNumber department { id name head { name department { name } } } deadlines { clock dueAt } } }',
  'mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId srNumber } }',
  'mutation($input: LogCaseInput!) { logCase(input: $input) { id } }',
  'query A { a: __typename ...F @include(if: true) } fragment F on Query { b: __typename }',
];

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '=',
  '@',
  '...',
  '|',
  '&',
  '"',
  '"""',
  '#',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'true',
  'null',
  '__schema',
  '__type(name: "Case")',
  'first:',
  'first: 100000',
  '$n',
  'Int',
  'String!',
  '@skip(if: $x)',
  '@include',
  '@deprecated',
  '\\u0000',
  '\u0000',
  '\ud800',
  '😀',
  '-1',
  '1e309',
  '0x10',
  'cases',
  'case(id: "x")',
  'submitCase',
  'input:',
  'edges',
  'node',
  'srNumber',
  'a:',
];

/** A valid operation, cut, duplicated and sprinkled with stray tokens. */
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'duplicate'),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.constantFrom(...TOKENS),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([document, edits]) => {
    let text = document;
    for (const [edit, at, length, token] of edits) {
      const position = at % (text.length + 1);
      if (edit === 'insert') text = `${text.slice(0, position)} ${token} ${text.slice(position)}`;
      else if (edit === 'delete') text = text.slice(0, position) + text.slice(position + length);
      else text = text.slice(0, position + length) + text.slice(position);
    }
    return text;
  });

const document = fc.oneof(
  { weight: 4, arbitrary: mutatedDocument },
  {
    weight: 2,
    arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(' ')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.fullUnicodeString({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 3_000 }).map((n) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...VALID) },
);

function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

const variables = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.dictionary(
    fc.constantFrom('n', 'after', 'sr', 'id', 'input', 'x', '__proto__', 'constructor'),
    fc.jsonValue({ maxDepth: 4 }),
  ),
  fc.record({ n: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)) }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Well-formed operations with fuzzed variables: these reach the subgraphs' own input checks. */
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.fullUnicodeString({ maxLength: 60 }));
const wellFormed = fc.oneof(
  fc.record({
    query: fc.constant(VALID[1]!),
    variables: fc.record({
      n: fc.oneof(fc.integer({ min: -5, max: 150 }), fc.constant(null)),
      after: fc.option(text, { nil: undefined }),
    }),
  }),
  fc.record({ query: fc.constant(VALID[2]!), variables: fc.record({ sr: text }) }),
  fc.record({ query: fc.constant(VALID[3]!), variables: fc.record({ id: text }) }),
  fc.record({
    query: fc.constant(VALID[4]!),
    variables: fc.record({
      input: fc.record(
        {
          idempotencyKey: fc.oneof(fc.uuid(), text),
          kind: fc.constantFrom('SERVICE_REQUEST', 'STAFF_COMPLAINT', 'COMPLIMENT', 'NOPE'),
          description: text,
          location: fc.oneof(
            fc.record({
              latitude: fc.double({ noNaN: true }),
              longitude: fc.double({ noNaN: true }),
            }),
            fc.record({ address: text }),
          ),
          reporter: fc.record({ email: text, preferredLanguage: text }, { requiredKeys: [] }),
        },
        { requiredKeys: ['kind', 'description'] },
      ),
    }),
  }),
);

interface Sample {
  readonly body: string;
  readonly contentType: string;
  readonly signedIn: boolean;
  readonly method: 'POST' | 'GET';
}

const graphqlBody = fc
  .record({
    query: fc.oneof({ weight: 8, arbitrary: document }, { weight: 1, arbitrary: fc.jsonValue() }),
    variables,
    // Mostly absent: a body with a malformed envelope stops at the first check, the document
    // never reached.
    operationName: rarely(fc.oneof(fc.constantFrom('A', 'Cases', 'F'), fc.jsonValue())),
    extensions: rarely(fc.jsonValue({ maxDepth: 2 })),
  })
  .map((body) => JSON.stringify(body));

const sample: fc.Arbitrary<Sample> = fc.record({
  body: fc.oneof(
    { weight: 9, arbitrary: graphqlBody },
    { weight: 3, arbitrary: wellFormed.map((body) => JSON.stringify(body)) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
    { weight: 1, arbitrary: graphqlBody.map((body) => `[${body},${body}]`) },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    'text/plain',
    'application/json; charset=latin-9',
  ),
  signedIn: fc.boolean(),
  method: fc.constantFrom<'POST' | 'GET'>('POST', 'POST', 'POST', 'POST', 'GET'),
});

describe('the gateway under malformed input', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ subgraphs: ['intake', 'routing'], label: 'e2e-gateway-fuzz' });
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it(`${RUNS} generated malformed documents, variables and bodies never get a 5xx and never stop it`, async () => {
    console.log(
      `gateway fuzz: seed ${SEED}, ${RUNS} requests (GATEWAY_FUZZ_SEED=${SEED} to replay)`,
    );
    const token = await hub.token(['agent']);
    const samples = fc.sample(sample, { seed: SEED, numRuns: RUNS });
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const failures: { index: number; sample: Sample; status: number; text: string }[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < samples.length) {
        const index = next++;
        const item = samples[index]!;
        const headers: Record<string, string> = { 'content-type': item.contentType };
        if (item.signedIn) headers.authorization = `Bearer ${token}`;
        const answer =
          item.method === 'GET'
            ? await sendRaw(
                `${hub.gatewayUrl}?query=${encodeURIComponent(item.body)}&variables=${encodeURIComponent(item.body)}`,
                {
                  method: 'GET',
                  headers: { ...headers, 'apollo-require-preflight': 'true' },
                  agent,
                },
              )
            : await sendRaw(hub.gatewayUrl, { body: item.body, headers, agent });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        for (const error of answer.json?.errors ?? []) {
          const code = String(error?.extensions?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        if (answer.status >= 500 || answer.status === 0)
          failures.push({ index, sample: item, status: answer.status, text: answer.text });
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();
    console.log(
      `gateway fuzz: ${RUNS} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `error codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    if (failures.length > 0) {
      console.log(
        `gateway fuzz: seed ${SEED}, ${failures.length} answers of 5xx; first:\n` +
          JSON.stringify(failures.slice(0, 3), null, 2),
      );
    }
    expect(failures).toEqual([]);
    // The door is still open and still answers properly.
    const health = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    const after = await hub.query(
      graphql(`
        query FuzzStillAnswers {
          __typename
        }
      `),
      {},
      token,
    );
    expect(after).toEqual({ status: 200, data: { __typename: 'Query' } });
  }, 180_000);
});
