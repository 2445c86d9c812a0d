import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  REFERRAL_DECIDED,
  type EventEnvelope,
} from '@hub/contracts';
import { randomUUID } from 'node:crypto';
import type { TypedAnswer } from '@hub/local-stack';
import { graphql } from './graphql';
import type {
  AgencyReferralQueueQuery,
  AgencyReferralQueueQueryVariables,
} from './graphql/graphql';
import { dataOf, refusal, RoutingHarness, waitFor } from './routing-harness';

// External agencies: the cases referred to an agency, whoever referred them, are in that
// agency's queue and on its own topic, and only that agency decides on them.

const QUEUE = graphql(`
  query AgencyReferralQueue($state: AgencyReferralState, $first: Int, $after: String) {
    agencyReferralQueue(state: $state, first: $first, after: $after) {
      edges {
        node {
          id
          caseId
          program
          state
          kind
          receivedAt
          referredAt
          decidedAt
          declineReason
          agencyStatus
          caseStatus
          agency {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation AgencyAcceptReferral($caseId: ID!) {
    acceptAgencyReferral(caseId: $caseId) {
      caseId
      state
      decidedAt
    }
  }
`);
const DECLINE = graphql(`
  mutation AgencyDeclineReferral($caseId: ID!, $reason: String!) {
    declineAgencyReferral(caseId: $caseId, reason: $reason) {
      caseId
      state
      declineReason
    }
  }
`);
const STATUS = graphql(`
  mutation AgencyRecordStatus(
    $caseId: ID!
    $status: CaseStatus!
    $agencyStatus: String!
    $reason: String
  ) {
    recordAgencyStatus(
      caseId: $caseId
      status: $status
      agencyStatus: $agencyStatus
      reason: $reason
    ) {
      caseId
      state
      agencyStatus
      caseStatus
    }
  }
`);
const ASSIGN = graphql(`
  mutation AgencyCaseAssign($caseId: ID!, $staffId: ID!) {
    assignCase(caseId: $caseId, staffId: $staffId) {
      id
    }
  }
`);

