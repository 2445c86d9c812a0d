import { readTopic, waitFor } from '@hub/local-stack';
import type { EventEnvelope } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import { startMailbox } from './support/mailbox';
import { startTestHub, type TestHub } from './support/hub';

// Issue 8 through the gateway: an external agency signs in with its token, sees the cases
// referred to it (and no others), accepts one and reports its status in its own words; the
// resident's public tracking shows the hub status only; the agency's own topic carries that
// case's events and nothing else.

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId srNumber } }`;
const TRACK = `query($sr: String!) { trackCase(srNumber: $sr) { srNumber status closedAt responsibleBody } }`;
const FILE = `mutation($caseId: ID!, $input: TitleVIComplaintInput!) {
  fileTitleVIComplaint(caseId: $caseId, input: $input) { id titleVI { stage } }
}`;
const REFER = `mutation($caseId: ID!, $agencyIds: [String!]!) {
  referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) { id status }
}`;
const REFERRALS = `query($id: ID!) { case(id: $id) {
  id status titleVI { referrals { agencyId decisions { agencyId decision agencyStatus } } }
} }`;
const QUEUE = `{ agencyReferralQueue(first: 100) { edges { node {
  id caseId program state kind agencyStatus caseStatus agency { id name }
} } } }`;
const ACCEPT = `mutation($caseId: ID!) { acceptAgencyReferral(caseId: $caseId) { caseId state } }`;
const STATUS = `mutation($caseId: ID!, $status: CaseStatus!, $agencyStatus: String!, $reason: String) {
  recordAgencyStatus(caseId: $caseId, status: $status, agencyStatus: $agencyStatus, reason: $reason) {
    caseId state agencyStatus caseStatus
  }
}`;

const FEED_TYPES = [
  'case.referred.v1',
  'case.status-changed.v1',
  'referral.decided.v1',
  'case.completed.v1',
];

/** The local date `days` ago, as the Title VI form takes it. */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A signed, written Title VI complaint as the coordinator files it. */
function writtenComplaint(program: 'FHWA' | 'FTA', name: string) {
  return {
    program,
    receivedVia: 'WRITTEN',
    contact: { name, address: '12 Elm St', city: 'Vancouver', state: 'WA', zip: '98660' },
    bases: ['NATIONAL_ORIGIN'],
    basisExplanation: 'No interpreter was offered at the open house',
    incidentDate: daysAgo(20),
    respondent: { organization: 'Corridor Project Team', kind: 'CONTRACTOR' },
    narrative: 'I asked for an interpreter and was sent away.',
    signature: { printedName: name, signatureText: `/s/ ${name}`, date: daysAgo(1) },
  };
}

describe('external agencies through the gateway', () => {
  let hub: TestHub;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let coordinator: string;
  let fhwa: string;
  let fta: string;
  let ethics: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    hub = await startTestHub({
      subgraphs: ['intake', 'routing', 'civil-rights'],
      label: 'e2e-agencies',
      extraEnvironment: { intake: { HUB_SMTP_URL: mailbox.url } },
    });
    coordinator = await hub.token(['title_vi_coordinator'], { subject: 'coordinator-1' });
    fhwa = await hub.token(['external_agency'], { subject: 'fhwa-officer', agency: 'fhwa' });
    fta = await hub.token(['external_agency'], { subject: 'fta-officer', agency: 'fta' });
    ethics = await hub.token(['external_agency'], {
      subject: 'ethics-clerk',
      agency: 'ethics-elections-commission',
    });
  });

  afterAll(async () => {
    await hub?.stop();
    await mailbox?.stop();
  });

  async function submit(input: Record<string, unknown>) {
    const answer = await hub.query(SUBMIT, { input: { idempotencyKey: randomUUID(), ...input } });
    expect(answer.errors).toBeUndefined();
    return answer.data.submitCase as { caseId: string; srNumber: string };
  }

  const track = async (sr: string) => {
    const answer = await hub.query(TRACK, { sr }); // anonymous, as a resident tracks it
    expect(answer.errors).toBeUndefined();
    return answer.data.trackCase;
  };

  const queueOf = async (token: string) => {
    const answer = await hub.query(QUEUE, {}, token);
    expect(answer.errors).toBeUndefined();
    return answer.data.agencyReferralQueue.edges.map((edge: any) => edge.node);
  };

  const referralIn = (token: string, caseId: string, what: string, done = (_node: any) => true) =>
    waitFor(
      () => queueOf(token),
      (nodes: any[]) => nodes.some((node) => node.caseId === caseId && done(node)),
      45_000,
      what,
    ).then((nodes: any[]) => nodes.find((node) => node.caseId === caseId));

  /** A resident's Title VI complaint, filed by the coordinator and referred to the agencies. */
  async function referredComplaint(
    program: 'FHWA' | 'FTA',
    name: string,
    agencyIds: string[],
  ): Promise<{ caseId: string; srNumber: string }> {
    const submitted = await submit({
      kind: 'CIVIL_RIGHTS',
      description: `${name} was refused an interpreter at the corridor open house.`,
      reporter: { name, email: `${randomUUID()}@mail.example.org`, preferredLanguage: 'vi' },
    });
    const filed = await waitFor(
      () =>
        hub.query(
          FILE,
          { caseId: submitted.caseId, input: writtenComplaint(program, name) },
          coordinator,
        ),
      (answer) => answer.errors === undefined,
      45_000,
      'civil rights to know the case and take the form',
    );
    expect(filed.data.fileTitleVIComplaint.titleVI.stage).toBe('OPEN');
    const referred = await hub.query(REFER, { caseId: submitted.caseId, agencyIds }, coordinator);
    expect(referred.errors).toBeUndefined();
    return submitted;
  }

  it("a Title VI complaint referred to FHWA is in FHWA's queue only; FHWA accepts it and reports its status, which the resident sees without FHWA's words", async () => {
    const first = await referredComplaint('FHWA', 'Minh Tran', ['wsdot-oecr', 'fhwa']);
    const second = await referredComplaint('FTA', 'Lan Nguyen', ['fta']);

    const referral = await referralIn(fhwa, first.caseId, "the referral in FHWA's queue");
    expect(referral).toMatchObject({
      caseId: first.caseId,
      program: 'FHWA',
      state: 'PENDING',
      kind: 'civil_rights',
      caseStatus: 'REFERRED',
      agency: { id: 'fhwa' },
    });
    await referralIn(fta, second.caseId, "the other referral in FTA's queue");
    expect((await queueOf(fhwa)).map((node: any) => node.caseId)).not.toContain(second.caseId);
    expect((await queueOf(fta)).map((node: any) => node.caseId)).not.toContain(first.caseId);
    // The queue holds no personal data of the reporter.
    const shownQueue = JSON.stringify(await queueOf(fhwa));
    for (const personal of ['Minh', 'Tran', 'interpreter', '12 Elm']) {
      expect(shownQueue).not.toContain(personal);
    }

    const accepted = await hub.query(ACCEPT, { caseId: first.caseId }, fhwa);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptAgencyReferral).toEqual({
      caseId: first.caseId,
      state: 'ACCEPTED',
    });
    // Civil rights hears the decision and updates its own Title VI referral and the status.
    const coordinatorView = await waitFor(
      () => hub.query(REFERRALS, { id: first.caseId }, coordinator),
      (answer) => answer.data?.case?.status === 'IN_PROGRESS',
      45_000,
      "FHWA's acceptance to reach civil rights",
    );
    expect(
      coordinatorView.data.case.titleVI.referrals.find((r: any) => r.agencyId === 'fhwa').decisions,
    ).toEqual([{ agencyId: 'fhwa', decision: 'ACCEPTED', agencyStatus: null }]);
    await referralIn(fhwa, first.caseId, 'the acceptance in the hub status', (node) => {
      return node.caseStatus === 'IN_PROGRESS';
    });

    const reported = await hub.query(
      STATUS,
      {
        caseId: first.caseId,
        status: 'AWAITING_INFORMATION',
        agencyStatus: 'FHWA: additional documents requested',
        reason: 'the investigator needs the meeting sign-in sheets',
      },
      fhwa,
    );
    expect(reported.errors).toBeUndefined();
    expect(reported.data.recordAgencyStatus).toEqual({
      caseId: first.caseId,
      state: 'ACCEPTED',
      agencyStatus: 'FHWA: additional documents requested',
      caseStatus: 'AWAITING_INFORMATION',
    });

    const tracking = await waitFor(
      () => track(first.srNumber),
      (t) => t.status === 'AWAITING_INFORMATION',
      45_000,
      "public tracking to show FHWA's status",
    );
    const shown = JSON.stringify(tracking);
    for (const agencyDetail of ['FHWA', 'fhwa', 'documents requested', 'sign-in sheets']) {
      expect(shown).not.toContain(agencyDetail);
    }

    // FHWA's topic: exactly the referred case's facts, from the referral on.
    const { events } = await readTopic<EventEnvelope>(
      [process.env.KAFKA_BROKERS!].flatMap((b) => b.split(',')),
      `${hub.topic}.agency.fhwa`,
      (seen) =>
        seen.some(
          (e) =>
            e.type === 'case.status-changed.v1' &&
            (e.data as any).agencyStatus === 'FHWA: additional documents requested',
        ),
      45_000,
    );
    expect(new Set(events.map((event) => event.subject))).toEqual(new Set([first.caseId]));
    expect(events.every((event) => FEED_TYPES.includes(event.type))).toBe(true);
    expect(events[0]).toMatchObject({
      type: 'case.referred.v1',
      data: { agencyId: 'fhwa', program: 'fhwa' },
    });
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['referral.decided.v1', 'case.status-changed.v1']),
    );
    expect(JSON.stringify(events)).not.toMatch(/Minh|Tran|interpreter|mail\.example/);
  });

  it("another agency's token is FORBIDDEN on FHWA's referral, and nothing changes", async () => {
    const { caseId, srNumber } = await referredComplaint('FHWA', 'Bao Le', ['wsdot-oecr', 'fhwa']);
    await referralIn(fhwa, caseId, "the referral in FHWA's queue");
    const trackedBefore = await track(srNumber);

    for (const [query, variables] of [
      [ACCEPT, { caseId }],
      [STATUS, { caseId, status: 'CLOSED', agencyStatus: 'closed by FTA' }],
    ] as const) {
      const refused = await hub.query(query, variables, fta);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    expect(await referralIn(fhwa, caseId, 'the referral')).toMatchObject({
      state: 'PENDING',
      agencyStatus: null,
      caseStatus: 'REFERRED',
    });
    expect(await track(srNumber)).toEqual(trackedBefore);
    const view = await hub.query(REFERRALS, { id: caseId }, coordinator);
    expect(view.data.case.titleVI.referrals.flatMap((referral: any) => referral.decisions)).toEqual(
      [],
    );
  });

  it("a case closed as out of jurisdiction is a referral in the named body's queue", async () => {
    const { caseId, srNumber } = await submit({
      kind: 'SERVICE_COMPLAINT',
      subjectCategory: 'ELECTED_OFFICIAL',
      description: 'A council member was rude to me at a public meeting.',
      reporter: { name: 'Ana Ruiz', email: `${randomUUID()}@mail.example.org` },
    });
    const referral = await referralIn(ethics, caseId, "the referral in the commission's queue");
    expect(referral).toMatchObject({
      program: 'OUT_OF_JURISDICTION',
      state: 'PENDING',
      caseStatus: 'OUT_OF_JURISDICTION',
      agency: { id: 'ethics-elections-commission' },
    });
    expect((await queueOf(fhwa)).map((node: any) => node.caseId)).not.toContain(caseId);
    expect((await hub.query(ACCEPT, { caseId }, ethics)).data.acceptAgencyReferral.state).toBe(
      'ACCEPTED',
    );
    // The commission's acceptance is its own: the city's case stays closed here.
    expect((await track(srNumber)).status).toBe('OUT_OF_JURISDICTION');
  });
});
