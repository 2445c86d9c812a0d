import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { logCase } from './support/cases';
import { startTestHub, type TestHub } from './support/hub';
import { postGraphQL } from './support/http-client';

// The gateway with NODE_ENV=production in front of a real intake (left in test mode, so that
// it would leak its internals if the gateway let it): no introspection, no suggestions, and
// an internal error reaches the client as a generic message with the request id of the log.

const SR_NUMBER = graphql(`
  query ProductionSrNumber($id: ID!) {
    case(id: $id) {
      srNumber
    }
  }
`);

describe('the gateway in production mode', () => {
  let hub: TestHub;
  let agent: string;
  const logLines: Record<string, any>[] = [];

  beforeAll(async () => {
    hub = await startTestHub({
      subgraphs: ['intake'],
      label: 'e2e-gateway-prod',
      gatewayEnvironment: { NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      gatewayOptions: {
        logDestination: {
          write(line: string) {
            logLines.push(JSON.parse(line) as Record<string, any>);
          },
        },
      },
    });
    agent = await hub.token(['agent']);
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  // The refused operations (introspection, a misspelt field, a page over the limit) are sent
  // as strings: the types describe only what the schema accepts.
  it('refuses an introspection query', async () => {
    const answer = await postGraphQL(
      hub.gatewayUrl,
      { query: '{ __schema { types { name } } }' },
      { token: agent },
    );
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.json.errors[0].message).toMatch(/introspection is not allowed/i);
    expect(answer.text).not.toMatch(/stacktrace/);
  });

  it('suggests no field names and shows no stack trace', async () => {
    const answer = await postGraphQL(
      hub.gatewayUrl,
      { query: '{ case(id: "x") { srNumbr } }' },
      { token: agent },
    );
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].message).toMatch(/Cannot query field "srNumbr"/);
    expect(answer.text).not.toMatch(/Did you mean|srNumber/);
    expect(answer.text).not.toMatch(/stacktrace/);
  });

  it("an internal error reaches the client as a generic message with a request id that matches the server's log line", async () => {
    const { id: caseId } = await logCase(hub, agent, {
      channel: 'PHONE',
      kind: 'SERVICE_REQUEST',
      description: 'Broken bench',
      location: { address: '1 City Hall Square' },
    });
    const intake = hub.subgraphs.get('intake')!;
    // A real fault inside a real subgraph: its table is gone for a moment.
    await intake.orm.em.fork().execute('alter table case_record rename to case_record_away');
    let answer;
    try {
      answer = await postGraphQL(
        hub.gatewayUrl,
        { query: SR_NUMBER, variables: { id: caseId } },
        { token: agent, headers: { 'x-request-id': `req-${randomUUID()}` } },
      );
    } finally {
      await intake.orm.em.fork().execute('alter table case_record_away rename to case_record');
    }
    const requestId = answer.headers['x-request-id'] as string;
    expect(requestId).toMatch(/^req-/);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({ case: null });
    expect(answer.json.errors).toEqual([
      {
        message: `Internal server error; quote request id ${requestId}`,
        path: ['case'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(answer.text).not.toMatch(/case_record|stacktrace|relation|intake|127\.0\.0\.1/);

    const line = logLines.find((entry) => entry.requestId === requestId);
    expect(line).toMatchObject({
      level: 50,
      service: 'gateway',
      msg: 'request failed',
      serviceName: 'intake',
      // What failed (undefined_table), never the statement: its values may be personal data.
      err: { message: expect.stringMatching(/database error 42P01/) },
    });
    expect(JSON.stringify(line)).not.toMatch(/select|from "?case_record/i);
    expect(line!.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('a caller without a request id gets one made by the gateway, in the header and the error', async () => {
    const answer = await postGraphQL(
      hub.gatewayUrl,
      { query: '{ cases(first: 1000) { totalCount } }' },
      { token: agent },
    );
    expect(answer.status).toBe(400);
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.json.errors[0].message).toBe('first: at most 100 per page (Query.cases)');
  });
});
