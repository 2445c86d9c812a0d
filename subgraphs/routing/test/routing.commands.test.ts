import {
  CASE_COMPLETED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  CASE_URGENT_ALERT,
} from '@hub/contracts';
import { graphql } from './graphql';
import type { CompleteCaseInput } from './graphql/graphql';
import { dataOf, ENTITY, entity, refusal, RoutingHarness } from './routing-harness';

// The commands a department, an office or an agent takes on a case by hand (GraphQL
// mutations), each on a complaint routed to Public Works for it alone.

const REROUTE = graphql(`
  mutation CommandReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {
    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {
      ...RoutedCaseFields
    }
  }
`);
const ASSIGN = graphql(`
  mutation CommandAssign($caseId: ID!, $staffId: ID!) {
    assignCase(caseId: $caseId, staffId: $staffId) {
      ...RoutedCaseFields
    }
  }
`);
const PRIORITY = graphql(`
  mutation CommandChangePriority($caseId: ID!, $priority: Priority!, $reason: String!) {
    changePriority(caseId: $caseId, priority: $priority, reason: $reason) {
      ...RoutedCaseFields
    }
  }
`);
const ESCALATE = graphql(`
  mutation CommandEscalate($caseId: ID!, $reason: String!, $about: Boolean!) {
    escalateCase(caseId: $caseId, reason: $reason, aboutHeadOfService: $about) {
      ...RoutedCaseFields
    }
  }
`);
const COMPLETE = graphql(`
  mutation CommandComplete($input: CompleteCaseInput!) {
    completeCase(input: $input) {
      ...RoutedCaseFields
    }
  }
`);
const APPEAL = graphql(`
  mutation CommandLodgeAppeal($input: LodgeAppealInput!) {
    lodgeAppeal(input: $input) {
      ...RoutedCaseFields
    }
  }
`);
const ACKNOWLEDGE = graphql(`
  mutation CommandAcknowledge($caseId: ID!) {
    acknowledgeCase(caseId: $caseId) {
      ...RoutedCaseFields
    }
  }
`);
const HEARING = graphql(`
  mutation CommandInviteToAppealHearing($caseId: ID!, $hearingAt: DateTimeISO!) {
    inviteToAppealHearing(caseId: $caseId, hearingAt: $hearingAt) {
      ...RoutedCaseFields
    }
  }
`);
const WORKLOAD = graphql(`
  query CommandDepartmentWorkload($id: ID!) {
    department(id: $id) {
      id
      name
      primaryMonitor {
        id
      }
      backupMonitor {
        id
      }
      staff {
        id
        name
        openAssignments
      }
    }
  }
`);

