import {
  EventConsumer,
  EventContracts,
  EventPublisher,
  HubMetrics,
  HybridLogicalClock,
  OutboxRelay,
  createLogger,
  ensureTopics,
  loadEnvironment,
  migrate,
  openDatabase,
  subgraphEnvironment,
  type BackgroundWorker,
  type EventEnvelope,
  type EventHandlers,
  type SubgraphRuntime,
} from '@hub/service-kit';
import { freePort, provisionSubgraphSchema } from '@hub/local-stack';
import { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import {
  notificationEnvironment,
  notificationHandlers,
  notificationMigrations,
  notificationEntities,
  notificationWorkers,
  type RecipientLookup,
} from '../src/notification.module';
import { renderNotification, type NotificationTemplate } from '../src/notification.rules';

const TRACKING_URL = 'https://311.city.example/track';
const MAX_ATTEMPTS = 3;

// ---------------------------------------------------------------------------------------------
// A real SMTP server on loopback that keeps what it receives and can refuse chosen recipients.

interface ReceivedMail {
  readonly to: string[];
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly text: string;
}

class Mailbox {
  readonly messages: ReceivedMail[] = [];
  /** Recipient address -> the SMTP reply code to refuse it with, and how many more times. */
  readonly refusals = new Map<string, { code: number; times: number }>();
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 50, // a stopped server drops idle pooled connections at once
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refusals.get(address.address);
        if (refusal && refusal.times > 0) {
          refusal.times -= 1;
          // Real servers quote the address; the hub must not store or log it from here.
          const error = Object.assign(new Error(`Mailbox <${address.address}> unavailable`), {
            responseCode: refusal.code,
          });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ...parseMail(Buffer.concat(chunks).toString('latin1')),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }
}

/** Just enough MIME for nodemailer's single-part text messages: headers, RFC 2047, QP, base64. */
function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  return {
    headers,
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: bytes.toString('utf8').replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047; adjacent encoded words are joined as bytes, since a character may span two. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  const collapsed = value.replace(/\?=\s+=\?/g, '?==?');
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const match of collapsed.matchAll(word)) {
    const [whole, charset, kind, data] = match as unknown as [string, string, string, string];
    if (charset.toLowerCase() !== 'utf-8') throw new Error(`subject is in ${charset}, not UTF-8`);
    if (match.index! > last) {
      flush();
      out += collapsed.slice(last, match.index);
    }
    pending.push(
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
    last = match.index! + whole.length;
  }
  flush();
  return out + collapsed.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Intake's side, reduced to what the acknowledgments read: a reporter table and the event.

class Migration20261123120100TestRecipients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table test_recipient (
        case_id text primary key,
        email text null,
        language text not null,
        sr_number text not null
      );`);
  }
}

const lookupRecipient: RecipientLookup = async (em, caseId) => {
  const [row] = await em.execute<{ email: string | null; language: string; sr_number: string }[]>(
    'select email, language, sr_number from test_recipient where case_id = ?',
    [caseId],
  );
  return row ? { email: row.email, language: row.language, srNumber: row.sr_number } : null;
};

interface NotificationRow {
  id: string;
  event_id: string;
  case_id: string;
  template: string;
  language: string;
  channel: string;
  status: string;
  recipient_email: string | null;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  sent_at: string | null;
}

async function waitFor<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('acknowledgment emails', () => {
  const runId = process.env.HUB_TEST_RUN_ID ?? 'local';
  const topic = `hub.test.${runId}.notifications.${randomBytes(3).toString('hex')}`;
  const logLines: string[] = [];
  const logger = createLogger('intake-test', 'debug', { write: (line) => logLines.push(line) });
  const addresses: string[] = [];
  let orm: MikroORM;
  let mailbox: Mailbox;
  let publisher: EventPublisher;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  let consumerMetrics: HubMetrics;
  let handlers: EventHandlers;
  let workers: BackgroundWorker[] = [];

  beforeAll(async () => {
    const { url, schema } = await provisionSubgraphSchema(
      process.env.DATABASE_URL!,
      'intake-notification-test',
    );
    orm = await openDatabase({
      url,
      schema,
      entities: notificationEntities,
      migrations: [
        ...notificationMigrations,
        {
          name: 'Migration20261123120100TestRecipients',
          class: Migration20261123120100TestRecipients,
        },
      ],
    });
    await migrate(orm);

    mailbox = new Mailbox(await freePort());
    await mailbox.start();

    const brokers = process.env.KAFKA_BROKERS!.split(',');
    const kafka = new Kafka({
      clientId: 'intake-notification-test',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2_000 },
    });
    await ensureTopics(kafka, topic, 3);
    const contracts = new EventContracts();
    publisher = new EventPublisher('test-city/intake', topic, new HybridLogicalClock(), contracts);
    relay = new OutboxRelay({ orm, kafka, logger, pollIntervalMs: 20 });
    handlers = notificationHandlers(lookupRecipient);
    consumerMetrics = new HubMetrics('intake-notification-test');
    consumer = new EventConsumer({
      orm,
      kafka,
      groupId: `${topic}.intake`,
      topic,
      handlers,
      contracts,
      events: publisher,
      clock: new HybridLogicalClock(),
      logger,
      metrics: consumerMetrics,
    });

    const config = loadEnvironment(
      'intake',
      { ...subgraphEnvironment, ...notificationEnvironment },
      {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        KAFKA_BROKERS: brokers.join(','),
        HUB_AUTH_ISSUER: 'https://id.city.example',
        HUB_AUTH_AUDIENCE: 'hub',
        HUB_SMTP_URL: mailbox.url,
        HUB_MAIL_FROM: 'City 311 <no-reply@city.example>',
        HUB_TRACKING_URL: TRACKING_URL,
        HUB_MAIL_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      },
    );
    const runtime: SubgraphRuntime<typeof notificationEnvironment> = {
      config,
      orm,
      events: publisher,
      logger,
      metrics: new HubMetrics('intake-notification-test-sender'),
    };
    workers = notificationWorkers(runtime, {
      pollIntervalMs: 100,
      retry: { baseDelayMs: 100, maxDelayMs: 400 },
      maxOutageBackoffMs: 400,
    });

    relay.start();
    await consumer.start();
    for (const worker of workers) worker.start();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await consumer?.stop();
    await relay?.stop();
    await mailbox?.stop();
    await orm?.close(true);
  });

  /** What intake does when a case arrives: the reporter and the request, in one transaction. */
  async function request(options: {
    template?: NotificationTemplate;
    language?: string;
    email?: string | null;
    disposition?: string;
    caseExists?: boolean;
  }) {
    const caseId = randomUUID();
    const srNumber = `SR-2026-${randomBytes(4).toString('hex').toUpperCase()}`;
    const email =
      options.email === undefined ? `reporter.${randomUUID()}@mail.example.org` : options.email;
    if (email) addresses.push(email);
    let envelope: EventEnvelope | undefined;
    await orm.em.fork().transactional(async (em) => {
      if (options.caseExists !== false) {
        await em.execute(
          'insert into test_recipient (case_id, email, language, sr_number) values (?, ?, ?, ?)',
          [caseId, email, options.language ?? 'en', srNumber],
        );
      }
      envelope = publisher.publish(em, {
        type: 'notification.requested.v1',
        subject: caseId,
        data: {
          caseId,
          template: options.template ?? 'receipt',
          parameters: {
            srNumber,
            ...(options.disposition ? { disposition: options.disposition } : {}),
          },
        },
      }) as EventEnvelope;
    });
    return { caseId, srNumber, email, event: envelope! };
  }

  async function rowsFor(caseId: string): Promise<NotificationRow[]> {
    return orm.em
      .fork()
      .execute<NotificationRow[]>('select * from notification where case_id = ?', [caseId]);
  }

  async function rowFor(caseId: string, done: (row: NotificationRow) => boolean, what: string) {
    const rows = await waitFor(
      () => rowsFor(caseId),
      (found) => found.length === 1 && done(found[0]!),
      what,
    );
    return rows[0]!;
  }

  async function mailTo(address: string): Promise<ReceivedMail> {
    const [mail] = await waitFor(
      () => mailbox.to(address),
      (found) => found.length > 0,
      'the acknowledgment',
    );
    return mail!;
  }

  async function pendingCount(): Promise<number> {
    const [row] = await orm.em
      .fork()
      .execute<{ n: string }[]>("select count(*) as n from notification where status = 'pending'");
    return Number(row?.n);
  }

  it.each([
    ['vi-VN', 'vi', 'Chúng tôi đã nhận được yêu cầu của quý vị'],
    ['zh-Hans-CN', 'zh', '我们已收到您的请求'],
    ['fr-CA', 'fr', 'Nous avons bien reçu votre demande'],
    ['es', 'es', 'Hemos recibido su solicitud'],
  ])(
    'a reporter whose language is %s receives the acknowledgment in that language with the SR number',
    async (tag, language, greeting) => {
      const { caseId, srNumber, email } = await request({ language: tag });
      const mail = await mailTo(email!);
      const expected = renderNotification('receipt', language, {
        srNumber,
        trackingUrl: TRACKING_URL,
      });
      expect(mail.subject).toBe(expected.subject);
      expect(mail.text.trimEnd()).toBe(expected.text.trimEnd());
      expect(mail.subject).toContain(greeting);
      expect(mail.text).toContain(srNumber);
      expect(mail.text).toContain(TRACKING_URL);
      expect(mail.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8$/i);
      expect(mail.headers.get('content-language')).toBe(language === 'zh' ? 'zh-Hans' : language);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.headers.get('from')).toBe('City 311 <no-reply@city.example>');

      const row = await rowFor(caseId, (r) => r.status === 'sent', 'the row marked sent');
      expect(row).toMatchObject({
        template: 'receipt',
        language,
        channel: 'email',
        attempts: 0,
        recipient_email: null, // the case keeps the address; the sent message does not
        last_error: null,
      });
      expect(row.message_id).toBe(`<notification.${row.id}@city.example>`);
      expect(mail.headers.get('message-id')).toBe(row.message_id);
      expect(row.sent_at).not.toBeNull();
    },
  );

  it('a reporter whose language we have no texts for is answered in English', async () => {
    const { caseId, srNumber, email } = await request({ language: 'tlh' });
    const mail = await mailTo(email!);
    expect(mail.subject).toBe(`We received your request: SR ${srNumber}`);
    expect(mail.text).toContain(`go to ${TRACKING_URL} and enter your SR number: ${srNumber}`);
    expect(mail.headers.get('content-language')).toBe('en');
    expect((await rowFor(caseId, (r) => r.status === 'sent', 'sent')).language).toBe('en');
  });

  it('a staff complaint acknowledgment carries the employment-law notice, a fraud report the protection notice', async () => {
    const staff = await request({ template: 'staff-complaint-receipt' });
    const fraud = await request({ template: 'fraud-receipt' });
    const staffVi = await request({ template: 'staff-complaint-receipt', language: 'vi' });

    const staffMail = await mailTo(staff.email!);
    expect(staffMail.text).toContain(staff.srNumber);
    expect(staffMail.text).toContain(
      'any findings may be protected by employment law and, therefore, may or may not be disclosed to you',
    );

    const fraudMail = await mailTo(fraud.email!);
    expect(fraudMail.text).toContain(fraud.srNumber);
    expect(fraudMail.text).toContain('any findings may be protected by law');
    expect(fraudMail.text).toContain('whistleblowers');
    expect(fraudMail.text).not.toContain('employment law');

    const staffViMail = await mailTo(staffVi.email!);
    expect(staffViMail.text).toContain('có thể được bảo vệ theo luật lao động');
  });

  it('a completion message gives the disposition and says the service request is closed', async () => {
    const { srNumber, email } = await request({
      template: 'completion',
      language: 'fr',
      disposition: 'Nid-de-poule rebouché',
    });
    const mail = await mailTo(email!);
    expect(mail.subject).toBe(`Votre demande de service ${srNumber} est clôturée`);
    expect(mail.text).toContain('Résultat\u00a0: Nid-de-poule rebouché');
    expect(mail.text).toContain('désormais clôturée');
  });

  it('a reporter who gave no email gets none, and that is recorded; so is a case that cannot be found', async () => {
    const silent = await request({ email: null, language: 'es' });
    const blank = await request({ email: '   ', language: 'vi' });
    const missing = await request({ caseExists: false });
    expect(
      await rowFor(silent.caseId, (r) => r.status === 'skipped_no_email', 'the skipped row'),
    ).toMatchObject({ language: 'es', recipient_email: null, attempts: 0, sent_at: null });
    expect(
      await rowFor(blank.caseId, (r) => r.status === 'skipped_no_email', 'the skipped row'),
    ).toMatchObject({ language: 'vi', recipient_email: null });
    expect(
      await rowFor(missing.caseId, (r) => r.status === 'skipped_case_missing', 'the missing case'),
    ).toMatchObject({ language: 'en', recipient_email: null });

    await waitFor(pendingCount, (n) => n === 0, 'the sender to be idle');
    await sleep(300); // a few more polls: a skipped row must never be picked up
    for (const { srNumber } of [silent, blank, missing]) {
      expect(mailbox.messages.filter((m) => m.subject.includes(srNumber))).toEqual([]);
    }
  });

  it('the same event delivered twice sends one email and keeps one row', async () => {
    const { caseId, email, event } = await request({ language: 'zh-CN' });
    await mailTo(email!);
    const duplicatesBefore = (await consumerMetrics.eventsDuplicate.get()).values[0]?.value ?? 0;

    // The relay publishes the same event again, as after a crash before it marked the row.
    await orm.em
      .fork()
      .execute('update outbox_message set sent_at = null where id = ?', [event.id]);
    await waitFor(
      async () => (await consumerMetrics.eventsDuplicate.get()).values[0]?.value ?? 0,
      (n) => n > duplicatesBefore,
      'the redelivered event',
    );
    // And the handler itself, called again for the same event, adds nothing either.
    await orm.em.fork().transactional(async (em) => {
      await handlers['notification.requested.v1']!(event, { em, events: publisher, logger });
    });

    await sleep(500); // several sender polls
    expect(mailbox.to(email!)).toHaveLength(1);
    expect(await rowsFor(caseId)).toHaveLength(1);
  });

  it('while the mail server is down requests wait as pending, and once it is back each is delivered exactly once', async () => {
    await mailbox.stop();
    const requests: Awaited<ReturnType<typeof request>>[] = [];
    for (const language of ['vi', 'zh', 'fr', 'es', 'en', 'tlh']) {
      requests.push(await request({ language }));
    }
    // The sender has tried and met the outage: the rows say so and have used up nothing.
    await waitFor(
      async () => (await Promise.all(requests.map((r) => rowsFor(r.caseId)))).flat(),
      (rows) => rows.length === requests.length && rows.some((row) => row.last_error !== null),
      'the sender to meet the outage',
    );
    await sleep(1_500);
    const during = (await Promise.all(requests.map((r) => rowsFor(r.caseId)))).flat();
    expect(during.map((row) => row.status)).toEqual(requests.map(() => 'pending'));
    expect(during.every((row) => row.attempts === 0 && row.recipient_email !== null)).toBe(true);
    expect(during.find((row) => row.last_error)?.last_error).toMatch(/ECONNREFUSED/);
    for (const { email } of requests) expect(mailbox.to(email!)).toEqual([]);

    await mailbox.start();
    for (const { email } of requests) await mailTo(email!);
    await waitFor(pendingCount, (n) => n === 0, 'every row to be sent');
    await sleep(500);
    for (const { caseId, email, srNumber } of requests) {
      const received = mailbox.to(email!);
      expect(received).toHaveLength(1);
      expect(received[0]!.text).toContain(srNumber);
      expect((await rowsFor(caseId))[0]!.status).toBe('sent');
    }
  }, 90_000);

  it('a message the mail server refuses for now is tried again later and delivered', async () => {
    const email = `greylisted.${randomUUID()}@mail.example.org`;
    mailbox.refusals.set(email, { code: 451, times: 2 });
    const { caseId } = await request({ email, language: 'es' });
    await mailTo(email);
    const row = await rowFor(caseId, (r) => r.status === 'sent', 'sent after refusals');
    expect(row.attempts).toBe(2);
    expect(row.last_error).toBeNull();
    expect(mailbox.to(email)).toHaveLength(1);
  });

  it('a message refused every time is failed after the configured attempts, one refused for good at once, and neither keeps the address', async () => {
    const busy = `busy.${randomUUID()}@mail.example.org`;
    const unknown = `unknown.${randomUUID()}@mail.example.org`;
    mailbox.refusals.set(busy, { code: 452, times: Number.POSITIVE_INFINITY });
    mailbox.refusals.set(unknown, { code: 550, times: Number.POSITIVE_INFINITY });
    const refusedForNow = await request({ email: busy });
    const refusedForGood = await request({ email: unknown });

    const failedLater = await rowFor(refusedForNow.caseId, (r) => r.status === 'failed', 'failed');
    expect(failedLater.attempts).toBe(MAX_ATTEMPTS);
    expect(failedLater.last_error).toMatch(/^EENVELOPE 452: .*Mailbox <\[address\]> unavailable/);

    const failedAtOnce = await rowFor(
      refusedForGood.caseId,
      (r) => r.status === 'failed',
      'failed',
    );
    expect(failedAtOnce.attempts).toBe(1);
    expect(failedAtOnce.last_error).toMatch(/^EENVELOPE 550: /);

    for (const row of [failedLater, failedAtOnce]) {
      expect(row.recipient_email).toBeNull();
      expect(row.last_error).not.toContain('@');
    }
    expect(mailbox.to(busy)).toEqual([]);
    expect(mailbox.to(unknown)).toEqual([]);
  });

  it('nothing logged names a reporter’s address or quotes a message', async () => {
    const log = logLines.join('');
    expect(log).toContain('notification sent');
    expect(log).toContain('notification recorded');
    expect(log).toContain('notification failed');
    for (const address of addresses) expect(log).not.toContain(address);
    expect(log).not.toContain('@mail.example.org');
    expect(log).not.toContain('Thank you for');
    expect(log).not.toContain('SR-2026-');
  });
});
