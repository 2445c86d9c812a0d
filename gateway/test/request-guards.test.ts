import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { maxPageSizeRule } from '@hub/service-kit';
import { requestIdOf, traceIdOf, traceparentFor } from '../src/request-identity';

const schema = buildSchema(`
  type Query { cases(first: Int, after: String): [String!]! log(first: Int!, last: Int): [String!]! }
`);

describe('the page-size rule', () => {
  const errorsOf = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, maxPageSizeRule(100)]).map(
      (error) => error.message,
    );

  it('refuses a literal over the maximum, naming the argument, the field and the maximum', () => {
    expect(errorsOf('{ cases(first: 100000) }')).toEqual([
      'first: at most 100 per page (Query.cases)',
    ]);
    expect(errorsOf('{ log(first: 1, last: 101) }')).toEqual([
      'last: at most 100 per page (Query.log)',
    ]);
  });

  it('lets the maximum and variables through (variables are checked once their values are known)', () => {
    expect(errorsOf('{ cases(first: 100) }')).toEqual([]);
    expect(errorsOf('query($n: Int) { cases(first: $n) }')).toEqual([]);
  });
});

describe('request identity', () => {
  it("keeps a caller's plain request id and replaces anything else", () => {
    expect(requestIdOf('req-42.a:b_c')).toBe('req-42.a:b_c');
    expect(requestIdOf('bad id\nwith newline')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf('x'.repeat(200))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("continues the caller's trace as a new hop, and starts one for a missing or invalid header", () => {
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const forwarded = traceparentFor(incoming);
    expect(traceIdOf(forwarded)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(forwarded).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(forwarded).not.toBe(incoming);
    for (const invalid of [
      undefined,
      'garbage',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    ]) {
      const started = traceparentFor(invalid);
      expect(started).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(traceIdOf(started)).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    }
  });
});
