import { CASE_RECEIVED, type EventEnvelope } from '@hub/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import type { CaseKind, SubmitCaseInput } from './graphql/graphql';
import { SubmitCaseDocument, logCase, submissionOf, submitCase, trackCase } from './support/cases';
import { startMailbox } from './support/mailbox';
import { dataOf, startTestHub, type TestHub } from './support/hub';

const CASE_COUNT = graphql(`
  query IntakeCaseCount {
    cases(first: 5) {
      totalCount
    }
  }
`);

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
    const receipt = await submitCase(hub, {
      kind: 'SERVICE_REQUEST',
      description: 'The park lamp by the pond is out.',
      location: { latitude: 42.3554, longitude: -71.0655 },
    });
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
    const seen: EventEnvelope<Record<string, unknown>>[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: [hub.topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void seen.push(JSON.parse(message.value!.toString('utf8'))),
    });
    try {
      const received = await waitFor(
        () => seen.find((e) => e.type === CASE_RECEIVED && e.subject === receipt.caseId),
        Boolean,
        CASE_RECEIVED,
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

    // Tracking forgives the case of the SR number.
    expect(await trackCase(hub, receipt.srNumber.toLowerCase())).toMatchObject({
      srNumber: receipt.srNumber,
      kind: 'SERVICE_REQUEST',
      status: 'RECEIVED',
    });
    // Not in the public schema, so the schema refuses it: a string.
    const personal = await hub.query(
      `query($sr: String!) { trackCase(srNumber: $sr) { srNumber reporter { email } } }`,
      { sr: receipt.srNumber },
    );
    expect(personal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an anonymous caller may submit and track but not read cases', async () => {
    const answer = await hub.query(CASE_COUNT, {});
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
      const { srNumber } = await submitCase(hub, {
        kind: 'SERVICE_REQUEST',
        description: 'Streetlight out',
        location: { latitude: 42.35, longitude: -71.06 },
        reporter: { name, email, preferredLanguage: language, wantsContact: true },
      });
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
    const send = async (kind: CaseKind, language: string) => {
      const email = `${randomUUID()}@example.org`;
      await submitCase(hub, {
        kind,
        subjectCategory: kind === 'SERVICE_REQUEST' ? null : 'NON_SWORN_STAFF',
        description: 'Details of the report',
        location: { address: '1 City Hall Square' },
        reporter: { email, preferredLanguage: language, wantsContact: true },
      });
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
    const variables = submissionOf({
      kind: 'SERVICE_REQUEST',
      description: 'Pothole',
      location: { latitude: 42.34, longitude: -71.07 },
    });
    const before = await countRows('case_record');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => hub.query(SubmitCaseDocument, variables)),
    );
    const srNumbers = new Set(answers.map((a) => a.data?.submitCase?.srNumber));
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(srNumbers.size).toBe(1);
    expect(await countRows('case_record')).toBe(before + 1);
  });

  it.each<[string, Omit<SubmitCaseInput, 'idempotencyKey'>, string]>([
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
      const answer = await hub.query(SubmitCaseDocument, submissionOf(input));
      expect(answer.data?.submitCase ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.field).toBe(field);
      expect(await countRows('case_record')).toBe(cases);
      expect(await countRows('outbox_message')).toBe(events);
    },
  );

  it('an unknown kind is refused before anything runs', async () => {
    const answer = await hub.query(
      SubmitCaseDocument,
      // Not a kind: a value the types forbid, sent to see the schema refuse it.
      submissionOf({ kind: 'ALIEN_ABDUCTION' as string as CaseKind, description: 'x' }),
    );
    expect(answer.errors?.[0]?.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(answer.errors?.[0]?.message).toContain('kind');
  });

  it('Vietnamese, Chinese and French text round-trips byte for byte', async () => {
    const description = 'Đèn đường hỏng — 路灯坏了 — la lumière est éteinte, ça clignote';
    const name = 'Nguyễn 陈 Élodie';
    const LOGGED_TEXT = graphql(`
      mutation IntakeLogText($input: LogCaseInput!) {
        logCase(input: $input) {
          id
          description
          reporter {
            name
          }
        }
      }
    `);
    const READ_TEXT = graphql(`
      query IntakeReadText($id: ID!) {
        case(id: $id) {
          description
          reporter {
            name
          }
        }
      }
    `);
    const logged = await hub.query(
      LOGGED_TEXT,
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
    const read = await hub.query(READ_TEXT, { id: dataOf(logged).logCase.id }, agent);
    const found = dataOf(read).case!;
    expect(Buffer.from(found.description, 'utf8').equals(Buffer.from(description, 'utf8'))).toBe(
      true,
    );
    expect(Buffer.from(found.reporter!.name!, 'utf8').equals(Buffer.from(name, 'utf8'))).toBe(true);
  });

  it('a department head sees the case but the reporter is forbidden, with the rest of the answer intact', async () => {
    const logged = await logCase(hub, agent, {
      channel: 'DEPARTMENT',
      receivingDepartment: 'Parks',
      kind: 'SERVICE_REQUEST',
      description: 'Broken bench',
      location: { address: 'Boston Common' },
      reporter: { name: 'Ana', email: 'ana@example.org' },
    });
    const head = await hub.token(['department_head'], { department: 'Parks' });
    const READ_WITH_REPORTER = graphql(`
      query IntakeReadWithReporter($id: ID!) {
        case(id: $id) {
          srNumber
          channel
          receivingDepartment
          reporter {
            email
          }
        }
      }
    `);
    const read = await hub.query(READ_WITH_REPORTER, { id: logged.id }, head);
    expect(read.data?.case).toMatchObject({
      channel: 'DEPARTMENT',
      receivingDepartment: 'Parks',
      reporter: null,
    });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('ana@example.org');
  });
});
