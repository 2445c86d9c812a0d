// The cases a test seeds for itself through the gateway: a resident's submission, a case an
// agent logs, and the public tracking anyone may read. Typed with test/graphql's `graphql()`.
import { randomUUID } from 'node:crypto';
import { graphql } from '../graphql';
import type { LogCaseInput, SubmitCaseInput } from '../graphql/graphql';
import { dataOf, type TestHub } from './hub';

export const SubmitCaseDocument = graphql(`
  mutation SubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      caseId
      srNumber
      status
      receivedAt
      ward
    }
  }
`);

export const LogCaseDocument = graphql(`
  mutation LogCase($input: LogCaseInput!) {
    logCase(input: $input) {
      id
      srNumber
      receivedAt
    }
  }
`);

export const TrackCaseDocument = graphql(`
  query TrackCase($sr: String!) {
    trackCase(srNumber: $sr) {
      srNumber
      kind
      status
      receivedAt
      updatedAt
      closedAt
      responsibleBody
    }
  }
`);

/** A submission as a test writes it: a fresh idempotency key unless one is given. */
export type Submission = Omit<SubmitCaseInput, 'idempotencyKey'> & { idempotencyKey?: string };

/** The variables of a submission, with a fresh idempotency key unless one is given. */
export function submissionOf(input: Submission): { input: SubmitCaseInput } {
  return { input: { idempotencyKey: randomUUID(), ...input } };
}

/** A resident's submission (anonymous unless a token is given); its receipt. */
export async function submitCase(hub: TestHub, input: Submission, token?: string) {
  const answer = await hub.query(SubmitCaseDocument, submissionOf(input), token);
  return dataOf(answer, `submitCase (${input.kind})`).submitCase;
}

/** A case an agent (or another staff role) logs on a caller's behalf; its id and SR number. */
export async function logCase(hub: TestHub, token: string, input: LogCaseInput) {
  const answer = await hub.query(LogCaseDocument, { input }, token);
  return dataOf(answer, `logCase (${input.kind})`).logCase;
}

/** Public tracking, anonymous as a resident reads it (the gateway signs for the resident). */
export async function trackCase(hub: TestHub, srNumber: string) {
  const tracking = dataOf(await hub.query(TrackCaseDocument, { sr: srNumber }), 'trackCase');
  if (!tracking.trackCase) throw new Error(`public tracking knows no case ${srNumber}`);
  return tracking.trackCase;
}
