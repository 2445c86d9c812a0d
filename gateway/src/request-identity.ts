import { randomBytes, randomUUID } from 'node:crypto';

/** A caller's own request id is kept when it is a plain token; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(header: string | undefined): string {
  return header && REQUEST_ID.test(header) ? header : randomUUID();
}

/** W3C Trace Context, version 00: `00-<trace id>-<parent id>-<flags>`. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The traceparent the subgraphs receive (and put into the events they write): the caller's
 * trace continues with the gateway as a new hop (same trace id, a parent id of its own); a
 * request without a valid one starts a trace here, so every event can still be followed.
 */
export function traceparentFor(header: string | undefined): string {
  const match = TRACEPARENT.exec(header?.trim().toLowerCase() ?? '');
  const valid = match && match[1] !== 'ff' && !/^0+$/.test(match[2]!) && !/^0+$/.test(match[3]!);
  if (valid) return `00-${match[2]}-${randomBytes(8).toString('hex')}-${match[4]}`;
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

export function traceIdOf(traceparent: string): string {
  return traceparent.split('-')[1] ?? '';
}
