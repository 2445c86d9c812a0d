import { randomUUID } from 'node:crypto';
import { CASE_FIELDS, ENTITY, refusal, RoutingHarness, waitFor } from './routing-harness';

const entity = (caseId: string) => ({ representations: [{ __typename: 'Case', id: caseId }] });

const REROUTE = `mutation($caseId: ID!, $departmentId: ID!, $reason: String!) {
  rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) { ${CASE_FIELDS} } }`;
const ASSIGN = `mutation($caseId: ID!, $staffId: ID!) {
  assignCase(caseId: $caseId, staffId: $staffId) { ${CASE_FIELDS} } }`;
const PRIORITY = `mutation($caseId: ID!, $priority: Priority!, $reason: String!) {
  changePriority(caseId: $caseId, priority: $priority, reason: $reason) { ${CASE_FIELDS} } }`;
const ESCALATE = `mutation($caseId: ID!, $reason: String!, $about: Boolean!) {
  escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) { ${CASE_FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteCaseInput!) { completeCase(input: $input) { ${CASE_FIELDS} } }`;
const APPEAL = `mutation($input: LodgeAppealInput!) { lodgeAppeal(input: $input) { ${CASE_FIELDS} } }`;
const ACKNOWLEDGE = `mutation($caseId: ID!) { acknowledgeCase(caseId: $caseId) { ${CASE_FIELDS} } }`;
const WORKLOAD = `query($id: ID!) { department(id: $id) { id name primaryMonitor { id } backupMonitor { id } staff { id name openAssignments } } }`;

