import {
  CASE_COMPLETED,
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  REFERRAL_DECIDED,
  type EventEnvelope,
} from '@hub/contracts';
import { readTopic, waitFor } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import type { TitleViComplaintInput } from './graphql/graphql';
import { submitCase, trackCase, type Submission } from './support/cases';
import { startMailbox } from './support/mailbox';
import { dataOf, startTestHub, type TestHub } from './support/hub';

// An external agency through the gateway: it signs in with its token, sees the cases referred
// to it (and no others), accepts one and reports its status in its own words; the resident's
// public tracking shows the hub status only; the agency's own topic carries that case's events
// and nothing else.

const FILE = graphql(`
  mutation AgenciesFileComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {
    fileTitleVIComplaint(caseId: $caseId, input: $input) {
      id
      titleVI {
        stage
      }
    }
  }
`);
const REFER = graphql(`
  mutation AgenciesReferComplaint($caseId: ID!, $agencyIds: [String!]!) {
    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {
      id
      status
    }
  }
`);
const REFERRALS = graphql(`
  query AgenciesReferrals($id: ID!) {
    case(id: $id) {
      id
      status
      titleVI {
        referrals {
          agencyId
          decisions {
            agencyId
            decision
            agencyStatus
          }
        }
      }
    }
  }
`);
const QUEUE = graphql(`
  query AgenciesQueue {
    agencyReferralQueue(first: 100) {
      edges {
        node {
          id
          caseId
          program
          state
          kind
          agencyStatus
          caseStatus
          agency {
            id
            name
          }
        }
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation AgenciesAccept($caseId: ID!) {
    acceptAgencyReferral(caseId: $caseId) {
      caseId
      state
    }
  }
`);
const STATUS = graphql(`
  mutation AgenciesStatus(
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

const FEED_TYPES: string[] = [CASE_REFERRED, CASE_STATUS_CHANGED, REFERRAL_DECIDED, CASE_COMPLETED];

/** The local date `days` ago, as the Title VI form takes it. */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A signed, written Title VI complaint as the coordinator files it. */
function writtenComplaint(program: 'FHWA' | 'FTA', name: string): TitleViComplaintInput {
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

  const submit = (input: Submission) => submitCase(hub, input);
  const track = (sr: string) => trackCase(hub, sr);

  const queueOf = async (token: string) =>
    dataOf(await hub.query(QUEUE, {}, token), 'the agency queue').agencyReferralQueue.edges.map(
      (edge) => edge.node,
    );
  type Referral = Awaited<ReturnType<typeof queueOf>>[number];

  const referralIn = (
    token: string,
    caseId: string,
    what: string,
    done = (_node: Referral) => true,
  ) =>
    waitFor(
      () => queueOf(token),
      (nodes) => nodes.some((node) => node.caseId === caseId && done(node)),
      45_000,
      what,
    ).then((nodes) => nodes.find((node) => node.caseId === caseId)!);

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
    expect(dataOf(filed).fileTitleVIComplaint.titleVI!.stage).toBe('OPEN');
    dataOf(await hub.query(REFER, { caseId: submitted.caseId, agencyIds }, coordinator), 'refer');
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
    expect((await queueOf(fhwa)).map((node) => node.caseId)).not.toContain(second.caseId);
    expect((await queueOf(fta)).map((node) => node.caseId)).not.toContain(first.caseId);
    // The queue holds no personal data of the reporter.
    const shownQueue = JSON.stringify(await queueOf(fhwa));
    for (const personal of ['Minh', 'Tran', 'interpreter', '12 Elm']) {
      expect(shownQueue).not.toContain(personal);
    }

    const accepted = dataOf(await hub.query(ACCEPT, { caseId: first.caseId }, fhwa));
    expect(accepted.acceptAgencyReferral).toEqual({
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
    const referrals = coordinatorView.data!.case!.titleVI!.referrals;
    expect(referrals.find((r) => r.agencyId === 'fhwa')!.decisions).toEqual([
      { agencyId: 'fhwa', decision: 'ACCEPTED', agencyStatus: null },
    ]);
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
    expect(dataOf(reported).recordAgencyStatus).toEqual({
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
    const { events } = await readTopic<EventEnvelope<{ agencyStatus?: string | null }>>(
      [process.env.KAFKA_BROKERS!].flatMap((b) => b.split(',')),
      `${hub.topic}.agency.fhwa`,
      (seen) =>
        seen.some(
          (e) =>
            e.type === CASE_STATUS_CHANGED &&
            e.data.agencyStatus === 'FHWA: additional documents requested',
        ),
      45_000,
    );
    expect(new Set(events.map((event) => event.subject))).toEqual(new Set([first.caseId]));
    expect(events.every((event) => FEED_TYPES.includes(event.type))).toBe(true);
    expect(events[0]).toMatchObject({
      type: CASE_REFERRED,
      data: { agencyId: 'fhwa', program: 'fhwa' },
    });
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining([REFERRAL_DECIDED, CASE_STATUS_CHANGED]),
    );
    expect(JSON.stringify(events)).not.toMatch(/Minh|Tran|interpreter|mail\.example/);
  });

  it("another agency's token is FORBIDDEN on FHWA's referral, and nothing changes", async () => {
    const { caseId, srNumber } = await referredComplaint('FHWA', 'Bao Le', ['wsdot-oecr', 'fhwa']);
    await referralIn(fhwa, caseId, "the referral in FHWA's queue");
    const trackedBefore = await track(srNumber);

    const refusals = [
      await hub.query(ACCEPT, { caseId }, fta),
      await hub.query(STATUS, { caseId, status: 'CLOSED', agencyStatus: 'closed by FTA' }, fta),
    ];
    for (const refused of refusals) {
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }

    expect(await referralIn(fhwa, caseId, 'the referral')).toMatchObject({
      state: 'PENDING',
      agencyStatus: null,
      caseStatus: 'REFERRED',
    });
    expect(await track(srNumber)).toEqual(trackedBefore);
    const view = await hub.query(REFERRALS, { id: caseId }, coordinator);
    expect(view.data!.case!.titleVI!.referrals.flatMap((referral) => referral.decisions)).toEqual(
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
    expect((await queueOf(fhwa)).map((node) => node.caseId)).not.toContain(caseId);
    const accepted = dataOf(await hub.query(ACCEPT, { caseId }, ethics));
    expect(accepted.acceptAgencyReferral.state).toBe('ACCEPTED');
    // The commission's acceptance is its own: the city's case stays closed here.
    expect((await track(srNumber)).status).toBe('OUT_OF_JURISDICTION');
  });
});
