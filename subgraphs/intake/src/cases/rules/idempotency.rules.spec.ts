import { fingerprintOf, validateIdempotencyKey } from './idempotency.rules';

function problemsOf(key: string | null, required = true): string[] {
  const fields: string[] = [];
  validateIdempotencyKey(key, required, (field) => fields.push(field));
  return fields;
}

describe('the idempotency key of a retried report', () => {
  it('is required on the public form and optional for agents', () => {
    expect(problemsOf(null)).toEqual(['idempotencyKey']);
    expect(problemsOf(null, false)).toEqual([]);
  });

  it('has 8 to 100 characters without spaces', () => {
    expect(problemsOf('key-0001-abcd')).toEqual([]);
    expect(problemsOf('short')).toEqual(['idempotencyKey']);
    expect(problemsOf('k'.repeat(101))).toEqual(['idempotencyKey']);
    expect(problemsOf('key with spaces')).toEqual(['idempotencyKey']);
  });
});

describe('the fingerprint of a report', () => {
  it('does not depend on the order of keys nor on fields left empty', () => {
    const at = new Date('2026-11-23T15:00:00Z');
    expect(fingerprintOf({ a: 1, b: ['x', at], c: null })).toBe(
      fingerprintOf({ b: ['x', new Date(at)], a: 1, d: undefined }),
    );
  });

  it('differs for a different report', () => {
    expect(fingerprintOf({ description: 'a' })).not.toBe(fingerprintOf({ description: 'b' }));
    expect(fingerprintOf({ intake: 'submit' })).not.toBe(fingerprintOf({ intake: 'log' }));
  });
});
