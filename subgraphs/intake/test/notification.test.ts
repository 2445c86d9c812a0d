import { NOTIFICATION_REQUESTED } from '@hub/contracts';
import { waitFor } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { renderNotification } from '../src/notifications/notification.rules';
import {
  MAX_ATTEMPTS,
  NotificationRig,
  TRACKING_URL,
  sleep,
  type Requested,
} from './support/notification-rig';

describe('acknowledgment emails', () => {
  let rig: NotificationRig;

  beforeAll(async () => {
    rig = await NotificationRig.start();
  }, 60_000);

  afterAll(async () => {
    await rig?.stop();
  });

  it.each([
    ['vi-VN', 'vi', 'Chúng tôi đã nhận được yêu cầu của quý vị'],
    ['zh-Hans-CN', 'zh', '我们已收到您的请求'],
    ['fr-CA', 'fr', 'Nous avons bien reçu votre demande'],
    ['es', 'es', 'Hemos recibido su solicitud'],
  ])(
    'a reporter whose language is %s receives the acknowledgment in that language with the SR number',
    async (tag, language, greeting) => {
      const { caseId, srNumber, email } = await rig.request({ language: tag });
      const mail = await rig.mailTo(email!);
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

      const row = await rig.rowFor(caseId, (r) => r.status === 'sent', 'the row marked sent');
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
    const { caseId, srNumber, email } = await rig.request({ language: 'tlh' });
    const mail = await rig.mailTo(email!);
    expect(mail.subject).toBe(`We received your request: SR ${srNumber}`);
    expect(mail.text).toContain(`go to ${TRACKING_URL} and enter your SR number: ${srNumber}`);
    expect(mail.headers.get('content-language')).toBe('en');
    expect((await rig.rowFor(caseId, (r) => r.status === 'sent', 'sent')).language).toBe('en');
  });

  it('a staff complaint acknowledgment carries the employment-law notice, a fraud report the protection notice', async () => {
    const staff = await rig.request({ template: 'staff-complaint-receipt' });
    const fraud = await rig.request({ template: 'fraud-receipt' });
    const staffVi = await rig.request({ template: 'staff-complaint-receipt', language: 'vi' });

    const staffMail = await rig.mailTo(staff.email!);
    expect(staffMail.text).toContain(staff.srNumber);
    expect(staffMail.text).toContain(
      'any findings may be protected by employment law and, therefore, may or may not be disclosed to you',
    );

    const fraudMail = await rig.mailTo(fraud.email!);
    expect(fraudMail.text).toContain(fraud.srNumber);
    expect(fraudMail.text).toContain('any findings may be protected by law');
    expect(fraudMail.text).toContain('whistleblowers');
    expect(fraudMail.text).not.toContain('employment law');

    const staffViMail = await rig.mailTo(staffVi.email!);
    expect(staffViMail.text).toContain('có thể được bảo vệ theo luật lao động');
  });

  it('a completion message gives the disposition and says the service request is closed', async () => {
    const { srNumber, email } = await rig.request({
      template: 'completion',
      language: 'fr',
      disposition: 'Nid-de-poule rebouché',
    });
    const mail = await rig.mailTo(email!);
    expect(mail.subject).toBe(`Votre demande de service ${srNumber} est clôturée`);
    expect(mail.text).toContain('Résultat\u00a0: Nid-de-poule rebouché');
    expect(mail.text).toContain('désormais clôturée');
  });

  it('a reporter who gave no email gets none, and that is recorded; so is a case that cannot be found', async () => {
    const silent = await rig.request({ email: null, language: 'es' });
    const blank = await rig.request({ email: '   ', language: 'vi' });
    const missing = await rig.request({ caseExists: false });
    expect(
      await rig.rowFor(silent.caseId, (r) => r.status === 'skipped_no_email', 'the skipped row'),
    ).toMatchObject({ language: 'es', recipient_email: null, attempts: 0, sent_at: null });
    expect(
      await rig.rowFor(blank.caseId, (r) => r.status === 'skipped_no_email', 'the skipped row'),
    ).toMatchObject({ language: 'vi', recipient_email: null });
    expect(
      await rig.rowFor(
        missing.caseId,
        (r) => r.status === 'skipped_case_missing',
        'the missing case',
      ),
    ).toMatchObject({ language: 'en', recipient_email: null });

    await waitFor(
      () => rig.pendingCount(),
      (n) => n === 0,
      30_000,
      'the sender to be idle',
    );
    await sleep(300); // a few more polls: a skipped row must never be picked up
    for (const { srNumber } of [silent, blank, missing]) {
      expect(rig.mailbox.messages.filter((m) => m.subject.includes(srNumber))).toEqual([]);
    }
  });

  it('the same event delivered twice sends one email and keeps one row', async () => {
    const { caseId, email, event } = await rig.request({ language: 'zh-CN' });
    await rig.mailTo(email!);
    const duplicatesBefore = await rig.duplicateCount();

    // The relay publishes the same event again, as after a crash before it marked the row.
    await rig.orm.em
      .fork()
      .execute('update outbox_message set sent_at = null where id = ?', [event.id]);
    await waitFor(
      () => rig.duplicateCount(),
      (n) => n > duplicatesBefore,
      30_000,
      'the redelivered event',
    );
    // And the handler itself, called again for the same event, adds nothing either.
    await rig.orm.em.fork().transactional(async (em) => {
      const handle = rig.handlers[NOTIFICATION_REQUESTED]!;
      await handle(event, { em, events: rig.publisher, logger: rig.logger });
    });

    await sleep(500); // several sender polls
    expect(rig.mailbox.to(email!)).toHaveLength(1);
    expect(await rig.rowsFor(caseId)).toHaveLength(1);
  });

  it('while the mail server is down requests wait as pending, and once it is back each is delivered exactly once', async () => {
    await rig.mailbox.stop();
    const requests: Requested[] = [];
    for (const language of ['vi', 'zh', 'fr', 'es', 'en', 'tlh']) {
      requests.push(await rig.request({ language }));
    }
    // The sender has tried and met the outage: the rows say so and have used up nothing.
    await waitFor(
      async () => (await Promise.all(requests.map((r) => rig.rowsFor(r.caseId)))).flat(),
      (rows) => rows.length === requests.length && rows.some((row) => row.last_error !== null),
      30_000,
      'the sender to meet the outage',
    );
    await sleep(1_500);
    const during = (await Promise.all(requests.map((r) => rig.rowsFor(r.caseId)))).flat();
    expect(during.map((row) => row.status)).toEqual(requests.map(() => 'pending'));
    expect(during.every((row) => row.attempts === 0 && row.recipient_email !== null)).toBe(true);
    expect(during.find((row) => row.last_error)?.last_error).toMatch(/ECONNREFUSED/);
    for (const { email } of requests) expect(rig.mailbox.to(email!)).toEqual([]);

    await rig.mailbox.start();
    for (const { email } of requests) await rig.mailTo(email!);
    await waitFor(
      () => rig.pendingCount(),
      (n) => n === 0,
      30_000,
      'every row to be sent',
    );
    await sleep(500);
    for (const { caseId, email, srNumber } of requests) {
      const received = rig.mailbox.to(email!);
      expect(received).toHaveLength(1);
      expect(received[0]!.text).toContain(srNumber);
      expect((await rig.rowsFor(caseId))[0]!.status).toBe('sent');
    }
  }, 90_000);

  it('a message the mail server refuses for now is tried again later and delivered', async () => {
    const email = `greylisted.${randomUUID()}@mail.example.org`;
    rig.mailbox.refusals.set(email, { code: 451, times: 2 });
    const { caseId } = await rig.request({ email, language: 'es' });
    await rig.mailTo(email);
    const row = await rig.rowFor(caseId, (r) => r.status === 'sent', 'sent after refusals');
    expect(row.attempts).toBe(2);
    expect(row.last_error).toBeNull();
    expect(rig.mailbox.to(email)).toHaveLength(1);
  });

  it('a message refused every time is failed after the configured attempts, one refused for good at once, and neither keeps the address', async () => {
    const busy = `busy.${randomUUID()}@mail.example.org`;
    const unknown = `unknown.${randomUUID()}@mail.example.org`;
    rig.mailbox.refusals.set(busy, { code: 452, times: Number.POSITIVE_INFINITY });
    rig.mailbox.refusals.set(unknown, { code: 550, times: Number.POSITIVE_INFINITY });
    const refusedForNow = await rig.request({ email: busy });
    const refusedForGood = await rig.request({ email: unknown });

    const failedLater = await rig.rowFor(
      refusedForNow.caseId,
      (r) => r.status === 'failed',
      'failed',
    );
    expect(failedLater.attempts).toBe(MAX_ATTEMPTS);
    expect(failedLater.last_error).toMatch(/^EENVELOPE 452: .*Mailbox <\[address\]> unavailable/);

    const failedAtOnce = await rig.rowFor(
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
    expect(rig.mailbox.to(busy)).toEqual([]);
    expect(rig.mailbox.to(unknown)).toEqual([]);
  });

  it('nothing logged names a reporter’s address or quotes a message', async () => {
    const refusedAddress = `refused.${randomUUID()}@mail.example.org`;
    rig.mailbox.refusals.set(refusedAddress, { code: 550, times: Number.POSITIVE_INFINITY });
    const sent = await rig.request({ language: 'en' });
    const refused = await rig.request({ email: refusedAddress });
    await rig.rowFor(sent.caseId, (r) => r.status === 'sent', 'the sent row');
    await rig.rowFor(refused.caseId, (r) => r.status === 'failed', 'the failed row');

    const log = rig.logLines.join('');
    expect(log).toContain('notification sent');
    expect(log).toContain('notification recorded');
    expect(log).toContain('notification failed');
    for (const address of rig.addresses) expect(log).not.toContain(address);
    expect(log).not.toContain('@mail.example.org');
    expect(log).not.toContain('Thank you for');
    expect(log).not.toContain('SR-2026-');
  });
});
