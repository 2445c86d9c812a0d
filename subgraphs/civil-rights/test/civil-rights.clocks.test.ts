import { TITLE_VI_DEADLINE_BREACHED } from '@hub/contracts';
import { TitleVIClockScheduler } from '../src/clocks/clock.scheduler';
import type { TitleViStep } from './graphql/graphql';
import {
  complaintOf,
  dataOf,
  DAY,
  FILE,
  publishedOf,
  receiveCase,
  refusal,
  startHub,
  STEP,
  writtenForm,
  type CivilRightsHarness,
  type TitleVIClock,
} from './civil-rights.fixtures';

describe('Title VI clocks', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  beforeAll(async () => ({ hub, coordinator } = await startHub('clocks', 'coordinator-2')));
  afterAll(() => hub?.stop());

  /** An FTA complaint against a contractor, received `receivedDaysAgo` days ago. */
  async function ftaComplaint(
    receivedDaysAgo: number,
  ): Promise<{ caseId: string; receivedAt: Date }> {
    const caseId = await receiveCase(hub);
    const receivedAt = new Date(Date.now() - receivedDaysAgo * DAY);
    const answer = await hub.graphql(
      FILE,
      {
        caseId,
        input: writtenForm(receivedDaysAgo + 10, {
          program: 'FTA',
          receivedAt: receivedAt.toISOString(),
          signature: {
            printedName: 'Minh Tran',
            signatureText: '/s/ Minh Tran',
            date: new Date(receivedAt.getTime() - DAY).toISOString().slice(0, 10),
          },
        }),
      },
      coordinator,
    );
    expect(answer.body.errors).toBeUndefined();
    return { caseId, receivedAt };
  }

  const step = async (caseId: string, name: TitleViStep, at: Date, note?: string) => {
    const answer = await hub.graphql(
      STEP,
      { caseId, step: name, at: at.toISOString(), note },
      coordinator,
    );
    return dataOf(answer).recordTitleVIStep;
  };

  const byClock = (clocks: TitleVIClock[]) =>
    Object.fromEntries(clocks.map((clock) => [clock.clock, clock]));
  const lengthInDays = (clock: TitleVIClock) =>
    Math.round((Date.parse(clock.dueAt) - Date.parse(clock.startedAt)) / DAY);

  it('computes and shows every clock of the FTA procedure: met, breached, due soon, pending, cancelled', async () => {
    const { caseId, receivedAt } = await ftaComplaint(40);
    const on = (days: number) => new Date(receivedAt.getTime() + days * DAY);
    const now = Date.now();
    await step(caseId, 'RESPONDENT_NOTIFIED', on(10)); // within 15: met; answer due on day 20
    await step(caseId, 'COURSE_OF_ACTION_DECIDED', on(12)); // parties due on day 17
    await step(caseId, 'PARTIES_NOTIFIED', on(19)); // two days late
    await step(caseId, 'INVESTIGATION_REPORTED', on(25)); // within 60
    const midway = await step(caseId, 'FINAL_REPORT_ISSUED', new Date(now - 13 * DAY)); // meetings due in 2 days

    const clocks = byClock(complaintOf(midway).clocks);
    expect(Object.keys(clocks).sort()).toEqual(
      [
        'DECISION_NOTIFICATION',
        'INFORMATIONAL_MEETINGS',
        'INVESTIGATION_REPORT',
        'OECR_COPY',
        'RESPONDENT_ANSWER',
        'RESPONDENT_NOTIFICATION',
      ].sort(),
    );
    expect(clocks.RESPONDENT_NOTIFICATION).toMatchObject({ days: 15, state: 'MET' });
    expect(clocks.RESPONDENT_ANSWER).toMatchObject({ days: 10, state: 'BREACHED', metAt: null });
    expect(clocks.DECISION_NOTIFICATION).toMatchObject({ days: 5, state: 'BREACHED' });
    expect(clocks.DECISION_NOTIFICATION!.metAt).not.toBeNull();
    expect(clocks.INVESTIGATION_REPORT).toMatchObject({ days: 60, state: 'MET' });
    expect(clocks.INFORMATIONAL_MEETINGS).toMatchObject({ days: 15, state: 'DUE_SOON' });
    expect(clocks.OECR_COPY).toMatchObject({ days: 60, state: 'PENDING' });
    for (const clock of Object.values(clocks)) expect(lengthInDays(clock)).toBe(clock.days);
    expect(Date.parse(clocks.RESPONDENT_ANSWER!.startedAt)).toBe(on(10).getTime());
    expect(complaintOf(midway).investigationCompletedAt).toBe(on(25).toISOString());

    // The final decision closes the case: what still ran is cancelled, the appeal window opens.
    const decided = await step(
      caseId,
      'FINAL_DECISION',
      new Date(),
      'No violation found; interpreters to be offered',
    );
    expect(decided.status).toBe('CLOSED');
    expect(decided.titleVI).toMatchObject({
      stage: 'CLOSED',
      disposition: 'No violation found; interpreters to be offered',
    });
    const after = byClock(complaintOf(decided).clocks);
    expect(after.OECR_COPY!.state).toBe('CANCELLED');
    expect(after.INFORMATIONAL_MEETINGS!.state).toBe('CANCELLED');
    expect(after.RESPONDENT_ANSWER!.state).toBe('BREACHED'); // a breach stays a breach
    expect(after.APPEAL_WINDOW).toMatchObject({ days: 180, state: 'PENDING' });
    expect(lengthInDays(after.APPEAL_WINDOW!)).toBe(180);

    const appealed = await step(caseId, 'APPEAL_RECEIVED', new Date());
    expect(appealed.status).toBe('APPEALED');
    const appeal = complaintOf(appealed);
    expect(appeal.stage).toBe('APPEALED');
    expect(byClock(appeal.clocks).APPEAL_WINDOW!.state).toBe('MET');
    expect(appeal.steps.map((s) => s.step)).toEqual([
      'RESPONDENT_NOTIFIED',
      'COURSE_OF_ACTION_DECIDED',
      'PARTIES_NOTIFIED',
      'INVESTIGATION_REPORTED',
      'FINAL_REPORT_ISSUED',
      'FINAL_DECISION',
      'APPEAL_RECEIVED',
    ]);
  });

  it('refuses a step out of order, twice, in the future, before receipt, or under FHWA', async () => {
    const { caseId, receivedAt } = await ftaComplaint(5);
    expect(
      refusal(await hub.graphql(STEP, { caseId, step: 'PARTIES_NOTIFIED' }, coordinator)).code,
    ).toBe('CONFLICT');
    expect(
      refusal(await hub.graphql(STEP, { caseId, step: 'APPEAL_RECEIVED' }, coordinator)).code,
    ).toBe('CONFLICT');
    await step(caseId, 'OECR_COPY_SENT', new Date());
    expect(
      refusal(await hub.graphql(STEP, { caseId, step: 'OECR_COPY_SENT' }, coordinator)).code,
    ).toBe('CONFLICT');
    const future = new Date(Date.now() + DAY).toISOString();
    expect(
      refusal(
        await hub.graphql(STEP, { caseId, step: 'RESPONDENT_NOTIFIED', at: future }, coordinator),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'at',
    });
    const before = new Date(receivedAt.getTime() - DAY).toISOString();
    expect(
      refusal(
        await hub.graphql(STEP, { caseId, step: 'RESPONDENT_NOTIFIED', at: before }, coordinator),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'at',
    });
    expect(
      refusal(await hub.graphql(STEP, { caseId, step: 'FINAL_DECISION' }, coordinator)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });

    const fhwa = await receiveCase(hub);
    await hub.graphql(FILE, { caseId: fhwa, input: writtenForm(5) }, coordinator);
    expect(
      refusal(
        await hub.graphql(STEP, { caseId: fhwa, step: 'COURSE_OF_ACTION_DECIDED' }, coordinator),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'step',
    });
  });

  it('publishes each breach exactly once, with two replicas scanning, as time moves forward', async () => {
    const cases = [await ftaComplaint(0), await ftaComplaint(0), await ftaComplaint(0)];
    const caseIds = new Set(cases.map((c) => c.caseId));
    const clockIds = (
      await hub.sql<{ id: string }>(
        `select id from title_vi_clock where case_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [JSON.stringify([...caseIds])],
      )
    ).map((row) => row.id);
    // Receipt clocks of an FTA complaint against a contractor: 15-day notice, report, OECR copy.
    expect(clockIds).toHaveLength(9);

    const replica = await hub.replica();
    const schedulers = [
      new TitleVIClockScheduler(hub.subgraph.orm, hub.subgraph.events, 2),
      new TitleVIClockScheduler(replica.orm, replica.events, 2),
    ];
    const breachesOfOurs = async () =>
      (await publishedOf(hub, TITLE_VI_DEADLINE_BREACHED)).filter((e) => caseIds.has(e.subject));

    // Today nothing is late.
    await Promise.all(schedulers.map((s) => s.reportBreaches(new Date())));
    expect(await breachesOfOurs()).toHaveLength(0);

    // 16 days on: the 15-day notices are late, nothing else.
    const scanAll = async (at: Date) => {
      for (;;) {
        const published = await Promise.all(schedulers.map((s) => s.reportBreaches(at)));
        if (published.every((n) => n === 0)) return;
      }
    };
    await scanAll(new Date(Date.now() + 16 * DAY));
    const early = await breachesOfOurs();
    expect(early.map((e) => e.data.clock)).toEqual(Array(3).fill('respondent_notification'));

    // 61 days on: the rest; and scanning again, on both replicas, publishes nothing new.
    await scanAll(new Date(Date.now() + 61 * DAY));
    await scanAll(new Date(Date.now() + 90 * DAY));
    const breaches = await breachesOfOurs();
    expect(breaches).toHaveLength(9);
    expect(new Set(breaches.map((e) => e.data.clockId))).toEqual(new Set(clockIds));
    expect(Object.keys(breaches[0]!.data).sort()).toEqual([
      'caseId',
      'clock',
      'clockId',
      'dueAt',
      'program',
    ]);
    expect(breaches[0]!.data.program).toBe('fta');
    expect(JSON.stringify(breaches)).not.toContain('Minh');

    // And each reaches Kafka once.
    const onTopic = await hub.readEvents(
      (events) =>
        events.filter((e) => e.type === TITLE_VI_DEADLINE_BREACHED && caseIds.has(e.subject))
          .length >= 9,
    );
    expect(
      onTopic.filter((e) => e.type === TITLE_VI_DEADLINE_BREACHED && caseIds.has(e.subject)),
    ).toHaveLength(9);
  });
});