describe('routing by hand, against real PostgreSQL and Kafka', () => {
  let routing: RoutingHarness;
  let agent: string;

  beforeAll(async () => {
    routing = await RoutingHarness.start('commands');
    agent = await routing.token(['agent']);
  });

  afterAll(async () => {
    await routing?.stop();
  });

  let caseId: string;

  beforeEach(async () => {
    caseId = await routing.routedCase({ kind: 'service_complaint', serviceCode: 'pothole' });
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
    const moved = dataOf(answer).rerouteCase;
    expect(moved.department?.id).toBe('parks');
    expect(moved.routingHistory.at(-1)).toMatchObject({
      action: 'REROUTED',
      reason: 'The pothole is on a park path',
      actor: 'agent-7',
      fromDepartment: { id: 'public-works' },
      toDepartment: { id: 'parks' },
    });
    const routed = await routing.publishedOf(caseId, CASE_ROUTED);
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
    expect(dataOf(right).assignCase).toMatchObject({
      routingStage: 'ASSIGNED',
      assignment: { staff: { id: 'public-works-b', department: { id: 'public-works' } } },
    });
    const workload = await routing.graphql(WORKLOAD, { id: 'public-works' }, head);
    const member = dataOf(workload).department?.staff.find((s) => s.id === 'public-works-b');
    expect(member?.openAssignments).toBeGreaterThanOrEqual(1);
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
      refusal(await routing.graphql(PRIORITY, { caseId, priority: 'EXPEDITED', reason: '' }, head)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const raised = await routing.graphql(
      PRIORITY,
      { caseId, priority: 'EXPEDITED', reason: 'A cyclist fell' },
      head,
    );
    expect(dataOf(raised).changePriority.priority).toBe('EXPEDITED');
    const alerts = await routing.publishedOf(caseId, CASE_URGENT_ALERT);
    expect(alerts.map((e) => e.data.staffIds)).toEqual([['public-works-lead', 'public-works-a']]);
  });

  it('climbs the escalation ladder to the board and refuses to go past it', async () => {
    const levels: (string | undefined)[] = [];
    for (let step = 0; step < 4; step += 1) {
      const answer = await routing.graphql(
        ESCALATE,
        { caseId, reason: 'Still unhappy', about: true },
        agent,
      );
      levels.push(dataOf(answer).escalateCase.escalation?.level);
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
    const clocks = Object.fromEntries(
      dataOf(answer).acknowledgeCase.deadlines.map((d) => [d.clock, d]),
    );
    expect(clocks.FORMAL_ACKNOWLEDGMENT?.state).toBe('MET');
    expect(Date.parse(clocks.FORMAL_RESPONSE!.dueAt)).toBeGreaterThan(Date.now() + 10 * 86_400_000);
    expect(refusal(await routing.graphql(ACKNOWLEDGE, { caseId }, agent)).code).toBe('CONFLICT');
  });

  it('completes once with the disposition for the reporter; completing twice is a conflict that changes nothing', async () => {
    const input: CompleteCaseInput = {
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

    const done = dataOf(await routing.graphql(COMPLETE, { input }, agent)).completeCase;
    expect(done).toMatchObject({
      routingStage: 'COMPLETED',
      outcome: { outcome: 'UPHELD', disposition: input.disposition },
    });
    expect(done.deadlines.every((d) => d.metAt !== null)).toBe(true);
    const completed = await routing.publishedOf(caseId, CASE_COMPLETED);
    expect(completed.map((e) => e.data)).toEqual([
      {
        caseId,
        outcome: 'upheld',
        disposition: input.disposition,
        departmentName: 'Public Works',
      },
    ]);
    const statuses = await routing.publishedOf(caseId, CASE_STATUS_CHANGED);
    expect(statuses.at(-1)!.data).toMatchObject({ status: 'closed', agency: 'routing' });

    const before = await routing.footprint();
    const again = await routing.graphql(COMPLETE, { input }, agent);
    expect(refusal(again).code).toBe('CONFLICT');
    expect(refusal(again).message).toMatch(/already completed/);
    expect(await routing.footprint()).toEqual(before);
  });

  it('takes a written appeal within the window, and refuses one after it naming the problem', async () => {
    const input: CompleteCaseInput = {
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
    const lodged = dataOf(appealed).lodgeAppeal;
    expect(lodged).toMatchObject({
      routingStage: 'APPEALED',
      appeal: { reasons: 'It is a city road: see the map.' },
    });
    expect(lodged.deadlines.map((d) => d.clock)).toEqual(
      expect.arrayContaining(['APPEAL_ACKNOWLEDGMENT', 'APPEAL_HEARING_INVITATION']),
    );

    // Acknowledged, a hearing set, and the written result: the case completes again.
    const acknowledged = await routing.graphql(ACKNOWLEDGE, { caseId }, agent);
    expect(acknowledged.body.errors).toBeUndefined();
    const hearingAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const invited = await routing.graphql(HEARING, { caseId, hearingAt }, agent);
    const clocks = Object.fromEntries(
      dataOf(invited).inviteToAppealHearing.deadlines.map((d) => [d.clock, d]),
    );
    expect(clocks.APPEAL_ACKNOWLEDGMENT?.state).toBe('MET');
    expect(clocks.APPEAL_HEARING_INVITATION?.state).toBe('MET');
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
    expect(dataOf(result).completeCase.routingStage).toBe('COMPLETED');
    const second = await routing.graphql(
      APPEAL,
      { input: { caseId, reasons: 'Again.', inWriting: true } },
      agent,
    );
    expect(refusal(second).code).toBe('CONFLICT');

    const late = await routing.routedCase({ kind: 'service_complaint', serviceCode: 'pothole' });
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
