import {
  CASE_COMPLETED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  CASE_URGENT_ALERT,
  type CaseKind,
  type CaseReceivedData,
} from '@hub/contracts';
import { randomUUID } from 'node:crypto';
import { dataOf, ENTITY, entity, RoutingHarness } from './routing-harness';

// What routing does on its own with the facts it hears: a case received is routed by the
// routing table (or closed as out of jurisdiction), a withdrawal stops its clocks.

describe('automatic routing, against real PostgreSQL and Kafka', () => {
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
    return dataOf(answer)._entities[0];
  }

  it('routes a pothole to Public Works from the event alone, with its clock on the working-day calendar', async () => {
    const receivedAt = '2026-11-25T18:00:00.000Z'; // Wed before Thanksgiving, 10:00 in Los Angeles
    const caseId = await routing.routedCase({ serviceCode: 'pothole', receivedAt });
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
      seen.some((e) => e.type === CASE_STATUS_CHANGED && e.subject === caseId),
    );
    const routedEvent = events.find((e) => e.type === CASE_ROUTED && e.subject === caseId)!;
    expect(routedEvent.data).toEqual({
      caseId,
      departmentId: 'public-works',
      departmentName: 'Public Works',
      priority: 'routine',
      previousDepartmentId: null,
      manual: false,
    });
    expect(
      events.find((e) => e.type === CASE_STATUS_CHANGED && e.subject === caseId)!.data,
    ).toEqual({
      caseId,
      status: 'routed',
      agency: 'routing',
      agencyStatus: null,
      reason: null,
    });
  });

  it.each<[CaseKind, CaseReceivedData['subjectCategory'], string]>([
    ['staff_complaint', 'non_sworn_staff', 'human-resources'],
    ['police_conduct', 'sworn_police', 'police-opa'],
    ['police_conduct', 'sworn_fire', 'fire-operations'],
    ['fraud_waste_abuse', 'non_sworn_staff', 'internal-audit'],
    ['charter_officer_complaint', 'charter_officer', 'mayor-pro-tempore'],
    ['civil_rights', null, 'title-vi'],
  ])(
    'a %s about %s reaches %s with the formal clocks',
    async (kind, subjectCategory, departmentId) => {
      const caseId = await routing.routedCase({ kind, subjectCategory });
      const routed = await read(caseId);
      expect(routed?.department?.id).toBe(departmentId);
      expect(routed?.deadlines.map((d) => d.clock).sort()).toEqual([
        'FORMAL_ACKNOWLEDGMENT',
        'FORMAL_RESPONSE',
        'INFORMAL_RESOLUTION',
      ]);
    },
  );

  it('sends a compliment to the head of the service department, assigned to them', async () => {
    const caseId = await routing.routedCase({
      kind: 'compliment',
      serviceCode: 'ground-maintenance',
    });
    const routed = await read(caseId);
    expect(routed).toMatchObject({
      department: { id: 'parks' },
      routingStage: 'ASSIGNED',
      assignment: { staff: { id: 'parks-head' } },
    });
  });

  it('closes a complaint about a council member as out of jurisdiction, with a referral the reporter is told about', async () => {
    const caseId = await routing.routedCase({
      kind: 'service_complaint',
      subjectCategory: 'elected_official',
    });
    const closed = await read(caseId);
    expect(closed).toMatchObject({
      routingStage: 'OUT_OF_JURISDICTION',
      deadlines: [],
      outcome: { outcome: 'OUT_OF_JURISDICTION', appealWindowClosesAt: null },
      referral: { agency: { id: 'ethics-elections-commission' } },
      routingHistory: [{ action: 'REFERRED_OUT_OF_JURISDICTION' }],
    });
    const completed = (await routing.publishedOf(caseId, CASE_COMPLETED))[0]!;
    expect(completed.data).toEqual({
      caseId,
      outcome: 'out_of_jurisdiction',
      disposition: expect.stringContaining('Ethics and Elections Commission'),
      departmentName: '311 Customer Service',
    });
    const status = await routing.publishedOf(caseId, CASE_STATUS_CHANGED);
    expect(status.map((e) => e.data.status)).toEqual(['out_of_jurisdiction']);
  });

  it('alerts the primary and the backup monitor of an emergency at once, one row each', async () => {
    const caseId = await routing.routedCase({ serviceCode: 'water-main-break' });
    const alerts = await routing.publishedOf(caseId, CASE_URGENT_ALERT);
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
    const caseId = await routing.routedCase({ serviceCode: 'pothole' });
    await routing.receive({ caseId, serviceCode: 'parking-enforcement' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await routing.count('routed_case', 'id = ?', [caseId])).toBe(1);
    expect((await read(caseId))?.department?.id).toBe('public-works');
    expect(await routing.count('routing_history', 'case_id = ?', [caseId])).toBe(1);
  });

  it('a withdrawal in intake stops the clocks and takes the case off the queue', async () => {
    const caseId = await routing.routedCase({ serviceCode: 'pothole' });
    // Routing's copy and routing's own file change in the same transaction.
    await routing.statusChangedBy('intake', caseId, 'withdrawn', 'Fixed by a neighbour');
    expect((await routing.routed(caseId)).routing_stage).toBe('withdrawn');
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
