import { createHash } from 'node:crypto';
import { sendRaw } from '../../test/support/http-client';
import { createGateway, type RunningGateway } from '../src/gateway';
import { gatewayEnvironment, testKeys } from './support/gateways';

// Automatic persisted queries at the gateway, in production mode: a hash that is not its
// query's is the client's mistake and is answered as one; a well-formed exchange still works.
// `{ __typename }` is answered by the gateway itself, so no subgraph is needed.

const QUERY = '{ __typename }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('persisted queries at the gateway', () => {
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await createGateway(gatewayEnvironment(await testKeys(), { NODE_ENV: 'production' }));
  });

  afterAll(async () => {
    await gateway?.stop();
  });

  /** A POST with a persisted-query hash, and with the query unless it is left out. */
  const withHash = (sha256Hash: string, query?: string, version = 1) =>
    sendRaw(gateway.url, {
      body: JSON.stringify({ query, extensions: { persistedQuery: { version, sha256Hash } } }),
    });

  it("a hash that is not the query's is refused as a bad request saying so, over POST and GET", async () => {
    const refusal = {
      errors: [
        {
          message:
            'extensions.persistedQuery.sha256Hash does not match the query: it must be the ' +
            'SHA-256 of the query text exactly as sent, in lower-case hexadecimal',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    };
    const posted = await withHash(sha256('{ somethingElse }'), QUERY);
    expect(posted.status).toBe(400);
    expect(posted.json).toEqual(refusal);

    const search = new URLSearchParams({
      query: QUERY,
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'abc' } }),
    });
    const got = await sendRaw(`${gateway.url}?${search}`, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(got.status).toBe(400);
    expect(got.json).toEqual(refusal);
  });

  it('a version other than 1 is refused as a bad request naming the field', async () => {
    const answer = await withHash(sha256(QUERY), QUERY, 2);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      errors: [
        {
          message: 'extensions.persistedQuery.version must be 1',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('round trip: an unknown hash asks for the query, the query with its hash is answered, then the hash alone is', async () => {
    const query = `query RoundTrip${Date.now()} { __typename }`;
    const hash = sha256(query);

    const unknown = await withHash(hash);
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await withHash(hash, query);
    expect(registered.status).toBe(200);
    expect(registered.json).toEqual({ data: { __typename: 'Query' } });

    const byHash = await withHash(hash);
    expect(byHash.status).toBe(200);
    expect(byHash.json).toEqual({ data: { __typename: 'Query' } });
  });
});
