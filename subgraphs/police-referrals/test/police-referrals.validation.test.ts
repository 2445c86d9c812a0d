import { refusal, type TypedAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import {
  ACCEPT,
  acceptedReferral,
  closedReferral,
  dataOf,
  footprint,
  nextOpaNumber,
  openReferral,
  QUEUE,
  RECORD_OUTCOME,
  RECORD_STATUS,
  startPoliceReferrals,
  type Harness,
} from './support';

describe('police referrals refuse bad input, naming the field, and change nothing', () => {
  let harness: Harness;
  let opa: string;
  /** Referrals at each stage, which no refused input may change. */
  let accepted: string;
  let acceptedNumber: string;
  let waiting: string;
  let closed: string;

  beforeAll(async () => {
    harness = await startPoliceReferrals('validation');
    opa = await harness.token(['opa'], { subject: 'opa-intake-7' });
    ({ caseId: accepted, opaNumber: acceptedNumber } = await acceptedReferral(harness, opa));
    waiting = await openReferral(harness);
    ({ caseId: closed } = await closedReferral(harness, opa, {
      outcome: 'NOT_SUSTAINED_UNFOUNDED',
      disposition: 'Not sustained.',
    }));
  });

  afterAll(async () => {
    await harness?.stop();
  });

  /** Each refused request, sent as OPA; its answer is checked below. */
  const cases: [string, () => Promise<TypedAnswer<unknown>>, { code: string; field?: string }][] = [
    [
      'an OPA number in the wrong format',
      () =>
        harness.graphql(
          ACCEPT,
          { caseId: waiting, opaNumber: '2026-OPA-12', classification: 'INVESTIGATION' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'opaNumber' },
    ],
    [
      "another case's OPA number",
      () =>
        harness.graphql(
          ACCEPT,
          { caseId: waiting, opaNumber: acceptedNumber, classification: 'INVESTIGATION' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'opaNumber' },
    ],
    [
      'accepting a referral twice',
      () =>
        harness.graphql(
          ACCEPT,
          { caseId: accepted, opaNumber: nextOpaNumber(), classification: 'CONTACT_LOG' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'accepting a closed referral',
      () =>
        harness.graphql(
          ACCEPT,
          { caseId: closed, opaNumber: nextOpaNumber(), classification: 'INVESTIGATION' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'a status on a closed referral',
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: closed, opaStatus: 'reopened review', status: 'IN_PROGRESS' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'a second outcome on a closed referral',
      () =>
        harness.graphql(
          RECORD_OUTCOME,
          { caseId: closed, outcome: 'SUSTAINED', disposition: 'Changed our mind.' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'a status before OPA accepted the referral',
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: waiting, opaStatus: 'under review', status: 'IN_PROGRESS' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'an outcome before OPA accepted the referral',
      () =>
        harness.graphql(
          RECORD_OUTCOME,
          { caseId: waiting, outcome: 'SUSTAINED', disposition: 'Done.' },
          opa,
        ),
      { code: 'CONFLICT' },
    ],
    [
      'an unknown case',
      () =>
        harness.graphql(
          ACCEPT,
          { caseId: randomUUID(), opaNumber: nextOpaNumber(), classification: 'INVESTIGATION' },
          opa,
        ),
      { code: 'NOT_FOUND' },
    ],
    [
      'a status for an unknown case',
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: randomUUID(), opaStatus: 'under review', status: 'IN_PROGRESS' },
          opa,
        ),
      { code: 'NOT_FOUND' },
    ],
    [
      'a case id that is no case id',
      () =>
        harness.graphql(
          ACCEPT,
          {
            caseId: 'SR-26-0000-0000',
            opaNumber: nextOpaNumber(),
            classification: 'INVESTIGATION',
          },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'caseId' },
    ],
    [
      "OPA's status carrying the OPA number",
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: accepted, opaStatus: `review of ${acceptedNumber}`, status: 'IN_PROGRESS' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'opaStatus' },
    ],
    [
      'a blank OPA status',
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: accepted, opaStatus: '  ', status: 'IN_PROGRESS' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'opaStatus' },
    ],
    [
      'closing through a status instead of the outcome',
      () =>
        harness.graphql(
          RECORD_STATUS,
          { caseId: accepted, opaStatus: 'closed', status: 'CLOSED' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'status' },
    ],
    [
      'a blank disposition',
      () =>
        harness.graphql(
          RECORD_OUTCOME,
          { caseId: accepted, outcome: 'SUSTAINED', disposition: ' ' },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'disposition' },
    ],
    [
      'a disposition over 4000 characters',
      () =>
        harness.graphql(
          RECORD_OUTCOME,
          { caseId: accepted, outcome: 'SUSTAINED', disposition: 'x'.repeat(4001) },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'disposition' },
    ],
    [
      'a summary over 4000 characters',
      () =>
        harness.graphql(
          RECORD_OUTCOME,
          {
            caseId: accepted,
            outcome: 'SUSTAINED',
            disposition: 'Done.',
            summary: 'y'.repeat(4001),
          },
          opa,
        ),
      { code: 'BAD_USER_INPUT', field: 'summary' },
    ],
  ];

  it.each(cases)('%s', async (_name, request, expected) => {
    const before = await footprint(harness);
    const answer = await request();
    expect(refusal(answer)).toMatchObject(expected);
    expect(answer.body.data).toBeNull();
    expect(await footprint(harness)).toEqual(before);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
  ])('refuses the page %j naming %s', async (variables, field) => {
    const answer = await harness.graphql(QUEUE, variables, opa);
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(['agent', 'department_head', 'hr', 'analyst', 'council', 'resident'])(
    'only OPA reports back: %s is refused and nothing changes',
    async (role) => {
      const before = await footprint(harness);
      const token = await harness.token([role], { department: 'police-opa' });
      const writes = [
        () =>
          harness.graphql(
            ACCEPT,
            { caseId: waiting, opaNumber: nextOpaNumber(), classification: 'INVESTIGATION' },
            token,
          ),
        () =>
          harness.graphql(
            RECORD_STATUS,
            { caseId: accepted, opaStatus: 'under review', status: 'IN_PROGRESS' },
            token,
          ),
        () =>
          harness.graphql(
            RECORD_OUTCOME,
            { caseId: accepted, outcome: 'SUSTAINED', disposition: 'Done.' },
            token,
          ),
      ];
      for (const write of writes) {
        const answer = await write();
        expect(refusal(answer).code).toBe('FORBIDDEN');
      }
      expect(await footprint(harness)).toEqual(before);
    },
  );

  it('lets a referral go on after a refused input', async () => {
    const caseId = await openReferral(harness);
    const refused = await harness.graphql(
      ACCEPT,
      { caseId, opaNumber: 'OPA 12', classification: 'EXPEDITED_INVESTIGATION' },
      opa,
    );
    expect(refusal(refused).code).toBe('BAD_USER_INPUT');
    const answer = await harness.graphql(
      ACCEPT,
      { caseId, opaNumber: nextOpaNumber(), classification: 'EXPEDITED_INVESTIGATION' },
      opa,
    );
    expect(dataOf(answer).acceptOpaReferral.opaReferral!.classification).toBe(
      'EXPEDITED_INVESTIGATION',
    );
  });
});
