import { Supergraph } from '@apollo/federation-internals';
import { ROLES } from '@hub/contracts';
import { supergraphForGateway } from '@hub/gateway';
import fc from 'fast-check';
import { buildASTSchema, parse, valueFromASTUntyped, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { graphql } from './graphql';
import { submitCase } from './support/cases';
import {
  bodyOf,
  hubLogs,
  internalsIn,
  markedSubmissions,
  markersFor,
  operationsOf,
  post,
  randomSample,
  targetedSamples,
  type Answer,
  type FuzzContext,
  type FuzzOperation,
  type SchemaSample,
} from './support/gateway-fuzz';
import { dataOf, startTestHub, type TestHub } from './support/hub';
import { sendRaw } from './support/http-client';

// Property-based fuzzing of the gateway's front door and, through it, of all six subgraphs.
// Two parts: thousands of malformed documents, variables and bodies; then every argument of
// every operation of the committed supergraph, as the anonymous caller and as a signed-in
// caller the supergraph lets call it, with NUL bytes, lone UTF-16 surrogates, overlong strings,
// out-of-range dates and numbers, wrong enums and malformed cursors (plus as many random
// mixes). Whatever arrives: no 5xx (from the gateway, or from a subgraph behind it), no error
// that shows SQL, a file path or a stack trace, the gateway still alive afterwards, and not one
// log line of the gateway or a subgraph holding the reporter's name, email, phone, address or
// description the inputs carried. The seed is fixed and printed, so a failure reproduces:
// GATEWAY_FUZZ_SEED=<seed> npx jest test/gateway-fuzz.

// The subgraphs log with pino to standard output (createLogger in @hub/service-kit has no
// destination option), and a pino logger made while process.stdout.write is untouched writes
// to file descriptor 1 directly, so wrapping process.stdout.write would see none of it. Here
// pino itself is mocked, in this test file only: every logger made without a destination (each
// subgraph's) writes to `hubLogs`; the gateway's gets `hubLogs` as its logDestination.
jest.mock('pino', () =>
  jest
    .requireActual<typeof import('./support/gateway-fuzz')>('./support/gateway-fuzz')
    .pinoIntoHubLogs(),
);

const SEED = Number(process.env.GATEWAY_FUZZ_SEED ?? 7_311);
/** Malformed documents and bodies (part 1). */
const RUNS = 2_000;
/** Requests drawn from the supergraph (part 2): every (operation, argument, trap, caller), then random ones. */
const SCHEMA_RUNS = Number(process.env.GATEWAY_FUZZ_RUNS ?? 10_000);
/** Of which well-formed submitCase and logCase calls with the marked reporter. */
const MARKED_RUNS = 200;
const CONCURRENCY = 8;
/** Longer than the gateway's own subgraph timeout (5 s): a request that takes this long hangs. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The test's own report, kept out of the captured lines (it quotes the inputs). */
const print = (message: string) => hubLogs.outside(() => console.log(message));

const SUBGRAPHS = ['intake', 'routing', 'hr', 'police-referrals', 'internal-audit', 'civil-rights'];
const SUPERGRAPH = readFileSync(join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8');
/** Every role a person signs in with ('gateway' is the gateway's own). */
const PEOPLE_ROLES = ROLES.filter((role) => role !== 'gateway');

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

// --- the operations of the committed supergraph ---------------------------------------------

/** The API schema the gateway serves, built from the committed supergraph as the gateway does. */
function apiSchema(): GraphQLSchema {
  return Supergraph.build(supergraphForGateway(SUPERGRAPH)).apiSchema().toGraphQLJSSchema();
}

/** The roles each root field's @requiresScopes names (any one suffices); [] when it has none. */
function declaredRoles(): (coordinate: string) => readonly string[] {
  const schema = buildASTSchema(parse(SUPERGRAPH), { assumeValidSDL: true });
  return (coordinate) => {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const type = schema.getType(typeName) as { getFields(): Record<string, any> } | undefined;
    const directives: any[] = type?.getFields()[fieldName]?.astNode?.directives ?? [];
    const scopes = directives
      .filter((directive) => directive.name.value === 'requiresScopes')
      .flatMap((directive) =>
        directive.arguments
          .filter((argument: any) => argument.name.value === 'scopes')
          .map((argument: any) => valueFromASTUntyped(argument.value) as string[][]),
      );
    return [...new Set(scopes.flat(2))];
  };
}

// --- running, counting, judging -----------------------------------------------------------------

interface Failure {
  readonly part: string;
  readonly index: number;
  readonly why: string;
  readonly request: string;
  readonly status: number;
  readonly answer: string;
}

const clip = (value: string, length = 1_500) =>
  value.length > length ? `${value.slice(0, length)}… (${value.length} characters)` : value;

class Tally {
  readonly statuses = new Map<number, number>();
  readonly codes = new Map<string, number>();
  readonly failures: Failure[] = [];
  /** Internal errors answered with 200: not a failure of this test, but worth reading. */
  readonly internal = new Map<string, { count: number; example: string; answer: string }>();
  /** SUBGRAPH_UNAVAILABLE by reason (answered HTTP 400, did not answer...). */
  readonly unavailable = new Map<string, { count: number; example: string }>();
  requests = 0;

  judge(part: string, index: number, request: string, answer: Answer): void {
    this.requests += 1;
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
    const fail = (why: string) =>
      this.failures.push({
        part,
        index,
        why,
        request: clip(request),
        status: answer.status,
        answer: clip(answer.text),
      });
    if (answer.status >= 500 || answer.status === 0) fail(`HTTP ${answer.status}`);
    if (answer.json === undefined) {
      const found = internalsIn(answer.text);
      if (found) fail(`${found} in a body that is not JSON`);
      return;
    }
    const bodies: any[] = Array.isArray(answer.json) ? answer.json : [answer.json];
    for (const body of bodies) {
      for (const error of Array.isArray(body?.errors) ? body.errors : []) {
        const code = String(error?.extensions?.code);
        this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
        const inMessage = internalsIn(String(error?.message));
        if (inMessage) fail(`${inMessage} in an error message`);
        // The stack trace of a development-mode internal error is by design (NODE_ENV=test);
        // anything else an error carries is held to the same rule as its message.
        const { stacktrace: _stacktrace, ...extensions } = error?.extensions ?? {};
        const inError = internalsIn(JSON.stringify({ ...error, message: '', extensions }));
        if (inError) fail(`${inError} in an error's fields`);
        if (code === 'SUBGRAPH_UNAVAILABLE') {
          const reason = /\bit (.*?);/.exec(String(error.message))?.[1] ?? String(error.message);
          const seen = this.unavailable.get(reason);
          if (seen) seen.count += 1;
          else this.unavailable.set(reason, { count: 1, example: clip(request, 600) });
          if (/answered HTTP 5\d\d/.test(reason)) fail(`a subgraph ${reason}`);
          // A subgraph's 400 is a refusal of the input, told to the caller as such.
          if (/answered HTTP 4\d\d/.test(reason)) fail(`a refused input reported as: ${reason}`);
        }
        if (code === 'INTERNAL_SERVER_ERROR') {
          const key = String(error.message).replace(/[0-9a-f-]{36}/g, '<id>');
          const seen = this.internal.get(key);
          if (seen) seen.count += 1;
          else
            this.internal.set(key, {
              count: 1,
              example: clip(request, 600),
              answer: clip(answer.text, 600),
            });
        }
      }
    }
  }

  summary(): string {
    return (
      `statuses ${JSON.stringify(Object.fromEntries(this.statuses))}; ` +
      `error codes ${JSON.stringify(Object.fromEntries(this.codes))}`
    );
  }
}

/** Sends every request, `concurrency` at a time. */
async function runAll<T>(
  items: readonly T[],
  concurrency: number,
  send: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await send(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Waits until the hub has logged nothing new for `quietMs` (events still being handled). */
async function logsSettled(quietMs: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  let count = hubLogs.lines.length;
  let quietSince = Date.now();
  while (Date.now() < until && Date.now() - quietSince < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (hubLogs.lines.length !== count) {
      count = hubLogs.lines.length;
      quietSince = Date.now();
    }
  }
}

describe('the gateway and six subgraphs under malformed input', () => {
  let hub: TestHub;
  let tokens: Map<string, string>;
  let context: FuzzContext;
  let operations: FuzzOperation[];
  let restoreOutput: (() => void) | undefined;
  const markers = markersFor(SEED);
  const tally = new Tally();
  let started = 0;
  /** submitCase and logCase answers with data whose input carried a marker. */
  let markedCasesStored = 0;

  beforeAll(async () => {
    started = Date.now();
    hub = await startTestHub({
      subgraphs: SUBGRAPHS,
      label: 'e2e-gateway-fuzz',
      extraEnvironment: Object.fromEntries(SUBGRAPHS.map((name) => [name, { LOG_LEVEL: 'info' }])),
      gatewayEnvironment: { LOG_LEVEL: 'info' },
      gatewayOptions: { logDestination: hubLogs.destination('gateway') },
    });
    const agent = await hub.token(['agent']);
    // Real ids, numbers and cursors to mix in, so that fuzzed arguments reach real cases.
    const receipts = [];
    for (const kind of ['SERVICE_REQUEST', 'STAFF_COMPLAINT', 'CIVIL_RIGHTS'] as const) {
      receipts.push(
        await submitCase(hub, {
          kind,
          description: 'A plain case the fuzz uses as a target.',
          location: { latitude: 47.6062, longitude: -122.3321 },
        }),
      );
    }
    const lists = dataOf(
      await hub.query<{
        departments: { id: string }[];
        agencies: { id: string }[];
        cases: { pageInfo: { endCursor: string | null } };
      }>(
        '{ departments(includeInactive: true) { id } agencies { id } cases(first: 2) { pageInfo { endCursor } } }',
        {},
        agent,
      ),
      'the departments, agencies and a cursor',
    );
    context = {
      caseIds: receipts.map((receipt) => receipt.caseId),
      srNumbers: receipts.map((receipt) => receipt.srNumber),
      departmentIds: lists.departments.map((department) => department.id),
      agencyIds: lists.agencies.map((agency) => agency.id),
      cursors: [lists.cases.pageInfo.endCursor ?? ''],
      markers,
    };
    tokens = new Map();
    for (const role of PEOPLE_ROLES) {
      tokens.set(
        role,
        await hub.token([role], {
          subject: `fuzz-${role}`,
          department: role.startsWith('department_') ? context.departmentIds[0] : undefined,
          agency: role === 'external_agency' ? (context.agencyIds[0] ?? 'wsdot-oecr') : undefined,
        }),
      );
    }
    operations = operationsOf(apiSchema(), declaredRoles());
    // From here on, whatever else is written to standard output or error, or to the console,
    // is kept too (and still shown): any writer besides pino.
    restoreOutput = hubLogs.captureProcessOutput();
  }, 180_000);

  afterAll(async () => {
    restoreOutput?.();
    await hub?.stop();
  });

  it(`${RUNS} generated malformed documents, variables and bodies never get a 5xx or show internals`, async () => {
    const token = tokens.get('agent')!;
    const samples = fc.sample(sample, { seed: SEED, numRuns: RUNS });
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const part = new Tally();
    const began = Date.now();
    await runAll(samples, CONCURRENCY, async (item, index) => {
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
      part.judge('documents', index, `${item.method} ${item.body}`, answer);
      tally.judge('documents', index, `${item.method} ${item.body}`, answer);
    });
    agent.destroy();
    print(
      `gateway fuzz, part 1 (documents and bodies): seed ${SEED}, ${part.requests} requests in ` +
        `${Date.now() - began} ms; ${part.summary()}`,
    );
    expect(part.failures).toEqual([]);
  }, 120_000);

  it(`${SCHEMA_RUNS} requests through every argument of every operation never get a 5xx or show internals`, async () => {
    // Each (operation, argument leaf, trap) once from the anonymous caller and once from a role
    // the supergraph lets call the operation; the rest drawn at random.
    const generating = Date.now();
    const targeted = targetedSamples(
      operations,
      context,
      (operation, index) => [
        operation.roles.length > 0
          ? operation.roles[index % operation.roles.length]!
          : PEOPLE_ROLES[index % PEOPLE_ROLES.length]!,
        'anonymous',
      ],
      SEED,
    );
    const callerOf = (operation: FuzzOperation) =>
      fc.oneof(
        {
          weight: 5,
          arbitrary: fc.constantFrom(
            ...(operation.roles.length > 0 ? operation.roles : ['resident']),
          ),
        },
        { weight: 2, arbitrary: fc.constant('anonymous') },
        { weight: 1, arbitrary: fc.constantFrom(...PEOPLE_ROLES) },
      );
    const marked = fc.sample(markedSubmissions(operations, context), {
      seed: SEED,
      numRuns: MARKED_RUNS,
    });
    const random = fc.sample(randomSample(operations, context, callerOf), {
      seed: SEED,
      numRuns: Math.max(0, SCHEMA_RUNS - targeted.length - marked.length),
    });
    // Mixed, so that the marked cases are stored while everything else runs.
    const samples: SchemaSample[] = [...targeted, ...random];
    marked.forEach((item, index) =>
      samples.splice(Math.floor(((index + 0.5) * samples.length) / marked.length), 0, item),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const part = new Tally();
    const byOperation = new Map<string, number>();
    const began = Date.now();
    await runAll(samples, CONCURRENCY, async (item, index) => {
      const body = bodyOf(item);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (item.caller !== 'anonymous') headers.authorization = `Bearer ${tokens.get(item.caller)}`;
      const answer = await post(hub.gatewayUrl, body, headers, agent, REQUEST_TIMEOUT_MS);
      const request =
        `${item.caller} ${item.operation.coordinate}` +
        `${item.hostile ? ` [${item.hostile.kind} at ${item.hostile.path}]` : ''}` +
        `${item.literal ? ' (literals)' : ''}: ${body}`;
      part.judge('schema', index, request, answer);
      tally.judge('schema', index, request, answer);
      byOperation.set(
        item.operation.coordinate,
        (byOperation.get(item.operation.coordinate) ?? 0) + 1,
      );
      const stored = answer.json?.data?.[item.operation.field];
      if (
        stored &&
        (item.operation.field === 'submitCase' || item.operation.field === 'logCase') &&
        markers.words.some((word) => body.includes(word))
      )
        markedCasesStored += 1;
    });
    agent.destroy();
    print(
      `gateway fuzz, part 2 (supergraph): seed ${SEED}, ${part.requests} requests ` +
        `(${targeted.length} targeted: ${operations.length} operations, ` +
        `${operations.reduce((sum, operation) => sum + operation.leaves.length, 0)} argument leaves; ` +
        `${marked.length} marked submissions, ${random.length} random; generated in ${began - generating} ms) ` +
        `in ${Date.now() - began} ms; ${part.summary()}; ` +
        `subgraph unavailable ${JSON.stringify(Object.fromEntries([...part.unavailable].map(([reason, { count }]) => [reason, count])))}; ` +
        `${markedCasesStored} cases stored with the marked reporter`,
    );
    if (part.unavailable.size > 0) {
      print(
        `gateway fuzz: SUBGRAPH_UNAVAILABLE answers, by reason:\n` +
          JSON.stringify(Object.fromEntries(part.unavailable), null, 2),
      );
    }
    if (part.internal.size > 0) {
      print(
        `gateway fuzz: internal errors answered (HTTP 200), by message:\n` +
          JSON.stringify(Object.fromEntries(part.internal), null, 2),
      );
    }
    if (part.failures.length > 0) {
      print(
        `gateway fuzz: seed ${SEED}, ${part.failures.length} failures; first:\n` +
          JSON.stringify(part.failures.slice(0, 5), null, 2),
      );
    }
    // Every operation was called.
    expect(operations.filter((operation) => !byOperation.has(operation.coordinate))).toEqual([]);
    expect(
      part.failures.map(({ why, request, status, answer }) => ({ why, request, status, answer })),
    ).toEqual([]);
  }, 240_000);

  it('the gateway still answers, and no log line holds the reporter the inputs carried', async () => {
    const health = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    const after = await hub.query(
      graphql(`
        query FuzzStillAnswers {
          __typename
        }
      `),
      {},
      tokens.get('agent'),
    );
    expect(after).toEqual({ status: 200, data: { __typename: 'Query' } });

    // The events of the stored cases are handled by every subgraph: wait until they are logged.
    await logsSettled(2_000, 20_000);
    restoreOutput?.();
    restoreOutput = undefined;
    const { words, ...values } = markers;
    const leaks = hubLogs.find([...Object.values(values), ...words]);
    const bySource = hubLogs.countsBySource();
    print(
      `gateway fuzz: seed ${SEED}, ${tally.requests} requests in all (${Date.now() - started} ms ` +
        `since the hub started); ${tally.summary()}; ${hubLogs.lines.length} log lines captured ` +
        `${JSON.stringify(bySource)}; ${leaks.length} holding the marked reporter`,
    );
    if (leaks.length > 0) {
      print(
        `gateway fuzz: log lines with personal data; first:\n` +
          JSON.stringify(
            leaks
              .slice(0, 5)
              .map(({ needle, line }) => ({ needle, ...line, text: clip(line.text) })),
            null,
            2,
          ),
      );
    }
    // The capture saw every service: each logged at least its start.
    for (const service of ['gateway', ...SUBGRAPHS])
      expect(bySource[service] ?? 0).toBeGreaterThan(0);
    // The markers reached the hub: cases with them were stored, and their events handled.
    expect(markedCasesStored).toBeGreaterThan(0);
    expect(
      leaks.map(({ needle, line }) => ({ needle, source: line.source, line: clip(line.text) })),
    ).toEqual([]);
  }, 60_000);
});
