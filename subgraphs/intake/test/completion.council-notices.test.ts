import { CASE_COMPLETED } from '@hub/contracts';
import { CompletionRig, NOTICES, newAddress, newOffice } from './support/completion-rig';
import { dataOf, refusal } from './support/intake-harness';

describe("a council office's inbox of the cases it referred that were completed", () => {
  let rig: CompletionRig;

  beforeAll(async () => {
    rig = await CompletionRig.start('completion-notices');
  });

  afterAll(async () => {
    await rig?.stop();
  });

  /** A case the office referred, completed by routing; resolves once intake has applied it. */
  async function completedReferral(office: string, disposition = 'The streetlight was repaired.') {
    const found = await rig.logCase({ channel: 'COUNCIL_OFFICE', councilOffice: office });
    await rig.routing.deliverAndApply(
      CASE_COMPLETED,
      1,
      rig.routing.completed(found.id, disposition),
    );
    return found;
  }

  it('holds a notice of each completion, for the council and 311 agents only', async () => {
    const office = newOffice();
    const disposition = 'Đèn đường đã được thay bóng mới vào ngày 20 tháng 11.';
    const found = await completedReferral(office, disposition);
    const answer = await rig.intake.graphql(NOTICES, { office }, rig.council);
    const notices = dataOf(answer).councilOfficeNotices;
    expect(notices.totalCount).toBe(1);
    expect(notices.edges[0]?.node).toMatchObject({
      caseId: found.id,
      srNumber: found.sr,
      councilOffice: office,
      outcome: 'RESOLVED',
      disposition,
      case: { id: found.id, status: 'CLOSED', channel: 'COUNCIL_OFFICE', councilOffice: office },
    });
    const forAgent = await rig.intake.graphql(NOTICES, { office }, rig.agent);
    expect(dataOf(forAgent).councilOfficeNotices.totalCount).toBe(1);

    const head = await rig.intake.token(['department_head']);
    const refused = await rig.intake.graphql(NOTICES, { office }, head);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.body.data?.councilOfficeNotices ?? null).toBeNull();
    const anonymous = await rig.intake.graphql(NOTICES, {}, await rig.intake.anonymousToken());
    expect(refusal(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a complaint closed as out of jurisdiction tells the reporter where to go, and the office too', async () => {
    const office = newOffice();
    const email = newAddress();
    const found = await rig.logCase({
      kind: 'SERVICE_COMPLAINT',
      subjectCategory: 'ELECTED_OFFICIAL',
      channel: 'COUNCIL_OFFICE',
      councilOffice: office,
      reporter: { email },
    });
    const disposition =
      "This matter is outside the city's jurisdiction, so we have closed it here. " +
      'Ethics and Elections Commission handles complaints about elected officials; please ' +
      'contact them: ethics@state.example, 555-0100.';
    await rig.routing.deliver(
      rig.routing.completed(found.id, disposition, 'out_of_jurisdiction', '311 Customer Service'),
    );
    const mail = await rig.mailTo(email, 'Outcome');
    expect(mail.text).toContain(`Outcome: ${disposition}`);
    expect(await rig.track(found.sr)).toMatchObject({
      status: 'OUT_OF_JURISDICTION',
      responsibleBody: '311 Customer Service',
    });
    const notices = await rig.intake.graphql(NOTICES, { office }, rig.council);
    expect(dataOf(notices).councilOfficeNotices.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ caseId: found.id, outcome: 'OUT_OF_JURISDICTION', disposition }),
    ]);
  });

  it('a long disposition, as long as routing accepts, reaches the reporter whole and the notice keeps it', async () => {
    const email = newAddress('long');
    const found = await rig.logCase({
      channel: 'COUNCIL_OFFICE',
      councilOffice: newOffice(),
      reporter: { email },
    });
    const disposition = `${'We inspected every lamp on the street and replaced the wiring. '.repeat(60)}End.`;
    expect([...disposition].length).toBeGreaterThan(2000);
    expect([...disposition].length).toBeLessThanOrEqual(4000); // what routing accepts
    await rig.routing.deliver(rig.routing.completed(found.id, disposition));
    const mail = await rig.mailTo(email, 'Outcome');
    expect(mail.text.replace(/\r\n/g, '\n')).toContain(`Outcome: ${disposition}`);
    expect(await rig.track(found.sr)).toMatchObject({ status: 'CLOSED' });
    const [notice] = await rig.intake.sql<{ disposition: string }>(
      'select disposition from council_office_notice where case_id = ?',
      [found.id],
    );
    expect(notice?.disposition).toBe(disposition);
  });

  it('pages newest first, filters by office, and refuses a bad page size or cursor', async () => {
    const office = newOffice();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await completedReferral(office, `Done ${i}.`)).id);
    const elsewhere = await completedReferral(newOffice());

    const first = await rig.intake.graphql(NOTICES, { office, first: 2 }, rig.council);
    const page1 = dataOf(first).councilOfficeNotices;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await rig.intake.graphql(
      NOTICES,
      { office, first: 2, after: page1.pageInfo.endCursor },
      rig.council,
    );
    const page2 = dataOf(second).councilOfficeNotices;
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...page1.edges, ...page2.edges].map((e) => e.node.caseId)).toEqual([...ids].reverse());

    // Without an office: every office's notices.
    const all = dataOf(
      await rig.intake.graphql(NOTICES, { first: 100 }, rig.council),
    ).councilOfficeNotices;
    const everyCase = all.edges.map((e) => e.node.caseId);
    expect(everyCase).toEqual(expect.arrayContaining([...ids, elsewhere.id]));
    expect(all.totalCount).toBeGreaterThanOrEqual(4);

    for (const size of [0, 101]) {
      const refused = await rig.intake.graphql(NOTICES, { first: size }, rig.council);
      expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const badCursor = await rig.intake.graphql(NOTICES, { after: 'not-a-cursor' }, rig.council);
    expect(refusal(badCursor)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