describe('external agencies in routing, against real PostgreSQL and Kafka', () => {
  let routing: RoutingHarness;
  let fhwa: string;
  let oecr: string;
  let fta: string;
  let ethics: string;
  let county: string;
  let agent: string;

  beforeAll(async () => {
    routing = await RoutingHarness.start('agencies');
    const agency = (id: string) =>
      routing.token(['external_agency'], { agency: id, subject: `${id}-officer` });
    fhwa = await agency('fhwa');
    oecr = await agency('wsdot-oecr');
    fta = await agency('fta');
    ethics = await agency('ethics-elections-commission');
    county = await agency('county');
    agent = await routing.token(['agent']);
  });

  afterAll(async () => {
    await routing?.stop();
  });

  async function queue(token: string, variables: AgencyReferralQueueQueryVariables = {}) {
    const answer = await routing.graphql(QUEUE, { first: 100, ...variables }, token);
    return dataOf(answer).agencyReferralQueue.edges.map((edge) => edge.node);
  }

  // waitFor only returns once the case is in the queue.
  const inQueue = (token: string, caseId: string) =>
    waitFor(
      () => queue(token),
      (nodes) => nodes.some((node) => node.caseId === caseId),
      30_000,
      `case ${caseId} in the agency's queue`,
    ).then((nodes) => nodes.find((node) => node.caseId === caseId)!);

  /** A Title VI complaint, referred by civil rights as it publishes it. */
  async function titleVIReferred(agencyIds: string[]): Promise<string> {
    const caseId = await routing.routedCase({ kind: 'civil_rights' });
    for (const agencyId of agencyIds) {
      await routing.publish(CASE_REFERRED, {
        caseId,
        referralId: randomUUID(),
        agencyId,
        program: 'fhwa',
      });
    }
    await routing.statusChangedBy('title-vi', caseId, 'referred');
    await waitFor(
      () => routing.count('agency_referral', 'case_id = ?', [caseId]),
      (count) => count === agencyIds.length,
      30_000,
      'the referrals',
    );
    return caseId;
  }

  const ofCase = (caseId: string) => (events: EventEnvelope[]) =>
    events.filter((event) => event.subject === caseId);

  it('an out-of-jurisdiction case is a referral in that body’s queue and feed only, without the reporter', async () => {
    const caseId = await routing.routedCase({
      kind: 'service_complaint',
      subjectCategory: 'elected_official',
    });

    const referral = await inQueue(ethics, caseId);
    expect(referral).toMatchObject({
      caseId,
      program: 'OUT_OF_JURISDICTION',
      state: 'PENDING',
      kind: 'service_complaint',
      caseStatus: 'OUT_OF_JURISDICTION',
      agency: { id: 'ethics-elections-commission' },
      decidedAt: null,
    });
    expect(Object.keys(referral).sort()).toEqual(
      [
        'id',
        'caseId',
        'program',
        'state',
        'kind',
        'receivedAt',
        'referredAt',
        'decidedAt',
        'declineReason',
        'agencyStatus',
        'caseStatus',
        'agency',
      ].sort(),
    );
    expect((await queue(county)).map((node) => node.caseId)).not.toContain(caseId);

    // Routing states the referral as an event, before the closure it explains.
    const published = (await routing.published()).filter(
      (event) => event.subject === caseId && event.type !== CASE_RECEIVED,
    );
    expect(published.map((event) => event.type)).toEqual([
      CASE_REFERRED,
      CASE_STATUS_CHANGED,
      CASE_COMPLETED,
    ]);
    expect(published[0]!.data).toEqual({
      caseId,
      referralId: referral.id,
      agencyId: 'ethics-elections-commission',
      program: 'out_of_jurisdiction',
    });

    const feed = await routing.readAgencyFeed('ethics-elections-commission', (events) =>
      ofCase(caseId)(events).some((event) => event.type === CASE_COMPLETED),
    );
    expect(ofCase(caseId)(feed).map((event) => event.type)).toEqual([
      CASE_REFERRED,
      CASE_STATUS_CHANGED,
      CASE_COMPLETED,
    ]);
    expect(feed.map((event) => event.type)).not.toContain(CASE_RECEIVED);
    // The copies are the hub's events, ids included, so an agency deduplicates them as usual.
    expect(ofCase(caseId)(feed).map((event) => event.id)).toEqual(published.map((e) => e.id));
  });

  it('a Title VI referral reaches each agency it was sent to; the agency accepts it and reports status in its own words', async () => {
    const caseId = await titleVIReferred(['wsdot-oecr', 'fhwa']);
    const other = await titleVIReferred(['fta']);

    expect(await inQueue(fhwa, caseId)).toMatchObject({
      program: 'FHWA',
      state: 'PENDING',
      kind: 'civil_rights',
      caseStatus: 'REFERRED',
    });
    await inQueue(oecr, caseId);
    await inQueue(fta, other);
    expect((await queue(fta)).map((node) => node.caseId)).not.toContain(caseId);
    expect((await queue(fhwa)).map((node) => node.caseId)).not.toContain(other);

    const accepted = await routing.graphql(ACCEPT, { caseId }, fhwa);
    expect(dataOf(accepted).acceptAgencyReferral).toMatchObject({ caseId, state: 'ACCEPTED' });
    const decided = await routing.publishedOf(caseId, REFERRAL_DECIDED);
    expect(decided.map((event) => event.data)).toEqual([
      expect.objectContaining({ agencyId: 'fhwa', decision: 'accepted', program: 'fhwa' }),
    ]);
    expect((await queue(fhwa, { state: 'ACCEPTED' })).map((node) => node.caseId)).toContain(caseId);
    expect((await queue(fhwa, { state: 'PENDING' })).map((node) => node.caseId)).not.toContain(
      caseId,
    );

    const reported = await routing.graphql(
      STATUS,
      {
        caseId,
        status: 'IN_PROGRESS',
        agencyStatus: 'investigation opened',
        reason: 'assigned to an FHWA investigator',
      },
      fhwa,
    );
    expect(dataOf(reported).recordAgencyStatus).toEqual({
      caseId,
      state: 'ACCEPTED',
      agencyStatus: 'investigation opened',
      caseStatus: 'IN_PROGRESS',
    });
    const change = (await routing.published(CASE_STATUS_CHANGED))
      .filter((event) => event.subject === caseId)
      .at(-1)!;
    expect(change.data).toEqual({
      caseId,
      status: 'in_progress',
      agency: 'fhwa',
      agencyStatus: 'investigation opened',
      reason: 'assigned to an FHWA investigator',
    });

    // FHWA's feed: its referral and what followed, nothing of the case sent to FTA alone.
    const feed = await routing.readAgencyFeed('fhwa', (events) =>
      ofCase(caseId)(events).some((event) => event.id === change.id),
    );
    expect(ofCase(caseId)(feed).map((event) => event.type)).toEqual([
      CASE_REFERRED,
      CASE_STATUS_CHANGED,
      REFERRAL_DECIDED,
      CASE_STATUS_CHANGED,
    ]);
    expect(ofCase(caseId)(feed)[0]!.data).toMatchObject({ agencyId: 'fhwa' });
    expect(ofCase(other)(feed)).toEqual([]);
    expect(feed.map((event) => event.type)).not.toContain(CASE_RECEIVED);
  });

  it('another agency is FORBIDDEN on a referral not sent to it, and nothing changes', async () => {
    const caseId = await titleVIReferred(['wsdot-oecr', 'fhwa']);
    await routing.settled();
    const before = await routing.footprint();
    const attempts: (() => Promise<TypedAnswer<unknown>>)[] = [
      () => routing.graphql(ACCEPT, { caseId }, fta),
      () => routing.graphql(DECLINE, { caseId, reason: 'not ours' }, fta),
      () =>
        routing.graphql(STATUS, { caseId, status: 'IN_PROGRESS', agencyStatus: 'working' }, fta),
    ];
    for (const attempt of attempts) {
      expect(refusal(await attempt()).code).toBe('FORBIDDEN');
    }
    // A token of the right role without an agency, and the 311 agent, are refused too.
    const noAgency = await routing.token(['external_agency']);
    expect(refusal(await routing.graphql(ACCEPT, { caseId }, noAgency)).code).toBe('FORBIDDEN');
    expect(refusal(await routing.graphql(QUEUE, {}, noAgency)).code).toBe('FORBIDDEN');
    expect(refusal(await routing.graphql(ACCEPT, { caseId }, agent)).code).toBe('FORBIDDEN');
    // A case that does not exist is answered the same way: nothing is learnt about it.
    expect(refusal(await routing.graphql(ACCEPT, { caseId: randomUUID() }, fhwa)).code).toBe(
      'FORBIDDEN',
    );
    expect(await routing.footprint()).toEqual(before);
    expect((await inQueue(fhwa, caseId)).state).toBe('PENDING');
  });

  it('refuses bad input and out-of-order steps naming the field or the conflict, with nothing half-saved', async () => {
    const caseId = await titleVIReferred(['wsdot-oecr', 'fhwa']);
    await routing.settled();
    let before = await routing.footprint();

    expect(
      refusal(
        await routing.graphql(STATUS, { caseId, status: 'IN_PROGRESS', agencyStatus: 'x' }, oecr),
      ),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/accept the referral/) });
    expect(
      refusal(
        await routing.graphql(STATUS, { caseId, status: 'IN_PROGRESS', agencyStatus: '  ' }, oecr),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyStatus' });
    expect(refusal(await routing.graphql(DECLINE, { caseId, reason: ' ' }, oecr))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(refusal(await routing.graphql(ACCEPT, { caseId: 'SR-1' }, oecr))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'caseId',
    });
    expect(refusal(await routing.graphql(QUEUE, { first: 101 }, oecr))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(await routing.footprint()).toEqual(before);

    const declined = await routing.graphql(
      DECLINE,
      { caseId, reason: 'FHWA decides on this program' },
      oecr,
    );
    expect(dataOf(declined).declineAgencyReferral).toEqual({
      caseId,
      state: 'DECLINED',
      declineReason: 'FHWA decides on this program',
    });
    await routing.settled();
    before = await routing.footprint();
    expect(refusal(await routing.graphql(ACCEPT, { caseId }, oecr))).toMatchObject({
      code: 'CONFLICT',
      message: 'the referral was already declined',
    });
    expect(await routing.footprint()).toEqual(before);

    // The hub's transitions are checked before anything is written: closed cannot go back.
    expect((await routing.graphql(ACCEPT, { caseId }, fhwa)).body.errors).toBeUndefined();
    const closed = await routing.graphql(
      STATUS,
      { caseId, status: 'CLOSED', agencyStatus: 'final decision issued' },
      fhwa,
    );
    expect(dataOf(closed).recordAgencyStatus.caseStatus).toBe('CLOSED');
    await routing.settled();
    before = await routing.footprint();
    const backwards = await routing.graphql(
      STATUS,
      { caseId, status: 'IN_PROGRESS', agencyStatus: 'reconsidering' },
      fhwa,
    );
    expect(refusal(backwards)).toMatchObject({
      code: 'CONFLICT',
      message: "the case's status cannot go from closed to in_progress",
    });
    expect(await routing.footprint()).toEqual(before);
    expect((await inQueue(fhwa, caseId)).agencyStatus).toBe('final decision issued');
  });

  it("routing's own status changes are checked too: a case another office closed cannot be assigned", async () => {
    const caseId = await routing.routedCase({ serviceCode: 'pothole' });
    await routing.statusChangedBy('public-works-system', caseId, 'closed', 'fixed');
    await routing.settled();
    const before = await routing.footprint();
    const assigned = await routing.graphql(ASSIGN, { caseId, staffId: 'public-works-a' }, agent);
    expect(refusal(assigned)).toMatchObject({
      code: 'CONFLICT',
      message: "the case's status cannot go from closed to assigned",
    });
    expect(await routing.footprint()).toEqual(before);
    expect(
      (await routing.sql(`select assignee_id from routed_case where id = ?`, [caseId]))[0]!
        .assignee_id,
    ).toBeNull();
  });

  it('pages through a queue without skipping or repeating a referral', async () => {
    const cases = [];
    for (let i = 0; i < 3; i += 1) cases.push(await titleVIReferred(['us-doj']));
    const doj = await routing.token(['external_agency'], { agency: 'us-doj' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const answer: TypedAnswer<AgencyReferralQueueQuery> = await routing.graphql(
        QUEUE,
        { first: 2, after },
        doj,
      );
      const page = dataOf(answer).agencyReferralQueue;
      seen.push(...page.edges.map((edge) => edge.node.caseId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(cases));
  });
});
