import type { EventEnvelope } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import { refusal, RoutingHarness, waitFor } from './routing-harness';

// External agencies (issue 8): the cases referred to an agency, whoever referred them, are in
// that agency's queue and on its own topic, and only that agency decides on them.

const QUEUE = `query($state: AgencyReferralState, $first: Int, $after: String) {
  agencyReferralQueue(state: $state, first: $first, after: $after) {
    edges { node {
      id caseId program state kind receivedAt referredAt decidedAt declineReason
      agencyStatus caseStatus agency { id }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ACCEPT = `mutation($caseId: ID!) { acceptAgencyReferral(caseId: $caseId) { caseId state decidedAt } }`;
const DECLINE = `mutation($caseId: ID!, $reason: String!) {
  declineAgencyReferral(caseId: $caseId, reason: $reason) { caseId state declineReason }
}`;
const STATUS = `mutation($caseId: ID!, $status: CaseStatus!, $agencyStatus: String!, $reason: String) {
  recordAgencyStatus(caseId: $caseId, status: $status, agencyStatus: $agencyStatus, reason: $reason) {
    caseId state agencyStatus caseStatus
  }
}`;
const ASSIGN = `mutation($caseId: ID!, $staffId: ID!) { assignCase(caseId: $caseId, staffId: $staffId) { id } }`;

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

  async function queue(token: string, variables: Record<string, unknown> = {}) {
    const answer = await routing.graphql(QUEUE, { first: 100, ...variables }, token);
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data.agencyReferralQueue.edges.map((edge: any) => edge.node);
  }

  const inQueue = (token: string, caseId: string) =>
    waitFor(
      () => queue(token),
      (nodes: any[]) => nodes.some((node) => node.caseId === caseId),
      30_000,
      `case ${caseId} in the agency's queue`,
    ).then((nodes: any[]) => nodes.find((node) => node.caseId === caseId));

  /** A Title VI complaint, referred by civil rights as it publishes it. */
  async function titleVIReferred(agencyIds: string[]): Promise<string> {
    const caseId = await routing.receive({ kind: 'civil_rights' });
    await routing.routed(caseId);
    await routing.subgraph.orm.em.fork().transactional(async (em) => {
      for (const agencyId of agencyIds) {
        routing.subgraph.events.publish(em, {
          type: 'case.referred.v1',
          subject: caseId,
          data: { caseId, referralId: randomUUID(), agencyId, program: 'fhwa' },
        });
      }
      routing.subgraph.events.publish(em, {
        type: 'case.status-changed.v1',
        subject: caseId,
        data: { caseId, status: 'referred', agency: 'title-vi', agencyStatus: null, reason: null },
      });
    });
    await waitFor(
      () => routing.count('agency_referral', 'case_id = ?', [caseId]),
      (count) => count === agencyIds.length,
      30_000,
      'the referrals',
    );
    await waitFor(
      () => routing.sql(`select status from case_status where case_id = ?`, [caseId]),
      (rows) => rows[0]?.status === 'referred',
      30_000,
      "the coordinator's status",
    );
    return caseId;
  }

  const ofCase = (caseId: string) => (events: EventEnvelope[]) =>
    events.filter((event) => event.subject === caseId);

  it('an out-of-jurisdiction case is a referral in that body’s queue and feed only, without the reporter', async () => {
    const caseId = await routing.receive({
      kind: 'service_complaint',
      subjectCategory: 'elected_official',
    });
    await routing.routed(caseId);

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
    expect((await queue(county)).map((node: any) => node.caseId)).not.toContain(caseId);

    // Routing states the referral as an event, before the closure it explains.
    const published = (await routing.published()).filter(
      (event) => event.subject === caseId && event.type !== 'case.received.v1',
    );
    expect(published.map((event) => event.type)).toEqual([
      'case.referred.v1',
      'case.status-changed.v1',
      'case.completed.v1',
    ]);
    expect(published[0]!.data).toEqual({
      caseId,
      referralId: referral.id,
      agencyId: 'ethics-elections-commission',
      program: 'out_of_jurisdiction',
    });

    const feed = await routing.readAgencyFeed('ethics-elections-commission', (events) =>
      ofCase(caseId)(events).some((event) => event.type === 'case.completed.v1'),
    );
    expect(ofCase(caseId)(feed).map((event) => event.type)).toEqual([
      'case.referred.v1',
      'case.status-changed.v1',
      'case.completed.v1',
    ]);
    expect(feed.map((event) => event.type)).not.toContain('case.received.v1');
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
    expect((await queue(fta)).map((node: any) => node.caseId)).not.toContain(caseId);
    expect((await queue(fhwa)).map((node: any) => node.caseId)).not.toContain(other);

    const accepted = await routing.graphql(ACCEPT, { caseId }, fhwa);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.acceptAgencyReferral).toMatchObject({ caseId, state: 'ACCEPTED' });
    const decided = (await routing.published('referral.decided.v1')).filter(
      (event) => event.subject === caseId,
    );
    expect(decided.map((event) => event.data)).toEqual([
      expect.objectContaining({ agencyId: 'fhwa', decision: 'accepted', program: 'fhwa' }),
    ]);
    expect((await queue(fhwa, { state: 'ACCEPTED' })).map((node: any) => node.caseId)).toContain(
      caseId,
    );
    expect((await queue(fhwa, { state: 'PENDING' })).map((node: any) => node.caseId)).not.toContain(
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
    expect(reported.body.errors).toBeUndefined();
    expect(reported.body.data.recordAgencyStatus).toEqual({
      caseId,
      state: 'ACCEPTED',
      agencyStatus: 'investigation opened',
      caseStatus: 'IN_PROGRESS',
    });
    const change = (await routing.published('case.status-changed.v1'))
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
      'case.referred.v1',
      'case.status-changed.v1',
      'referral.decided.v1',
      'case.status-changed.v1',
    ]);
    expect(ofCase(caseId)(feed)[0]!.data).toMatchObject({ agencyId: 'fhwa' });
    expect(ofCase(other)(feed)).toEqual([]);
    expect(feed.map((event) => event.type)).not.toContain('case.received.v1');
  });

  it('another agency is FORBIDDEN on a referral not sent to it, and nothing changes', async () => {
    const caseId = await titleVIReferred(['wsdot-oecr', 'fhwa']);
    await routing.settled();
    const before = await routing.footprint();
    for (const [query, variables] of [
      [ACCEPT, { caseId }],
      [DECLINE, { caseId, reason: 'not ours' }],
      [STATUS, { caseId, status: 'IN_PROGRESS', agencyStatus: 'working' }],
    ] as const) {
      expect(refusal(await routing.graphql(query, variables, fta)).code).toBe('FORBIDDEN');
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
    expect(declined.body.data.declineAgencyReferral).toEqual({
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
    expect(closed.body.data.recordAgencyStatus.caseStatus).toBe('CLOSED');
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
    const caseId = await routing.receive({ serviceCode: 'pothole' });
    await routing.routed(caseId);
    await routing.subgraph.orm.em.fork().transactional(async (em) => {
      routing.subgraph.events.publish(em, {
        type: 'case.status-changed.v1',
        subject: caseId,
        data: { caseId, status: 'closed', agency: 'public-works-system', reason: 'fixed' },
      });
    });
    await waitFor(
      () => routing.sql(`select status from case_status where case_id = ?`, [caseId]),
      (rows) => rows[0]?.status === 'closed',
      30_000,
      'the closure in routing’s copy',
    );
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
      const answer = await routing.graphql(QUEUE, { first: 2, after }, doj);
      expect(answer.body.errors).toBeUndefined();
      const page = answer.body.data.agencyReferralQueue;
      seen.push(...page.edges.map((edge: any) => edge.node.caseId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(cases));
  });
});
