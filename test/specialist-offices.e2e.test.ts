import { waitFor } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import { submitCase, trackCase, type Submission } from './support/cases';
import { startMailbox, type ReceivedMail } from './support/mailbox';
import { dataOf, startTestHub, type TestHub } from './support/hub';

// The specialist offices through the gateway: a staff complaint, a police conduct concern and
// a fraud report go from a resident's submission to the office that handles it by events
// alone, and only that office reads what it holds.

const HR_QUEUE = graphql(`
  query OfficesHrQueue {
    hrQueue(first: 100) {
      edges {
        node {
          id
          staffComplaint {
            status
          }
        }
      }
    }
  }
`);
const HR_REVIEW = graphql(`
  mutation OfficesHrReview($input: HrReviewInput!) {
    recordHrReview(input: $input) {
      id
      status
    }
  }
`);
const HR_FINDINGS = graphql(`
  mutation OfficesHrFindings($input: HrFindingsInput!) {
    recordHrFindings(input: $input) {
      id
    }
  }
`);
const HR_CLOSE = graphql(`
  mutation OfficesHrClose($caseId: ID!, $disclosure: HrDisclosureInput) {
    closeStaffComplaint(caseId: $caseId, outcome: UPHELD, disclosure: $disclosure) {
      id
      status
    }
  }
`);
const OPA_QUEUE = graphql(`
  query OfficesOpaQueue {
    opaReferralQueue(first: 100) {
      edges {
        node {
          id
          opaReferral {
            destination
          }
        }
      }
    }
  }
`);
const OPA_ACCEPT = graphql(`
  mutation OfficesOpaAccept($caseId: ID!, $opaNumber: String!) {
    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: INVESTIGATION) {
      id
      opaReferral {
        opaNumber
      }
    }
  }
`);
const OPA_STATUS = graphql(`
  mutation OfficesOpaStatus($caseId: ID!) {
    recordOpaStatus(caseId: $caseId, opaStatus: "investigation under way", status: IN_PROGRESS) {
      id
      status
    }
  }
`);
const CASE_WITH_EVERYTHING = graphql(`
  query OfficesCaseWithEverything($id: ID!) {
    case(id: $id) {
      id
      kind
      status
      reporter {
        name
        email
      }
      department {
        id
      }
      opaReferral {
        destination
        opaNumber
        classification
      }
    }
  }
`);
const REPORTERS = graphql(`
  query OfficesReporters {
    cases(first: 100) {
      edges {
        node {
          id
          kind
          reporter {
            name
            email
          }
        }
      }
    }
  }
`);

