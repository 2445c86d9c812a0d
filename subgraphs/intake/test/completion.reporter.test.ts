import { CASE_COMPLETED, CASE_ROUTED } from '@hub/contracts';
import { randomUUID } from 'node:crypto';
import { renderNotification } from '../src/notifications/notification.rules';
import { CompletionRig, TRACKING_URL, newAddress, newOffice } from './support/completion-rig';
import { WITHDRAW, waitFor } from './support/intake-harness';

describe('intake closes the loop with the reporter when routing completes a case', () => {
  let rig: CompletionRig;

  beforeAll(async () => {
    rig = await CompletionRig.start('completion-reporter');
  });

  afterAll(async () => {
    await rig?.stop();
  });

  /** A case a council office referred for a Vietnamese-speaking reporter, routed. */
  async function routedVietnameseCase(email: string) {
    const found = await rig.logCase({
      channel: 'COUNCIL_OFFICE',
      councilOffice: newOffice(),
      reporter: { name: 'Nguyễn Văn An', email, preferredLanguage: 'vi' },
    });
    await rig.routing.deliverAndApply(CASE_ROUTED, 1, rig.routing.routed(found.id));
    return found;
  }

  const disposition = 'Đèn đường đã được thay bóng mới vào ngày 20 tháng 11.';

  it('once routed, public tracking shows the responsible department', async () => {
    const found = await routedVietnameseCase(newAddress());
    expect(await rig.track(found.sr)).toMatchObject({
      status: 'ROUTED',
      closedAt: null,
      responsibleBody: 'Public Works',
    });
  });

  it('once completed, the reporter receives the disposition in Vietnamese and the case is closed', async () => {
    const email = newAddress();
    const found = await routedVietnameseCase(email);
    await rig.routing.deliver(rig.routing.completed(found.id, disposition));
    const mail = await rig.mailTo(email, 'Kết quả');
    const expected = renderNotification('completion', 'vi', {
      srNumber: found.sr,
      disposition,
      trackingUrl: TRACKING_URL,
    });
    expect(mail.subject).toBe(expected.subject);
    // The shared mailbox hands the text over with the wire's CRLF line ends.
    const lines = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
    expect(lines(mail.text)).toBe(lines(expected.text));
    expect(mail.text).toContain(`Kết quả: ${disposition}`);

    const tracking = await rig.track(found.sr);
    expect(tracking).toMatchObject({ status: 'CLOSED', responsibleBody: 'Public Works' });
    expect(tracking.closedAt).not.toBeNull();
    expect(tracking.updatedAt).toBe(tracking.closedAt);
    // Nothing personal in public tracking, whatever is asked.
    expect(JSON.stringify(tracking)).not.toMatch(/Nguyễn|@mail\.example\.org/);
  });

  it('the same completion delivered again changes nothing and sends nothing', async () => {
    const email = newAddress();
    const found = await routedVietnameseCase(email);
    const completion = rig.routing.completed(found.id, disposition);
    await rig.routing.deliver(completion);
    await waitFor(
      () => rig.notificationsOf(found.id),
      (rows) => rows.length === 2 && rows.every((row) => row.status === 'sent'),
      30_000,
      'the receipt and the completion message to be sent',
    );
    const snapshot = async () => ({
      tracking: await rig.track(found.sr),
      notifications: await rig.notificationsOf(found.id),
      notices: await rig.noticesOf(found.id),
      outbox: await rig.intake.count('outbox_message'),
      mails: rig.mailsTo(email).length,
    });
    const before = await snapshot();
    expect(before.notifications.map((row) => [row.template, row.status])).toEqual([
      ['receipt', 'sent'],
      ['completion', 'sent'],
    ]);
    expect(before.notifications[1]!).toMatchObject({
      language: 'vi',
      parameters: { srNumber: found.sr, disposition },
    });
    const duplicates = await rig.routing.duplicateCount();
    await rig.routing.deliver(completion);
    await waitFor(
      () => rig.routing.duplicateCount(),
      (n) => n > duplicates,
      30_000,
      'the redelivery',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a sender poll or two
    expect(await snapshot()).toEqual(before);
  });

  it('a reporter who gave no email is sent nothing, and the record says why', async () => {
    const found = await rig.logCase({
      reporter: { name: 'Walk-in resident', preferredLanguage: 'es' },
    });
    await rig.routing.deliver(
      rig.routing.routed(found.id),
      rig.routing.completed(found.id, 'Se reemplazó la bombilla.'),
    );
    const rows = await waitFor(
      () => rig.notificationsOf(found.id),
      (list) => list.length === 1,
      30_000,
      'the completion row',
    );
    expect(rows[0]).toMatchObject({
      template: 'completion',
      status: 'skipped_no_email',
      language: 'es',
    });
    expect(await rig.track(found.sr)).toMatchObject({ status: 'CLOSED' });
    expect(rig.mailbox.messages.filter((m) => m.text.includes(found.sr))).toEqual([]);
    // Not through a council office: no notice.
    expect(await rig.noticesOf(found.id)).toBe(0);
  });

  it('a compliment is answered only if the reporter asked to be contacted', async () => {
    const quiet = await rig.logCase({
      kind: 'COMPLIMENT',
      reporter: { email: newAddress('quiet') },
    });
    const asked = await rig.logCase({
      kind: 'COMPLIMENT',
      reporter: { email: newAddress('asked'), wantsContact: true },
    });
    await rig.routing.deliverAndApply(
      CASE_COMPLETED,
      2,
      rig.routing.completed(quiet.id, 'Your thanks were passed on to the crew.'),
      rig.routing.completed(asked.id, 'Your thanks were passed on to the crew.'),
    );
    await waitFor(
      async () => (await rig.notificationsOf(asked.id)).map((row) => row.template),
      (templates) => templates.includes('completion'),
      30_000,
      'the completion row of the reporter who asked',
    );
    expect(await rig.notificationsOf(quiet.id)).toEqual([]);
    expect((await rig.track(quiet.sr)).status).toBe('CLOSED');
  });

  it('a withdrawn case stays withdrawn when completed, and nobody is notified', async () => {
    const found = await rig.logCase({
      channel: 'COUNCIL_OFFICE',
      councilOffice: newOffice(),
      reporter: { email: newAddress('withdrawn') },
    });
    const withdrawn = await rig.intake.graphql(
      WITHDRAW,
      { caseId: found.id, reason: 'Fixed by a neighbour' },
      rig.agent,
    );
    expect(withdrawn.body.errors).toBeUndefined();
    const tracked = await rig.track(found.sr);
    const before = await rig.routing.appliedCount(CASE_COMPLETED);
    await rig.routing.deliverBare(rig.routing.completed(found.id, 'The streetlight was repaired.'));
    await rig.routing.applied(CASE_COMPLETED, before);
    expect(await rig.track(found.sr)).toEqual(tracked);
    expect((await rig.notificationsOf(found.id)).map((row) => row.template)).toEqual(['receipt']);
    expect(await rig.noticesOf(found.id)).toBe(0);
  });

  it('events about a case intake does not know change nothing, and later events still apply', async () => {
    const footprint = await rig.intake.footprint();
    const completedBefore = await rig.routing.appliedCount(CASE_COMPLETED);
    const routedBefore = await rig.routing.appliedCount(CASE_ROUTED);
    await rig.routing.deliver(
      rig.routing.completed(randomUUID(), 'Nothing to see.'),
      rig.routing.routed(randomUUID()),
    );
    await rig.routing.applied(CASE_COMPLETED, completedBefore);
    await rig.routing.applied(CASE_ROUTED, routedBefore);
    expect(await rig.intake.footprint()).toEqual(footprint);
  });

  it('a late routing event never takes the responsible body back: the latest stamp wins', async () => {
    const found = await rig.logCase({});
    const first = rig.routing.routed(found.id, 'Public Works');
    const second = rig.routing.routed(found.id, 'Parks and Recreation');
    // out of order, as after a replay from another agency
    await rig.routing.deliverAndApply(CASE_ROUTED, 2, second, first);
    expect(await rig.track(found.sr)).toMatchObject({
      status: 'ROUTED',
      responsibleBody: 'Parks and Recreation',
    });
  });
});
