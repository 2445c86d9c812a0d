import { randomUUID } from 'node:crypto';
import { renderNotification } from '../subgraphs/intake/src/notifications/notification.rules';
import { graphql } from './graphql';
import { logCase, submitCase, trackCase } from './support/cases';
import { startMailbox, type ReceivedMail } from './support/mailbox';
import { dataOf, startTestHub, type TestHub } from './support/hub';

const ROUTING = graphql(`
  query CompletionRouting($id: ID!) {
    case(id: $id) {
      routingStage
      department {
        id
        name
      }
      referral {
        agency {
          name
        }
        disposition
      }
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompletionComplete($input: CompleteCaseInput!) {
    completeCase(input: $input) {
      routingStage
    }
  }
`);
const NOTICES = graphql(`
  query CompletionCouncilNotices($office: String) {
    councilOfficeNotices(office: $office) {
      totalCount
      edges {
        node {
          caseId
          srNumber
          councilOffice
          outcome
          disposition
          createdAt
        }
      }
    }
  }
`);

/** What `npm start` and the tests use when HUB_TRACKING_URL is not set. */
const DEFAULT_TRACKING_URL = 'http://localhost:4000/track';

async function waitFor<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The mailbox hands the text over with the wire's CRLF line ends. */
const lines = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();

describe('closing the loop through the gateway', () => {
  let hub: TestHub;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let agent: string;
  let council: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    hub = await startTestHub({
      subgraphs: ['intake', 'routing'],
      label: 'e2e-completion',
      extraEnvironment: { intake: { HUB_SMTP_URL: mailbox.url } },
    });
    agent = await hub.token(['agent']);
    council = await hub.token(['council'], { subject: 'council-ward-2' });
  });

  afterAll(async () => {
    await hub?.stop();
    await mailbox?.stop();
  });

  async function routed(caseId: string) {
    const answer = await waitFor(
      () => hub.query(ROUTING, { id: caseId }, agent),
      (a) => a.data?.case?.routingStage != null,
      `case ${caseId} to reach routing`,
    );
    return dataOf(answer, 'the routed case').case!;
  }

  const track = (sr: string) => trackCase(hub, sr);

  const mailTo = (address: string, marker: string): Promise<ReceivedMail | undefined> =>
    waitFor(
      () => mailbox.messages.find((m) => m.to.includes(address) && m.text.includes(marker)),
      Boolean,
      `the completion email to arrive`,
    );

  it('a pothole referred by a council office is routed, completed by Public Works, and the reporter, the office and the public all see it', async () => {
    const office = `Office of Councilmember Ward 2 ${randomUUID().slice(0, 8)}`;
    const email = `maria.${randomUUID()}@correo.example.org`;
    const { id: caseId, srNumber } = await logCase(hub, council, {
      kind: 'SERVICE_REQUEST',
      channel: 'COUNCIL_OFFICE',
      councilOffice: office,
      serviceCode: 'pothole',
      description: 'Un bache profundo frente al número 40 de Calle Mayor.',
      location: { address: '40 Main Street' },
      reporter: { name: 'María Pérez', email, preferredLanguage: 'es-MX' },
    });

    const found = await routed(caseId);
    expect(found.department).toEqual({ id: 'public-works', name: 'Public Works' });
    const routedTracking = await waitFor(
      () => track(srNumber),
      (t) => t.responsibleBody === 'Public Works',
      'public tracking to name Public Works',
    );
    expect(routedTracking.status).toBe('ROUTED');

    const head = await hub.token(['department_head'], { department: 'public-works' });
    const disposition = 'Reparamos el bache el 20 de noviembre y señalizamos la zona.';
    const completed = await hub.query(
      COMPLETE,
      { input: { caseId, outcome: 'RESOLVED', disposition } },
      head,
    );
    expect(dataOf(completed).completeCase.routingStage).toBe('COMPLETED');

    // (a) The reporter's email, in Spanish, with the disposition.
    const mail = await mailTo(email, 'Resultado');
    const expected = renderNotification('completion', 'es', {
      srNumber,
      disposition,
      trackingUrl: DEFAULT_TRACKING_URL,
    });
    expect(mail!.subject).toBe(`Su solicitud de servicio ${srNumber} ha sido cerrada`);
    expect(lines(mail!.text)).toBe(lines(expected.text));
    expect(mail!.text).toContain(`Resultado: ${disposition}`);

    // (b) The office's notice, visible to a council token.
    const notices = await waitFor(
      () => hub.query(NOTICES, { office }, council),
      (a) => a.data?.councilOfficeNotices?.totalCount === 1,
      "the council office's notice",
    );
    expect(dataOf(notices).councilOfficeNotices.edges[0]!.node).toMatchObject({
      caseId,
      srNumber,
      councilOffice: office,
      outcome: 'RESOLVED',
      disposition,
    });
    const refused = await hub.query(NOTICES, { office }, head);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // (c) Public tracking: closed, by Public Works, and nothing personal.
    const closed = await track(srNumber);
    expect(closed).toMatchObject({
      srNumber,
      kind: 'SERVICE_REQUEST',
      status: 'CLOSED',
      responsibleBody: 'Public Works',
    });
    expect(closed.closedAt).not.toBeNull();
    const shown = JSON.stringify(closed);
    for (const personal of ['María', 'Pérez', email, 'correo', '40 Main Street', 'bache']) {
      expect(shown).not.toContain(personal);
    }
  });

  it('a complaint about an elected official ends with an email that names the body to contact', async () => {
    const email = `resident.${randomUUID()}@mail.example.org`;
    const { caseId, srNumber } = await submitCase(hub, {
      kind: 'SERVICE_COMPLAINT',
      subjectCategory: 'ELECTED_OFFICIAL',
      description: 'A council member was rude to me at a public meeting.',
      reporter: { email, preferredLanguage: 'en' },
    });

    const found = await routed(caseId);
    expect(found.routingStage).toBe('OUT_OF_JURISDICTION');
    const { disposition, agency } = found.referral!;
    expect(disposition).toContain(agency!.name);

    const mail = await mailTo(email, 'Outcome');
    expect(mail!.subject).toBe(`Your service request ${srNumber} is closed`);
    expect(mail!.text).toContain(`Outcome: ${disposition}`);
    expect(mail!.text).toContain('Ethics and Elections Commission');

    const tracking = await waitFor(
      () => track(srNumber),
      (t) => t.status === 'OUT_OF_JURISDICTION',
      'public tracking to show the case closed as out of jurisdiction',
    );
    expect(tracking.responsibleBody).toBe('311 Customer Service');
    expect(tracking.closedAt).not.toBeNull();
  });
});