describe('routing, against real PostgreSQL and Kafka', () => {
  let routing: RoutingHarness;
  let agent: string;

  beforeAll(async () => {
    routing = await RoutingHarness.start('flow');
    agent = await routing.token(['agent']);
  });

  afterAll(async () => {
    await routing?.stop();
  });

  async function read(caseId: string, token = agent) {
    const answer = await routing.graphql(ENTITY, entity(caseId), token);
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data._entities[0];
  }

  it('routes a pothole to Public Works from the event alone, with its clock on the working-day calendar', async () => {
    const receivedAt = '2026-11-25T18:00:00.000Z'; // Wed before Thanksgiving, 10:00 in Los Angeles
    const caseId = await routing.receive({ serviceCode: 'pothole', receivedAt });
    await routing.routed(caseId);
    const routed = await read(caseId);
    expect(routed).toMatchObject({
      priority: 'ROUTINE',
      routingStage: 'ROUTED',
      department: { id: 'public-works', name: 'Public Works' },
      assignment: null,
      deadlines: [{ clock: 'INFORMAL_RESOLUTION', dueAt: '2026-12-10T18:00:00.000Z', metAt: null }],
      routingHistory: [
        {
          action: 'ROUTED',
          actor: 'routing',
          reason: 'service type pothole',
          toDepartment: { id: 'public-works' },
        },
      ],
    });
    const events = await routing.readEvents((seen) =>
      seen.some((e) => e.type === 'case.status-changed.v1' && e.subject === caseId),
    );
    const routedEvent = events.find((e) => e.type === 'case.routed.v1' && e.subject === caseId)!;
    expect(routedEvent.data).toEqual({
      caseId,
      departmentId: 'public-works',
      departmentName: 'Public Works',
      priority: 'routine',
      previousDepartmentId: null,
      manual: false,
    });
    expect(
      events.find((e) => e.type === 'case.status-changed.v1' && e.subject === caseId)!.data,
    ).toEqual({
      caseId,
      status: 'routed',
      agency: 'routing',
      agencyStatus: null,
      reason: null,
    });
  });

  it.each([
    ['staff_complaint', 'non_sworn_staff', 'human-resources'],
    ['police_conduct', 'sworn_police', 'police-opa'],
    ['police_conduct', 'sworn_fire', 'fire-operations'],
    ['fraud_waste_abuse', 'non_sworn_staff', 'internal-audit'],
    ['charter_officer_complaint', 'charter_officer', 'mayor-pro-tempore'],
    ['civil_rights', null, 'title-vi'],
  ])(
    'a %s about %s reaches %s with the formal clocks',
    async (kind, subjectCategory, departmentId) => {
      const caseId = await routing.receive({ kind, subjectCategory });
      await routing.routed(caseId);
      const routed = await read(caseId);
      expect(routed.department.id).toBe(departmentId);
      expect(routed.deadlines.map((d: any) => d.clock).sort()).toEqual([
        'FORMAL_ACKNOWLEDGMENT',
        'FORMAL_RESPONSE',
        'INFORMAL_RESOLUTION',
      ]);
    },
  );

  it('sends a compliment to the head of the service department, assigned to them', async () => {
    const caseId = await routing.receive({ kind: 'compliment', serviceCode: 'ground-maintenance' });
    await routing.routed(caseId);
    const routed = await read(caseId);
    expect(routed).toMatchObject({
      department: { id: 'parks' },
      routingStage: 'ASSIGNED',
      assignment: { staff: { id: 'parks-head' } },
    });
  });

  it('closes a complaint about a council member as out of jurisdiction, with a referral the reporter is told about', async () => {
    const caseId = await routing.receive({
      kind: 'service_complaint',
      subjectCategory: 'elected_official',
    });
    await routing.routed(caseId);
    const closed = await read(caseId);
    expect(closed).toMatchObject({
      routingStage: 'OUT_OF_JURISDICTION',
      deadlines: [],
      outcome: { outcome: 'OUT_OF_JURISDICTION', appealWindowClosesAt: null },
      referral: { agency: { id: 'ethics-elections-commission' } },
      routingHistory: [{ action: 'REFERRED_OUT_OF_JURISDICTION' }],
    });
    const completed = (await routing.published('case.completed.v1')).find(
      (e) => e.subject === caseId,
    )!;
    expect(completed.data).toEqual({
      caseId,
      outcome: 'out_of_jurisdiction',
      disposition: expect.stringContaining('Ethics and Elections Commission'),
      departmentName: '311 Customer Service',
    });
    const status = (await routing.published('case.status-changed.v1')).filter(
      (e) => e.subject === caseId,
    );
    expect(status.map((e) => e.data.status)).toEqual(['out_of_jurisdiction']);
  });

  it('alerts the primary and the backup monitor of an emergency at once, one row each', async () => {
    const caseId = await routing.receive({ serviceCode: 'water-main-break' });
    await routing.routed(caseId);
    const alerts = (await routing.published('case.urgent-alert.v1')).filter(
      (e) => e.subject === caseId,
    );
    expect(alerts.map((e) => e.data)).toEqual([
      {
        caseId,
        departmentId: 'utilities',
        priority: 'emergency',
        staffIds: ['utilities-lead', 'utilities-a'],
      },
    ]);
    const rows = await routing.sql(
      `select staff_id, event_id from urgent_alert where case_id = ? order by staff_id`,
      [caseId],
    );
    expect(rows.map((row) => row.staff_id)).toEqual(['utilities-a', 'utilities-lead']);
    expect(new Set(rows.map((row) => row.event_id))).toEqual(new Set([alerts[0]!.id]));
  });

  it('a redelivered or repeated case.received changes nothing the second time', async () => {
    const caseId = await routing.receive({ serviceCode: 'pothole' });
    await routing.routed(caseId);
    await routing.receive({ caseId, serviceCode: 'parking-enforcement' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await routing.count('routed_case', 'id = ?', [caseId])).toBe(1);
    expect((await read(caseId)).department.id).toBe('public-works');
    expect(await routing.count('routing_history', 'case_id = ?', [caseId])).toBe(1);
  });

  describe('by hand', () => {
    let caseId: string;

    beforeEach(async () => {
      caseId = await routing.receive({ kind: 'service_complaint', serviceCode: 'pothole' });
      await routing.routed(caseId);
    });

    it('a re-route without a reason, to an unknown department, or by department staff is refused and changes nothing', async () => {
      const before = await routing.footprint();
      const noReason = await routing.graphql(
        REROUTE,
        { caseId, departmentId: 'parks', reason: '  ' },
        agent,
      );
      expect(refusal(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const unknown = await routing.graphql(
        REROUTE,
        { caseId, departmentId: 'roads', reason: 'Park path' },
        agent,
      );
      expect(refusal(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
      expect(refusal(unknown).message).toMatch(/not a department/);
      const staff = await routing.token(['department_staff'], { department: 'public-works' });
      const notAgent = await routing.graphql(
        REROUTE,
        { caseId, departmentId: 'parks', reason: 'Park path' },
        staff,
      );
      expect(refusal(notAgent).code).toBe('FORBIDDEN');
      expect(await routing.footprint()).toEqual(before);
    });

    it('an agent re-routes with a reason kept in the history, and the new department hears it', async () => {
      const answer = await routing.graphql(
        REROUTE,
        { caseId, departmentId: 'parks', reason: 'The pothole is on a park path' },
        agent,
      );
      expect(answer.body.errors).toBeUndefined();
      const moved = answer.body.data.rerouteCase;
      expect(moved.department.id).toBe('parks');
      expect(moved.routingHistory.at(-1)).toMatchObject({
        action: 'REROUTED',
        reason: 'The pothole is on a park path',
        actor: 'agent-7',
        fromDepartment: { id: 'public-works' },
        toDepartment: { id: 'parks' },
      });
      const routed = (await routing.published('case.routed.v1')).filter(
        (e) => e.subject === caseId,
      );
      expect(routed.at(-1)!.data).toEqual({
        caseId,
        departmentId: 'parks',
        departmentName: 'Parks and Recreation',
        priority: 'routine',
        previousDepartmentId: 'public-works',
        manual: true,
      });
    });

    it("assigns to the case's department's staff and refuses staff of another department", async () => {
      const head = await routing.token(['department_head'], { department: 'public-works' });
      const before = await routing.footprint();
      const wrong = await routing.graphql(ASSIGN, { caseId, staffId: 'parks-a' }, head);
      expect(refusal(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffId' });
      expect(refusal(wrong).message).toMatch(/another department/);
      expect(await routing.footprint()).toEqual(before);

      const right = await routing.graphql(ASSIGN, { caseId, staffId: 'public-works-b' }, head);
      expect(right.body.errors).toBeUndefined();
      expect(right.body.data.assignCase).toMatchObject({
        routingStage: 'ASSIGNED',
        assignment: { staff: { id: 'public-works-b', department: { id: 'public-works' } } },
      });
      const workload = await routing.graphql(WORKLOAD, { id: 'public-works' }, head);
      const member = workload.body.data.department.staff.find(
        (s: any) => s.id === 'public-works-b',
      );
      expect(member.openAssignments).toBeGreaterThanOrEqual(1);
    });

    it('a department sees and changes only its own cases', async () => {
      const parks = await routing.token(['department_staff'], { department: 'parks' });
      const answer = await routing.graphql(ENTITY, entity(caseId), parks);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const assign = await routing.graphql(ASSIGN, { caseId, staffId: 'parks-a' }, parks);
      expect(refusal(assign).code).toBe('FORBIDDEN');
      const analyst = await routing.token(['analyst']);
      expect((await routing.graphql(ENTITY, entity(caseId), analyst)).body.errors).toBeUndefined();
      const change = await routing.graphql(
        PRIORITY,
        { caseId, priority: 'EXPEDITED', reason: 'x' },
        analyst,
      );
      expect(refusal(change).code).toBe('FORBIDDEN');
    });

    it('raising the priority to expedited alerts both monitors; a blank reason is refused', async () => {
      const head = await routing.token(['department_head'], { department: 'public-works' });
      expect(
        refusal(
          await routing.graphql(PRIORITY, { caseId, priority: 'EXPEDITED', reason: '' }, head),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const raised = await routing.graphql(
        PRIORITY,
        { caseId, priority: 'EXPEDITED', reason: 'A cyclist fell' },
        head,
      );
      expect(raised.body.data.changePriority.priority).toBe('EXPEDITED');
      const alerts = (await routing.published('case.urgent-alert.v1')).filter(
        (e) => e.subject === caseId,
      );
      expect(alerts.map((e) => e.data.staffIds)).toEqual([['public-works-lead', 'public-works-a']]);
    });

    it('climbs the escalation ladder to the board and refuses to go past it', async () => {
      const levels: string[] = [];
      for (let step = 0; step < 4; step += 1) {
        const answer = await routing.graphql(
          ESCALATE,
          { caseId, reason: 'Still unhappy', about: true },
          agent,
        );
        expect(answer.body.errors).toBeUndefined();
        levels.push(answer.body.data.escalateCase.escalation.level);
      }
      expect(levels).toEqual(['TEAM_LEADER', 'HEAD_OF_SERVICE', 'TRUSTEES', 'BOARD']);
      const before = await routing.footprint();
      const past = await routing.graphql(
        ESCALATE,
        { caseId, reason: 'Still unhappy', about: true },
        agent,
      );
      expect(refusal(past).code).toBe('CONFLICT');
      expect(refusal(past).message).toMatch(/board's decision is final/);
      expect(await routing.footprint()).toEqual(before);
    });

    it('acknowledging a formal complaint meets its clock and restarts the response clock from now', async () => {
      const answer = await routing.graphql(ACKNOWLEDGE, { caseId }, agent);
      expect(answer.body.errors).toBeUndefined();
      const clocks = Object.fromEntries(
        answer.body.data.acknowledgeCase.deadlines.map((d: any) => [d.clock, d]),
      );
      expect(clocks.FORMAL_ACKNOWLEDGMENT.state).toBe('MET');
      expect(Date.parse(clocks.FORMAL_RESPONSE.dueAt)).toBeGreaterThan(
        Date.now() + 10 * 86_400_000,
      );
      expect(refusal(await routing.graphql(ACKNOWLEDGE, { caseId }, agent)).code).toBe('CONFLICT');
    });

    it('completes once with the disposition for the reporter; completing twice is a conflict that changes nothing', async () => {
      const input = {
        caseId,
        outcome: 'UPHELD',
        disposition: 'We repaired the pothole and apologise for the delay.',
        actionsTaken: 'Pothole filled on 24 November',
        recurrencePrevention: 'Street added to the monthly inspection round',
      };
      const missing = await routing.graphql(
        COMPLETE,
        { input: { ...input, recurrencePrevention: null } },
        agent,
      );
      expect(refusal(missing)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'recurrencePrevention',
      });

      const done = await routing.graphql(COMPLETE, { input }, agent);
      expect(done.body.errors).toBeUndefined();
      expect(done.body.data.completeCase).toMatchObject({
        routingStage: 'COMPLETED',
        outcome: { outcome: 'UPHELD', disposition: input.disposition },
      });
      expect(done.body.data.completeCase.deadlines.every((d: any) => d.metAt !== null)).toBe(true);
      const completed = (await routing.published('case.completed.v1')).filter(
        (e) => e.subject === caseId,
      );
      expect(completed.map((e) => e.data)).toEqual([
        {
          caseId,
          outcome: 'upheld',
          disposition: input.disposition,
          departmentName: 'Public Works',
        },
      ]);
      const statuses = (await routing.published('case.status-changed.v1')).filter(
        (e) => e.subject === caseId,
      );
      expect(statuses.at(-1)!.data).toMatchObject({ status: 'closed', agency: 'routing' });

      const before = await routing.footprint();
      const again = await routing.graphql(COMPLETE, { input }, agent);
      expect(refusal(again).code).toBe('CONFLICT');
      expect(refusal(again).message).toMatch(/already completed/);
      expect(await routing.footprint()).toEqual(before);
    });

    it('takes a written appeal within the window, and refuses one after it naming the problem', async () => {
      const input = {
        caseId,
        outcome: 'NOT_UPHELD',
        disposition: 'The road is not the city’s.',
        reasons: 'State road',
      };
      expect((await routing.graphql(COMPLETE, { input }, agent)).body.errors).toBeUndefined();
      const appealed = await routing.graphql(
        APPEAL,
        { input: { caseId, reasons: 'It is a city road: see the map.', inWriting: true } },
        agent,
      );
      expect(appealed.body.errors).toBeUndefined();
      expect(appealed.body.data.lodgeAppeal).toMatchObject({
        routingStage: 'APPEALED',
        appeal: { reasons: 'It is a city road: see the map.' },
      });
      expect(appealed.body.data.lodgeAppeal.deadlines.map((d: any) => d.clock)).toEqual(
        expect.arrayContaining(['APPEAL_ACKNOWLEDGMENT', 'APPEAL_HEARING_INVITATION']),
      );

      // Acknowledged, a hearing set, and the written result: the case completes again.
      const acknowledged = await routing.graphql(ACKNOWLEDGE, { caseId }, agent);
      expect(acknowledged.body.errors).toBeUndefined();
      const hearingAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const invited = await routing.graphql(
        `mutation($caseId: ID!, $hearingAt: DateTimeISO!) {
          inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) { ${CASE_FIELDS} } }`,
        { caseId, hearingAt },
        agent,
      );
      expect(invited.body.errors).toBeUndefined();
      const clocks = Object.fromEntries(
        invited.body.data.inviteToAppealHearing.deadlines.map((d: any) => [d.clock, d]),
      );
      expect(clocks.APPEAL_ACKNOWLEDGMENT.state).toBe('MET');
      expect(clocks.APPEAL_HEARING_INVITATION.state).toBe('MET');
      expect(clocks.APPEAL_DECISION).toMatchObject({
        state: 'PENDING',
        dueAt: new Date(Date.parse(hearingAt) + 15 * 86_400_000).toISOString(),
      });
      const result = await routing.graphql(
        COMPLETE,
        {
          input: {
            ...input,
            outcome: 'UPHELD',
            actionsTaken: 'Road repaired',
            recurrencePrevention: 'Map corrected',
          },
        },
        agent,
      );
      expect(result.body.data.completeCase.routingStage).toBe('COMPLETED');
      const second = await routing.graphql(
        APPEAL,
        { input: { caseId, reasons: 'Again.', inWriting: true } },
        agent,
      );
      expect(refusal(second).code).toBe('CONFLICT');

      const late = await routing.receive({ kind: 'service_complaint', serviceCode: 'pothole' });
      await routing.routed(late);
      expect(
        (await routing.graphql(COMPLETE, { input: { ...input, caseId: late } }, agent)).body.errors,
      ).toBeUndefined();
      // The outcome was given a month ago.
      await routing.sql(
        `update routed_case set outcome_at = now() - interval '30 days' where id = ?`,
        [late],
      );
      const before = await routing.footprint();
      const refused = await routing.graphql(
        APPEAL,
        { input: { caseId: late, reasons: 'I was away.', inWriting: true } },
        agent,
      );
      expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lodgedAt' });
      expect(refusal(refused).message).toMatch(/appeal window has closed/);
      expect(await routing.footprint()).toEqual(before);
    });
  });

  it('a withdrawal in intake stops the clocks and takes the case off the queue', async () => {
    const caseId = await routing.receive({ serviceCode: 'pothole' });
    await routing.routed(caseId);
    await routing.subgraph.orm.em.fork().transactional(async (em) => {
      routing.subgraph.events.publish(em, {
        type: 'case.status-changed.v1',
        subject: caseId,
        data: { caseId, status: 'withdrawn', agency: 'intake', reason: 'Fixed by a neighbour' },
      });
    });
    await waitFor(
      () => routing.sql(`select routing_stage from routed_case where id = ?`, [caseId]),
      (rows) => rows[0]?.routing_stage === 'withdrawn',
      30_000,
      'the withdrawal',
    );
    expect(await routing.count('deadline', 'case_id = ? and met_at is null', [caseId])).toBe(0);
  });

  it('answers a case it has not received yet with empty routing fields, not an error', async () => {
    const unknown = await read(randomUUID());
    expect(unknown).toMatchObject({
      priority: null,
      department: null,
      deadlines: [],
      routingHistory: [],
    });
  });
});
