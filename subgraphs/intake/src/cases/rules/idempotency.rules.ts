import { createHash } from 'node:crypto';
import type { Report } from './input.rules';

/*
 * Retried submissions: the client sends the same idempotency key with every retry of one
 * report, and gets the case the first attempt created. A key reused for another report is
 * recognised by the report's fingerprint and refused.
 */

export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 100 } as const;

/** The key as given, or null; the public form must send one, an agent's system may. */
export function validateIdempotencyKey(
  key: string | null | undefined,
  required: boolean,
  problem: Report,
): string | null {
  const idempotencyKey = key ?? null;
  if (idempotencyKey === null) {
    if (required) problem('idempotencyKey', 'is required');
  } else if (
    idempotencyKey.length < IDEMPOTENCY_KEY_LENGTH.min ||
    idempotencyKey.length > IDEMPOTENCY_KEY_LENGTH.max ||
    /\s/.test(idempotencyKey)
  ) {
    problem(
      'idempotencyKey',
      `must be ${IDEMPOTENCY_KEY_LENGTH.min} to ${IDEMPOTENCY_KEY_LENGTH.max} characters without spaces (a UUID is a good choice)`,
    );
  }
  return idempotencyKey;
}

/**
 * A digest of what was sent (the intake path and the input, keys sorted), so that a key
 * reused for a different report is refused instead of answered with someone else's case.
 */
export function fingerprintOf(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex');
}

/** JSON with sorted keys and without empty values: the same report always reads the same. */
function stableJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
