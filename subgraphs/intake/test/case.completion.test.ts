import { createEnvelope, HybridLogicalClock, type EventEnvelope } from '@hub/service-kit';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startMailbox } from '../../../test/support/mailbox';
import { renderNotification } from '../src/notification.rules';
import { IntakeHarness, LOG, refusal, waitFor } from './intake-harness';

const TRACKING_URL = 'https://311.city.example/track';
const OFFICE = 'Office of Councilmember Ward 3';

const TRACK = `query($sr: String!) {
  trackCase(srNumber: $sr) { srNumber status closedAt updatedAt responsibleBody }
}`;
const NOTICES = `query($office: String, $first: Int, $after: String) {
  councilOfficeNotices(office: $office, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id caseId srNumber councilOffice outcome disposition createdAt
      case { id status channel councilOffice } } }
  }
}`;

interface NotificationRow {
  template: string;
  status: string;
  language: string;
  parameters: { srNumber: string; disposition?: string };
}

describe('intake closes the loop when routing completes a case', () => {
  let intake: IntakeHarness;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let producer: Producer;
  let agent: string;
  let council: string;
  // Routing's clock: each event it publishes carries a later stamp than the one before.
  const routingClock = new HybridLogicalClock();

  beforeAll(async () => {
    mailbox = await startMailbox();
    intake = await IntakeHarness.start('completion', {
      HUB_SMTP_URL: mailbox.url,
      HUB_TRACKING_URL: TRACKING_URL,
    });
    agent = await intake.token(['agent']);
    council = await intake.token(['council']);
    producer = new Kafka({
      clientId: 'routing-stand-in',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    }).producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await intake?.stop();
    await mailbox?.stop();
  });

  /** Stamped as routing stamps its events; sent later with `deliver`. */
  function routed(caseId: string, departmentName = 'Public Works'): EventEnvelope {
    return createEnvelope(
      {
        type: 'case.routed.v1',
        subject: caseId,
        data: {
          caseId,
          departmentId: departmentName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          departmentName,
          priority: 'routine',
          previousDepartmentId: null,
          manual: false,
        },
      },
      'test/routing',
      routingClock,
    );
  }

  function completed(
    caseId: string,
    disposition: string,
    outcome = 'resolved',
    departmentName = 'Public Works',
  ): EventEnvelope {
    return createEnvelope(
      {
        type: 'case.completed.v1',
        subject: caseId,
        data: { caseId, outcome, disposition, departmentName },
      },
      'test/routing',
      routingClock,
    );
  }

  /** Routing states the status each of its facts implies, just before the fact. */
  function statusStatedBefore(event: EventEnvelope): EventEnvelope[] {
    const data = event.data as { caseId: string; outcome?: string };
    const status =
      event.type === 'case.routed.v1'
        ? 'routed'
        : data.outcome === 'out_of_jurisdiction'
          ? 'out_of_jurisdiction'
          : 'closed';
    const change = createEnvelope(
      {
        type: 'case.status-changed.v1',
        subject: event.subject,
        data: { caseId: data.caseId, status, agency: 'routing', agencyStatus: null, reason: null },
      },
      'test/routing',
      routingClock,
    );
    return [change, event];
  }

  /** To intake's topic, keyed by case like the outbox relay does, as routing publishes them. */
  async function deliver(...events: EventEnvelope[]): Promise<void> {
    await deliverBare(...events.flatMap(statusStatedBefore));
  }

  /** Only these events: a completion that raced a withdrawal comes without routing's status. */
  async function deliverBare(...events: EventEnvelope[]): Promise<void> {
    await producer.send({
      topic: intake.topic,
      acks: -1,
      messages: events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    });
  }

  async function logCase(input: Record<string, unknown>): Promise<{ id: string; sr: string }> {
    const answer = await intake.graphql(
      LOG,
      {
        input: {
          kind: 'SERVICE_REQUEST',
          channel: 'PHONE',
          description: 'The streetlight on Elm Street flickers all night.',
          location: { address: '12 Elm Street' },
          ...input,
        },
      },
      agent,
    );
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return { id: answer.body.data.logCase.id, sr: answer.body.data.logCase.srNumber };
  }

  async function track(sr: string) {
    const answer = await intake.graphql(TRACK, { sr }, await intake.anonymousToken());
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data.trackCase;
  }

  const notificationsOf = (caseId: string) =>
    intake.sql<NotificationRow>(
      'select template, status, language, parameters from notification where case_id = ? order by created_at',
      [caseId],
    );

  const appliedCount = async (type: string) =>
    (await intake.subgraph.metrics.eventsApplied.get()).values.find(
      (value) => value.labels.type === type,
    )?.value ?? 0;
  const duplicateCount = async () =>
    (await intake.subgraph.metrics.eventsDuplicate.get()).values[0]?.value ?? 0;

  /** Waits until intake has applied `count` more events of `type` than `before`. */
  async function applied(type: string, before: number, count = 1): Promise<void> {
    await waitFor(
      () => appliedCount(type),
      (n) => n >= before + count,
      30_000,
      `${count} ${type} to be applied`,
    );
  }

  describe('a case referred by a council office, with a Vietnamese-speaking reporter', () => {
    const email = `reporter.${randomUUID()}@mail.example.org`;
    const disposition = 'Đèn đường đã được thay bóng mới vào ngày 20 tháng 11.';
    let found: { id: string; sr: string };
    let completion: EventEnvelope;

    beforeAll(async () => {
      found = await logCase({
        channel: 'COUNCIL_OFFICE',
        councilOffice: OFFICE,
        reporter: { name: 'Nguyễn Văn An', email, preferredLanguage: 'vi' },
      });
      const before = await appliedCount('case.routed.v1');
      await deliver(routed(found.id));
      await applied('case.routed.v1', before);
    });

    it('is routed: public tracking shows the responsible department', async () => {
      expect(await track(found.sr)).toMatchObject({
        status: 'ROUTED',
        closedAt: null,
        responsibleBody: 'Public Works',
      });
    });

    it('once completed, the reporter receives the disposition in Vietnamese and the case is closed', async () => {
      completion = completed(found.id, disposition);
      await deliver(completion);
      const mail = await waitFor(
        async () =>
          mailbox.messages.find((m) => m.to.includes(email) && m.text.includes('Kết quả')),
        Boolean,
        30_000,
        'the completion email',
      );
      const expected = renderNotification('completion', 'vi', {
        srNumber: found.sr,
        disposition,
        trackingUrl: TRACKING_URL,
      });
      expect(mail!.subject).toBe(expected.subject);
      // The shared mailbox hands the text over with the wire's CRLF line ends.
      const lines = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
      expect(lines(mail!.text)).toBe(lines(expected.text));
      expect(mail!.text).toContain(`Kết quả: ${disposition}`);

      const tracking = await track(found.sr);
      expect(tracking).toMatchObject({ status: 'CLOSED', responsibleBody: 'Public Works' });
      expect(tracking.closedAt).not.toBeNull();
      expect(tracking.updatedAt).toBe(tracking.closedAt);
      // Nothing personal in public tracking, whatever is asked.
      expect(JSON.stringify(tracking)).not.toMatch(/Nguyễn|@mail\.example\.org/);
    });

    it("the council office's notice is in its inbox, for the council and 311 agents only", async () => {
      const answer = await intake.graphql(NOTICES, { office: OFFICE }, council);
      expect(answer.body.errors).toBeUndefined();
      const notices = answer.body.data.councilOfficeNotices;
      expect(notices.totalCount).toBe(1);
      expect(notices.edges[0].node).toMatchObject({
        caseId: found.id,
        srNumber: found.sr,
        councilOffice: OFFICE,
        outcome: 'RESOLVED',
        disposition,
        case: { id: found.id, status: 'CLOSED', channel: 'COUNCIL_OFFICE', councilOffice: OFFICE },
      });
      const forAgent = await intake.graphql(NOTICES, { office: OFFICE }, agent);
      expect(forAgent.body.data.councilOfficeNotices.totalCount).toBe(1);

      const head = await intake.token(['department_head']);
      const refused = await intake.graphql(NOTICES, { office: OFFICE }, head);
      expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN' });
      expect(refused.body.data?.councilOfficeNotices ?? null).toBeNull();
      const anonymous = await intake.graphql(NOTICES, {}, await intake.anonymousToken());
      expect(refusal(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('the same completion delivered again changes nothing and sends nothing', async () => {
      const before = {
        tracking: await track(found.sr),
        notifications: await notificationsOf(found.id),
        notices: await intake.count('council_office_notice', 'case_id = ?', [found.id]),
        outbox: await intake.count('outbox_message'),
        mails: mailbox.messages.filter((m) => m.to.includes(email)).length,
      };
      expect(before.notifications.map((row) => [row.template, row.status])).toEqual([
        ['receipt', 'sent'],
        ['completion', 'sent'],
      ]);
      expect(before.notifications[1]!).toMatchObject({
        language: 'vi',
        parameters: { srNumber: found.sr, disposition },
      });
      const duplicates = await duplicateCount();
      await deliver(completion);
      await waitFor(duplicateCount, (n) => n > duplicates, 30_000, 'the redelivery');
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // a sender poll or two
      expect({
        tracking: await track(found.sr),
        notifications: await notificationsOf(found.id),
        notices: await intake.count('council_office_notice', 'case_id = ?', [found.id]),
        outbox: await intake.count('outbox_message'),
        mails: mailbox.messages.filter((m) => m.to.includes(email)).length,
      }).toEqual(before);
    });
  });

  it('a reporter who gave no email is sent nothing, and the record says why', async () => {
    const found = await logCase({
      reporter: { name: 'Walk-in resident', preferredLanguage: 'es' },
    });
    await deliver(routed(found.id), completed(found.id, 'Se reemplazó la bombilla.'));
    const rows = await waitFor(
      () => notificationsOf(found.id),
      (list) => list.length === 1,
      30_000,
      'the completion row',
    );
    expect(rows[0]).toMatchObject({
      template: 'completion',
      status: 'skipped_no_email',
      language: 'es',
    });
    expect(await track(found.sr)).toMatchObject({ status: 'CLOSED' });
    expect(mailbox.messages.filter((m) => m.text.includes(found.sr))).toEqual([]);
    // Not through a council office: no notice.
    expect(await intake.count('council_office_notice', 'case_id = ?', [found.id])).toBe(0);
  });

  it('a compliment is answered only if the reporter asked to be contacted', async () => {
    const quiet = await logCase({
      kind: 'COMPLIMENT',
      reporter: { email: `quiet.${randomUUID()}@mail.example.org` },
    });
    const asked = await logCase({
      kind: 'COMPLIMENT',
      reporter: { email: `asked.${randomUUID()}@mail.example.org`, wantsContact: true },
    });
    const before = await appliedCount('case.completed.v1');
    await deliver(
      completed(quiet.id, 'Your thanks were passed on to the crew.'),
      completed(asked.id, 'Your thanks were passed on to the crew.'),
    );
    await applied('case.completed.v1', before, 2);
    await waitFor(
      async () => (await notificationsOf(asked.id)).map((row) => row.template),
      (templates) => templates.includes('completion'),
      30_000,
      'the completion row of the reporter who asked',
    );
    expect(await notificationsOf(quiet.id)).toEqual([]);
    expect((await track(quiet.sr)).status).toBe('CLOSED');
  });

  it('a complaint closed as out of jurisdiction tells the reporter where to go, and the office too', async () => {
    const email = `reporter.${randomUUID()}@mail.example.org`;
    const found = await logCase({
      kind: 'SERVICE_COMPLAINT',
      subjectCategory: 'ELECTED_OFFICIAL',
      channel: 'COUNCIL_OFFICE',
      councilOffice: OFFICE,
      reporter: { email },
    });
    const disposition =
      "This matter is outside the city's jurisdiction, so we have closed it here. " +
      'Ethics and Elections Commission handles complaints about elected officials; please ' +
      'contact them: ethics@state.example, 555-0100.';
    await deliver(completed(found.id, disposition, 'out_of_jurisdiction', '311 Customer Service'));
    const mail = await waitFor(
      async () => mailbox.messages.find((m) => m.to.includes(email) && m.text.includes('Outcome')),
      Boolean,
      30_000,
      'the completion email',
    );
    expect(mail!.text).toContain(`Outcome: ${disposition}`);
    expect(await track(found.sr)).toMatchObject({
      status: 'OUT_OF_JURISDICTION',
      responsibleBody: '311 Customer Service',
    });
    const notices = await intake.graphql(NOTICES, { office: OFFICE, first: 100 }, council);
    expect(
      notices.body.data.councilOfficeNotices.edges.find((e: any) => e.node.caseId === found.id)
        ?.node,
    ).toMatchObject({ outcome: 'OUT_OF_JURISDICTION', disposition });
  });

  it('a long disposition, as long as routing accepts, reaches the reporter whole and the notice keeps it', async () => {
    const email = `long.${randomUUID()}@mail.example.org`;
    const found = await logCase({
      channel: 'COUNCIL_OFFICE',
      councilOffice: OFFICE,
      reporter: { email },
    });
    const disposition = `${'We inspected every lamp on the street and replaced the wiring. '.repeat(60)}End.`;
    expect([...disposition].length).toBeGreaterThan(2000);
    expect([...disposition].length).toBeLessThanOrEqual(4000); // what routing accepts
    await deliver(completed(found.id, disposition));
    const mail = await waitFor(
      async () => mailbox.messages.find((m) => m.to.includes(email) && m.text.includes('Outcome')),
      Boolean,
      30_000,
      'the completion email',
    );
    expect(mail!.text.replace(/\r\n/g, '\n')).toContain(`Outcome: ${disposition}`);
    expect(await track(found.sr)).toMatchObject({ status: 'CLOSED' });
    const [notice] = await intake.sql<{ disposition: string }>(
      'select disposition from council_office_notice where case_id = ?',
      [found.id],
    );
    expect(notice?.disposition).toBe(disposition);
  });

  it('a withdrawn case stays withdrawn when completed, and nobody is notified', async () => {
    const found = await logCase({
      channel: 'COUNCIL_OFFICE',
      councilOffice: OFFICE,
      reporter: { email: `withdrawn.${randomUUID()}@mail.example.org` },
    });
    const withdrawn = await intake.graphql(
      `mutation { withdrawCase(caseId: "${found.id}", reason: "Fixed by a neighbour") { status } }`,
      {},
      agent,
    );
    expect(withdrawn.body.errors).toBeUndefined();
    const tracked = await track(found.sr);
    const before = await appliedCount('case.completed.v1');
    await deliverBare(completed(found.id, 'The streetlight was repaired.'));
    await applied('case.completed.v1', before);
    expect(await track(found.sr)).toEqual(tracked);
    expect((await notificationsOf(found.id)).map((row) => row.template)).toEqual(['receipt']);
    expect(await intake.count('council_office_notice', 'case_id = ?', [found.id])).toBe(0);
  });

  it('events about a case intake does not know change nothing, and later events still apply', async () => {
    const footprint = await intake.footprint();
    const completedBefore = await appliedCount('case.completed.v1');
    const routedBefore = await appliedCount('case.routed.v1');
    await deliver(completed(randomUUID(), 'Nothing to see.'), routed(randomUUID()));
    await applied('case.completed.v1', completedBefore);
    await applied('case.routed.v1', routedBefore);
    expect(await intake.footprint()).toEqual(footprint);
  });

  it('a late routing event never takes the responsible body back: the latest stamp wins', async () => {
    const found = await logCase({});
    const first = routed(found.id, 'Public Works');
    const second = routed(found.id, 'Parks and Recreation');
    const before = await appliedCount('case.routed.v1');
    await deliver(second, first); // out of order, as after a replay from another agency
    await applied('case.routed.v1', before, 2);
    expect(await track(found.sr)).toMatchObject({
      status: 'ROUTED',
      responsibleBody: 'Parks and Recreation',
    });
  });

  it('the council inbox pages newest first, filters by office, and refuses a bad page size', async () => {
    const otherOffice = `Office of the Mayor ${randomUUID()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const found = await logCase({ channel: 'COUNCIL_OFFICE', councilOffice: otherOffice });
      ids.push(found.id);
      const before = await appliedCount('case.completed.v1');
      await deliver(completed(found.id, `Done ${i}.`));
      await applied('case.completed.v1', before);
    }
    const first = await intake.graphql(NOTICES, { office: otherOffice, first: 2 }, council);
    const page1 = first.body.data.councilOfficeNotices;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await intake.graphql(
      NOTICES,
      { office: otherOffice, first: 2, after: page1.pageInfo.endCursor },
      council,
    );
    const page2 = second.body.data.councilOfficeNotices;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node.caseId)).toEqual(
      [...ids].reverse(),
    );

    const all = await intake.graphql(NOTICES, { first: 100 }, council);
    expect(all.body.data.councilOfficeNotices.totalCount).toBeGreaterThan(3);

    for (const first of [0, 101]) {
      const refused = await intake.graphql(NOTICES, { first }, council);
      expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const badCursor = await intake.graphql(NOTICES, { after: 'not-a-cursor' }, council);
    expect(refusal(badCursor)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
