/**
 * Every id the hub mints or accepts (cases, events, referrals, files) is a UUID; events use
 * version 7 so ids sort by creation. One pattern for the whole hub: a malformed id is refused
 * the same way everywhere.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
