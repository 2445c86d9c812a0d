import { CASE_RECEIVED, NOTIFICATION_REQUESTED } from '@hub/contracts';
import { formatSrNumber } from '../src/sr-numbers/sr-number';
import { graphql } from './graphql';
import {
  IntakeHarness,
  SUBMIT,
  TRACK,
  dataOf,
  refusal,
  waitFor,
  webReport,
} from './support/intake-harness';

const CASE_TEXT = graphql(`
  query CaseText($id: ID!) {
    case(id: $id) {
      description
      location {
        address
      }
      reporter {
        name
        preferredLanguage
      }
    }
  }
`);

describe('a public submission', () => {
  let intake: IntakeHarness;

  beforeAll(async () => {
    intake = await IntakeHarness.start('submit');
  });

  afterAll(async () => {
    await intake?.stop();
  });

  it('an anonymous web report with GPS only gets an SR number and a ward at once', async () => {
    const answer = await intake.graphql(
      SUBMIT,
      { input: webReport() },
      await intake.anonymousToken(),
    );
    const receipt = dataOf(answer).submitCase;
    expect(receipt).toMatchObject({ status: 'RECEIVED', ward: 'Ward 2' });
    expect(receipt.srNumber).toMatch(/^SR-\d{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Date(receipt.receivedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [row] = await intake.sql<any>(
      'select channel, logged_by, reporter_anonymous, reporter_preferred_language from case_record where id = ?',
      [receipt.caseId],
    );
    expect(row).toEqual({
      channel: 'web',
      logged_by: null,
      reporter_anonymous: true,
      reporter_preferred_language: 'en',
    });
  });

  it('its case.received.v1 event reaches Kafka without any personal field', async () => {
    const personal = {
      name: 'Marguerite Okonkwo-Lindqvist',
      email: 'marguerite.ol@example.org',
      mobilePhone: '+1 617 555 0199',
      mailingAddress: '77 Tremont Street, Apt 9',
    };
    const address = '1 Dorchester Avenue';
    const description = 'Pothole outside my flat, very deep and unique-description-7731';
    const answer = await intake.graphql(
      SUBMIT,
      {
        input: webReport({
          description,
          location: { address, latitude: 42.33, longitude: -71.06 },
          reporter: { ...personal, preferredLanguage: 'fr-CA' },
          channel: 'MOBILE_APP',
        }),
      },
      await intake.anonymousToken(),
    );
    const { caseId, srNumber } = dataOf(answer).submitCase;

    const { events, raw } = await intake.readEvents((seen) =>
      seen.some((event) => event.type === CASE_RECEIVED && event.subject === caseId),
    );
    const received = events.find(
      (event) => event.type === CASE_RECEIVED && event.subject === caseId,
    )!;
    expect(received.source).toMatch(/\/intake$/);
    expect(received.data).toEqual({
      caseId,
      srNumber,
      kind: 'service_request',
      channel: 'mobile_app',
      subjectCategory: null,
      serviceCode: null,
      ward: 'Ward 2',
      latitude: 42.33,
      longitude: -71.06,
      receivedAt: expect.any(String),
      language: 'fr-CA',
      councilOffice: null,
      receivingDepartment: null,
      hasEmail: true,
      anonymous: false,
    });
    // Not in any event on the topic, in any form.
    const everything = raw.join('\n');
    for (const value of [...Object.values(personal), address, description, 'Okonkwo']) {
      expect(everything).not.toContain(value);
    }
  });

  it('trackCase shows status and dates to an anonymous resident, never personal data', async () => {
    const { srNumber } = await intake.submitCase({
      reporter: { name: 'Ines Trackable', email: 'ines@example.org' },
    });
    const tracked = await intake.graphql(TRACK, { srNumber }, await intake.anonymousToken());
    expect(dataOf(tracked).trackCase).toMatchObject({
      srNumber,
      kind: 'SERVICE_REQUEST',
      status: 'RECEIVED',
      closedAt: null,
      responsibleBody: null,
    });
    expect(JSON.stringify(tracked.body)).not.toMatch(/Ines|ines@/);
    // The tracking type has no field that could hold personal data at all: the schema refuses
    // this operation, so it cannot be typed and stays a string.
    const asked = await intake.graphql(
      `query TrackReporter($s: String!) { trackCase(srNumber: $s) { reporter { name } } }`,
      { s: srNumber },
      await intake.anonymousToken(),
    );
    expect(asked.status).toBe(400);
    expect(refusal(asked).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('trackCase reads an SR number in lower case, without dashes, with O for 0 and I or L for 1', async () => {
    const { srNumber } = await intake.submitCase();
    const sloppy = srNumber.toLowerCase().replace(/-/g, '').replace(/0/g, 'o').replace(/1/g, 'l');
    const tracked = await intake.graphql(
      TRACK,
      { srNumber: sloppy },
      await intake.anonymousToken(),
    );
    expect(dataOf(tracked).trackCase?.srNumber).toBe(srNumber);
  });

  it('a mistyped SR number is refused as such, and an unknown one is simply not found', async () => {
    const { srNumber } = await intake.submitCase();
    const last = srNumber.at(-2) === 'A' ? 'B' : 'A';
    const mistyped = `${srNumber.slice(0, -2)}${last}${srNumber.at(-1)}`;
    const answer = await intake.graphql(
      TRACK,
      { srNumber: mistyped },
      await intake.anonymousToken(),
    );
    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'srNumber' });
    expect(answer.body.errors![0]!.message).toMatch(/mistyped/);

    const unknown = await intake.graphql(
      TRACK,
      { srNumber: formatSrNumber({ year: 26, serial: '0000000' }) },
      await intake.anonymousToken(),
    );
    expect(dataOf(unknown).trackCase).toBeNull();
  });

  it('a retry with the same idempotency key returns the same case and SR number', async () => {
    const input = webReport();
    const token = await intake.anonymousToken();
    const first = await intake.graphql(SUBMIT, { input }, token);
    const second = await intake.graphql(SUBMIT, { input }, token);
    expect(dataOf(second).submitCase).toEqual(dataOf(first).submitCase);
    expect(await intake.count('case_record', 'idempotency_key = ?', [input.idempotencyKey])).toBe(
      1,
    );
  });

  it('twenty concurrent retries with one key create exactly one case and one event', async () => {
    const input = webReport({ reporter: { email: 'retry@example.org' } });
    const token = await intake.anonymousToken();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => intake.graphql(SUBMIT, { input }, token)),
    );
    const receipts = answers.map((answer) => dataOf(answer).submitCase);
    const srNumbers = new Set(receipts.map((receipt) => receipt.srNumber));
    expect(srNumbers.size).toBe(1);
    const caseId = receipts[0]!.caseId;
    expect(await intake.count('case_record', 'idempotency_key = ?', [input.idempotencyKey])).toBe(
      1,
    );
    expect(await intake.count('outbox_message', 'message_key = ?', [caseId])).toBe(2); // received + ack
  });

  it('an idempotency key reused for a different report is refused, not answered with the other case', async () => {
    const input = webReport();
    const token = await intake.anonymousToken();
    await intake.graphql(SUBMIT, { input }, token);
    const other = await intake.graphql(
      SUBMIT,
      { input: { ...input, description: 'Something else entirely' } },
      token,
    );
    expect(refusal(other).code).toBe('CONFLICT');
    expect(other.body.data).toBeNull();
  });

  it('Vietnamese, Chinese and French text comes back byte for byte, decomposed accents included', async () => {
    const texts = {
      description:
        'Đèn đường trước nhà số 12 bị hỏng từ tuần trước. 路灯坏了，晚上很危险。' +
        'Le lampadaire ne fonctionne plus ; c’est dangereux. Cafe\u0301 « fermé ».',
      name: 'Nguyễn Thị Minh Khai 阮氏明開 Hélène',
      address: '12 Rue de l’Église, Quận 1 — 北京路 8号',
    };
    const submitted = await intake.graphql(
      SUBMIT,
      {
        input: webReport({
          description: texts.description,
          location: { address: texts.address, latitude: 42.3, longitude: -71.1 },
          reporter: { name: texts.name, preferredLanguage: 'vi' },
        }),
      },
      await intake.anonymousToken(),
    );
    const { caseId } = dataOf(submitted).submitCase;
    const read = await intake.graphql(CASE_TEXT, { id: caseId }, await intake.token(['agent']));
    const found = dataOf(read).case;
    const bytes = (text: string | null | undefined) =>
      Buffer.from(text ?? '', 'utf8').toString('hex');
    expect(bytes(found?.description)).toBe(bytes(texts.description));
    expect(bytes(found?.location?.address)).toBe(bytes(texts.address));
    expect(bytes(found?.reporter?.name)).toBe(bytes(texts.name));
    expect(found?.reporter?.preferredLanguage).toBe('vi');
    const [stored] = await intake.sql<{ same: boolean }>(
      'select description = ? as same from case_record where id = ?',
      [texts.description, caseId],
    );
    expect(stored!.same).toBe(true);
  });

  it('an email given asks the notifier for a receipt in the same transaction; an anonymous report asks nothing', async () => {
    const withEmail = await intake.submitCase({ reporter: { email: 'ack@example.org' } });
    const anonymous = await intake.submitCase();
    const requested = await intake.sql<{ envelope: any }>(
      'select envelope from outbox_message where event_type = ? and message_key = ?',
      [NOTIFICATION_REQUESTED, withEmail.caseId],
    );
    expect(requested.map((row) => row.envelope.data)).toEqual([
      {
        caseId: withEmail.caseId,
        template: 'receipt',
        parameters: { srNumber: withEmail.srNumber },
      },
    ]);
    expect(
      await intake.count('outbox_message', 'event_type = ? and message_key = ?', [
        NOTIFICATION_REQUESTED,
        anonymous.caseId,
      ]),
    ).toBe(0);
  });

  it("the notifier picks the request up and finds the reporter's address and language in intake", async () => {
    const { caseId } = await intake.submitCase({
      kind: 'STAFF_COMPLAINT',
      location: null,
      reporter: { email: 'lan.tran@example.org', preferredLanguage: 'vi-VN' },
    });
    const [recorded] = await waitFor(
      () =>
        intake.sql<any>(
          'select template, language, status, recipient_email from notification where case_id = ?',
          [caseId],
        ),
      (rows) => rows.length > 0,
      30_000,
      'the notification row',
    );
    expect(recorded).toMatchObject({ template: 'staff-complaint-receipt', language: 'vi' });
    // pending with its address until the mail relay takes it, then sent without one
    expect(recorded.status === 'sent' || recorded.recipient_email === 'lan.tran@example.org').toBe(
      true,
    );
  });

  it('a submission without a valid token is refused with 401', async () => {
    const answer = await intake.graphql(SUBMIT, { input: webReport() });
    expect(answer.status).toBe(401);
  });
});