describe('specialist offices through the gateway', () => {
  let hub: TestHub;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    hub = await startTestHub({
      subgraphs: ['intake', 'routing', 'hr', 'police-referrals', 'internal-audit'],
      label: 'e2e-offices',
      extraEnvironment: { intake: { HUB_SMTP_URL: mailbox.url } },
    });
  });

  afterAll(async () => {
    await hub?.stop();
    await mailbox?.stop();
  });

  const submit = (input: Submission) => submitCase(hub, input);
  const track = (sr: string) => trackCase(hub, sr);

  const mailTo = (address: string, marker: string): Promise<ReceivedMail | undefined> =>
    waitFor(
      async () => mailbox.messages.find((m) => m.to.includes(address) && m.text.includes(marker)),
      (mail) => mail !== undefined,
      45_000,
      `a message to ${address} containing "${marker}"`,
    );

  it("a staff complaint reaches HR's queue by events alone, and HR's outcome closes it with only the allowed disclosure", async () => {
    const email = `reporter.${randomUUID()}@mail.example.org`;
    const { caseId, srNumber } = await submit({
      kind: 'STAFF_COMPLAINT',
      description: 'The clerk at the permit counter shouted at me and refused my form.',
      reporter: { name: 'Imogen Wilder', email, preferredLanguage: 'en' },
    });
    const hr = await hub.token(['hr'], { subject: 'hr-officer-1' });
    await waitFor(
      () => hub.query(HR_QUEUE, {}, hr),
      (answer) => answer.data?.hrQueue.edges.some((edge) => edge.node.id === caseId) ?? false,
      45_000,
      "the staff complaint to reach HR's queue",
    );

    const reviewed = await hub.query(
      HR_REVIEW,
      {
        input: {
          caseId,
          reviewer: 'HR officer 1',
          notes: 'Spoke with the counter supervisor and the clerk.',
          staffLevelsInvolved: ['SUPERVISOR'],
          category: 'DISCOURTESY',
          subjectEmployee: {
            name: 'Bartholomew Quill',
            jobTitle: 'Permit clerk',
            department: 'Permits',
          },
        },
      },
      hr,
    );
    expect(dataOf(reviewed).recordHrReview.status).toBe('IN_PROGRESS');
    const findings = 'The clerk raised his voice; written warning issued to Bartholomew Quill.';
    expect(
      (
        await hub.query(
          HR_FINDINGS,
          {
            input: {
              caseId,
              findings,
              action: { kind: 'WRITTEN_WARNING', details: 'Warning on file.' },
            },
          },
          hr,
        )
      ).errors,
    ).toBeUndefined();

    const disclosure = 'Your complaint was reviewed and upheld; appropriate action was taken.';
    const closed = await hub.query(
      HR_CLOSE,
      { caseId, disclosure: { decision: 'PARTIAL', text: disclosure } },
      hr,
    );
    expect(dataOf(closed).closeStaffComplaint.status).toBe('CLOSED');

    const mail = await mailTo(email, disclosure);
    expect(mail!.text).toContain(srNumber);
    expect(mail!.text).not.toMatch(/Bartholomew|Quill|written warning|raised his voice/i);
    await waitFor(
      () => track(srNumber),
      (tracking) => tracking.status === 'CLOSED',
      45_000,
      'public tracking to show the case closed',
    );
  });

  it("a police conduct concern becomes an OPA referral with its own number; OPA's status reaches public tracking without OPA details", async () => {
    const { caseId, srNumber } = await submit({
      kind: 'POLICE_CONDUCT',
      description: 'An officer searched my car without saying why.',
      reporter: { email: `driver.${randomUUID()}@mail.example.org` },
    });
    const opa = await hub.token(['opa'], { subject: 'opa-intake-1' });
    await waitFor(
      () => hub.query(OPA_QUEUE, {}, opa),
      (answer) =>
        answer.data?.opaReferralQueue.edges.some((edge) => edge.node.id === caseId) ?? false,
      45_000,
      "the concern to reach OPA's referral queue",
    );
    const opaNumber = `2026OPA-${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const accepted = await hub.query(OPA_ACCEPT, { caseId, opaNumber }, opa);
    expect(dataOf(accepted).acceptOpaReferral.opaReferral!.opaNumber).toBe(opaNumber);

    const update = await hub.query(OPA_STATUS, { caseId }, opa);
    expect(update.errors).toBeUndefined();
    const tracking = await waitFor(
      () => track(srNumber),
      (t) => t.status === 'IN_PROGRESS',
      45_000,
      "OPA's status to reach public tracking",
    );
    expect(JSON.stringify(tracking)).not.toMatch(/OPA-|INVESTIGATION|investigation under way/);

    // An agent sees where the case stands, and that it went to OPA, but not OPA's file.
    const agentView = await hub.query(
      CASE_WITH_EVERYTHING,
      { id: caseId },
      await hub.token(['agent']),
    );
    expect(agentView.data?.case).toMatchObject({
      id: caseId,
      kind: 'POLICE_CONDUCT',
      status: 'IN_PROGRESS',
    });
    expect(agentView.data?.case?.opaReferral).toMatchObject({
      destination: 'OPA',
      opaNumber: null,
      classification: null,
    });
    const refused = agentView.errors!.map((error) => [
      error.path?.join('.'),
      error.extensions?.code,
    ]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ['case.opaReferral.opaNumber', 'FORBIDDEN'],
        ['case.opaReferral.classification', 'FORBIDDEN'],
      ]),
    );
  });

  it("a whistleblower's name and email reach audit and no other role, even an analyst reading every case; the attempts are logged", async () => {
    const marker = randomUUID().slice(0, 8);
    const email = `whistle.${marker}@mail.example.org`;
    const { caseId } = await submit({
      kind: 'FRAUD_WASTE_ABUSE',
      description: 'Fuel cards of the parks fleet are used on weekends for private cars.',
      reporter: { name: `Winifred ${marker}`, email },
    });

    for (const role of [
      'analyst',
      'agent',
      'department_head',
      'hr',
      'opa',
      'council',
      'title_vi_coordinator',
    ]) {
      const answer = await hub.query(
        REPORTERS,
        {},
        await hub.token([role], { subject: `${role}-reader` }),
      );
      expect(JSON.stringify(answer.data ?? {})).not.toContain(marker);
      if (role === 'analyst') {
        const node = answer.data!.cases.edges.find((edge) => edge.node.id === caseId)!.node;
        expect(node).toMatchObject({ kind: 'FRAUD_WASTE_ABUSE', reporter: null });
        expect(answer.errors!.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
      }
    }
    const audit = await hub.query(
      CASE_WITH_EVERYTHING,
      { id: caseId },
      await hub.token(['audit'], { subject: 'auditor-9' }),
    );
    expect(audit.data?.case?.reporter).toEqual({ name: `Winifred ${marker}`, email });

    const log = await hub.subgraphs
      .get('intake')!
      .orm.em.fork()
      .execute<{ reader_subject: string; granted: boolean }[]>(
        `select reader_subject, granted from restricted_field_read where case_id = ? and field = 'reporter'`,
        [caseId],
      );
    expect(log).toEqual(
      expect.arrayContaining([{ reader_subject: 'analyst-reader', granted: false }]),
    );
    expect(log).toEqual(expect.arrayContaining([{ reader_subject: 'auditor-9', granted: true }]));
    expect(log.filter((row) => row.granted).map((row) => row.reader_subject)).toEqual([
      'auditor-9',
    ]);
  });
});
