import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startMailbox } from './support/mailbox';
import { startTestHub, type TestHub } from './support/hub';

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId srNumber status receivedAt ward } }`;
const TRACK = `query($sr: String!) { trackCase(srNumber: $sr) { srNumber kind status receivedAt updatedAt responsibleBody } }`;

async function waitFor<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('intake through the gateway', () => {
  let hub: TestHub;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let agent: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    hub = await startTestHub({
      subgraphs: ['intake'],
      label: 'e2e-intake',
      extraEnvironment: { intake: { HUB_SMTP_URL: mailbox.url } },
    });
    agent = await hub.token(['agent']);
  });

  afterAll(async () => {
    await hub?.stop();
    await mailbox?.stop();
  });

  async function countRows(table: 'case_record' | 'outbox_message'): Promise<number> {
    const intake = hub.subgraphs.get('intake')!;
    const [row] = await intake.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*) as n from "${table}"`);
    return Number(row?.n);
  }

  it('an anonymous web report with GPS only gets an SR number and a ward, an event, and public tracking without personal data', async () => {
    const submitted = await hub.query(SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'SERVICE_REQUEST',
        description: 'The park lamp by the pond is out.',
        location: { latitude: 42.3554, longitude: -71.0655 },
      },
    });
    expect(submitted.errors).toBeUndefined();
    const receipt = submitted.data.submitCase;
    expect(receipt.srNumber).toMatch(/^SR-/);
    expect(receipt.ward).toEqual(expect.any(String));
    expect(receipt.status).toBe('RECEIVED');

    const consumer = new Kafka({
      clientId: 'e2e',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    }).consumer({
      groupId: `${hub.topic}.e2e-reader`,
    });
    const seen: any[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: [hub.topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void seen.push(JSON.parse(message.value!.toString('utf8'))),
    });
    try {
      const received: any = await waitFor(
        () => seen.find((e) => e.type === 'case.received.v1' && e.subject === receipt.caseId),
        Boolean,
        'case.received.v1',
      );
      expect(received.data).toMatchObject({
        caseId: receipt.caseId,
        srNumber: receipt.srNumber,
        channel: 'web',
        anonymous: true,
        ward: receipt.ward,
      });
      for (const field of [
        'name',
        'email',
        'phone',
        'mobilePhone',
        'homePhone',
        'mailingAddress',
        'description',
        'reporter',
      ]) {
        expect(received.data).not.toHaveProperty(field);
      }
    } finally {
      await consumer.disconnect();
    }

    const tracked = await hub.query(TRACK, { sr: receipt.srNumber.toLowerCase() });
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data.trackCase).toMatchObject({
      srNumber: receipt.srNumber,
      kind: 'SERVICE_REQUEST',
      status: 'RECEIVED',
    });
    const personal = await hub.query(
      `query($sr: String!) { trackCase(srNumber: $sr) { srNumber reporter { email } } }`,
      { sr: receipt.srNumber },
    );
    expect(personal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an anonymous caller may submit and track but not read cases', async () => {
    const answer = await hub.query(`{ cases(first: 5) { totalCount } }`);
    expect(answer.data?.cases ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it.each([
    ['vi', 'Nguyễn Thị Lan', /SR-/, /Chúng tôi|yêu cầu/i],
    ['zh-Hans', '陈伟', /SR-/, /[\u4e00-\u9fff]/],
    ['fr', 'Élodie Martin', /SR-/, /demande|nous/i],
    ['es', 'María González', /SR-/, /solicitud|hemos/i],
  ])(
    'a reporter whose language is %s receives the acknowledgment in that language with the SR number',
    async (language, name, sr, words) => {
      const email = `${randomUUID()}@example.org`;
      const submitted = await hub.query(SUBMIT, {
        input: {
          idempotencyKey: randomUUID(),
          kind: 'SERVICE_REQUEST',
          description: 'Streetlight out',
          location: { latitude: 42.35, longitude: -71.06 },
          reporter: { name, email, preferredLanguage: language, wantsContact: true },
        },
      });
      const { srNumber } = submitted.data.submitCase;
      const mail = await waitFor(
        () => mailbox.messages.find((m) => m.to.includes(email)),
        Boolean,
        `mail to ${language}`,
      );
      expect(mail.text).toContain(srNumber);
      expect(mail.text).toMatch(sr);
      expect(`${mail.subject}\n${mail.text}`).toMatch(words);
    },
  );

  it('an unknown language falls back to English, and a staff complaint and a fraud report carry their legal notices', async () => {
    const send = async (kind: string, language: string) => {
      const email = `${randomUUID()}@example.org`;
      const answer = await hub.query(SUBMIT, {
        input: {
          idempotencyKey: randomUUID(),
          kind,
          subjectCategory: kind === 'SERVICE_REQUEST' ? null : 'NON_SWORN_STAFF',
          description: 'Details of the report',
          location: { address: '1 City Hall Square' },
          reporter: { email, preferredLanguage: language, wantsContact: true },
        },
      });
      expect(answer.errors).toBeUndefined();
      return waitFor(
        () => mailbox.messages.find((m) => m.to.includes(email)),
        Boolean,
        `mail for ${kind}`,
      );
    };
    const klingon = await send('SERVICE_REQUEST', 'tlh');
    expect(klingon.text).toMatch(/service request|received/i);
    const staff = await send('STAFF_COMPLAINT', 'en');
    expect(staff.text).toMatch(/employment law/i);
    const fraud = await send('FRAUD_WASTE_ABUSE', 'en');
    expect(fraud.text).toMatch(/protected by law/i);
    expect(fraud.text).not.toMatch(/employment law/i);
  });

  it('retrying a submission with the same idempotency key returns the same SR number; 20 concurrent retries create one case', async () => {
    const input = {
      idempotencyKey: randomUUID(),
      kind: 'SERVICE_REQUEST',
      description: 'Pothole',
      location: { latitude: 42.34, longitude: -71.07 },
    };
    const before = await countRows('case_record');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => hub.query(SUBMIT, { input })),
    );
    const srNumbers = new Set(answers.map((a) => a.data?.submitCase?.srNumber));
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(srNumbers.size).toBe(1);
    expect(await countRows('case_record')).toBe(before + 1);
  });

  it.each([
    [
      'a service request without any location',
      { kind: 'SERVICE_REQUEST', description: 'x' },
      'location',
    ],
    [
      'a malformed email',
      { kind: 'COMPLIMENT', description: 'x', reporter: { email: 'not-an-email' } },
      'reporter.email',
    ],
    [
      'a description over the limit',
      { kind: 'SUGGESTION', description: 'x'.repeat(4001) },
      'description',
    ],
    [
      'latitude 200',
      { kind: 'SERVICE_REQUEST', description: 'x', location: { latitude: 200, longitude: 0 } },
      'location.latitude',
    ],
    [
      'a third-party complaint without consent',
      {
        kind: 'SERVICE_COMPLAINT',
        description: 'x',
        location: { address: 'Main St' },
        onBehalfOf: {
          representedPersonName: 'A. Person',
          consentGiven: false,
          consentMethod: 'phone',
        },
      },
      'onBehalfOf.consentGiven',
    ],
  ])(
    '%s is refused naming the field, and nothing is saved or published',
    async (_what, input, field) => {
      const cases = await countRows('case_record');
      const events = await countRows('outbox_message');
      const answer = await hub.query(SUBMIT, { input: { idempotencyKey: randomUUID(), ...input } });
      expect(answer.data?.submitCase ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
      expect(await countRows('case_record')).toBe(cases);
      expect(await countRows('outbox_message')).toBe(events);
    },
  );

  it('an unknown kind is refused before anything runs', async () => {
    const answer = await hub.query(SUBMIT, {
      input: { idempotencyKey: randomUUID(), kind: 'ALIEN_ABDUCTION', description: 'x' },
    });
    expect(answer.errors?.[0]?.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(answer.errors?.[0]?.message).toContain('kind');
  });

  it('Vietnamese, Chinese and French text round-trips byte for byte', async () => {
    const description = 'Đèn đường hỏng — 路灯坏了 — la lumière est éteinte, ça clignote';
    const name = 'Nguyễn 陈 Élodie';
    const logged = await hub.query(
      `mutation($input: LogCaseInput!) { logCase(input: $input) { id description reporter { name } } }`,
      {
        input: {
          channel: 'PHONE',
          kind: 'SERVICE_REQUEST',
          description,
          location: { address: '12 Rue de la Paix' },
          reporter: { name, preferredLanguage: 'vi' },
        },
      },
      agent,
    );
    expect(logged.errors).toBeUndefined();
    const read = await hub.query(
      `query($id: ID!) { case(id: $id) { description reporter { name } } }`,
      { id: logged.data.logCase.id },
      agent,
    );
    expect(
      Buffer.from(read.data.case.description, 'utf8').equals(Buffer.from(description, 'utf8')),
    ).toBe(true);
    expect(
      Buffer.from(read.data.case.reporter.name, 'utf8').equals(Buffer.from(name, 'utf8')),
    ).toBe(true);
  });

  it('a department head sees the case but the reporter is forbidden, with the rest of the answer intact', async () => {
    const logged = await hub.query(
      `mutation($input: LogCaseInput!) { logCase(input: $input) { id } }`,
      {
        input: {
          channel: 'DEPARTMENT',
          receivingDepartment: 'Parks',
          kind: 'SERVICE_REQUEST',
          description: 'Broken bench',
          location: { address: 'Boston Common' },
          reporter: { name: 'Ana', email: 'ana@example.org' },
        },
      },
      agent,
    );
    const head = await hub.token(['department_head'], { department: 'Parks' });
    const read = await hub.query(
      `query($id: ID!) { case(id: $id) { srNumber channel receivingDepartment reporter { email } } }`,
      { id: logged.data.logCase.id },
      head,
    );
    expect(read.data.case).toMatchObject({
      channel: 'DEPARTMENT',
      receivingDepartment: 'Parks',
      reporter: null,
    });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('ana@example.org');
  });
});
