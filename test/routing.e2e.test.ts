import {
  countSql,
  devAuthEnvironment,
  ensureDevKeys,
  provisionSubgraphSchema,
} from '@hub/local-stack';
import {
  createSubgraph,
  WorkingDayCalendar,
  type EventEnvelope,
  type RunningSubgraph,
} from '@hub/service-kit';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routingSubgraph } from '../subgraphs/routing/src/routing.subgraph';
import { startMailbox } from './support/mailbox';
import { startTestHub, type TestHub } from './support/hub';

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { caseId srNumber receivedAt } }`;
const LOG = `mutation($input: LogCaseInput!) { logCase(input: $input) { id srNumber receivedAt } }`;
const ROUTING = `query($id: ID!) { case(id: $id) {
  id srNumber kind
  priority routingStage
  department { id name }
  assignment { staff { id } }
  deadlines { clock dueAt state }
  outcome { outcome disposition }
  referral { agency { id name } disposition }
  routingHistory { action reason }
} }`;
const DAY = 86_400_000;

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
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Everything on the hub's topic, as it arrives. */
async function watchTopic(
  topic: string,
): Promise<{ events: EventEnvelope[]; stop(): Promise<void> }> {
  const consumer: Consumer = new Kafka({
    clientId: 'e2e-routing-reader',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  }).consumer({ groupId: `${topic}.reader.${randomUUID()}` });
  const events: EventEnvelope[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) =>
      void events.push(JSON.parse(message.value!.toString('utf8'))),
  });
  return { events, stop: () => consumer.disconnect() };
}

describe('routing through the gateway', () => {
  let hub: TestHub;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let topic: Awaited<ReturnType<typeof watchTopic>>;
  let agent: string;
  let replica: RunningSubgraph | null = null;

  beforeAll(async () => {
    mailbox = await startMailbox();
    hub = await startTestHub({
      subgraphs: ['intake', 'routing'],
      label: 'e2e-routing',
      extraEnvironment: {
        intake: { HUB_SMTP_URL: mailbox.url },
        // Appeals close at the outcome itself, so a late appeal is easy to make.
        routing: { HUB_DEADLINE_SCAN_INTERVAL_MS: '100', HUB_DEADLINE_APPEAL_LODGING_DAYS: '0' },
      },
    });
    agent = await hub.token(['agent']);
    topic = await watchTopic(hub.topic);
  });

  afterAll(async () => {
    await topic?.stop();
    await replica?.stop();
    await hub?.stop();
    await mailbox?.stop();
  });

  const routing = () => hub.subgraphs.get('routing')!;

  async function logCase(input: Record<string, unknown>): Promise<string> {
    const answer = await hub.query(
      LOG,
      {
        input: {
          channel: 'PHONE',
          description: 'Reported by phone',
          location: { address: '1 City Hall Square' },
          ...input,
        },
      },
      agent,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data.logCase.id;
  }

  /** The case through the gateway once routing has received it. */
  async function routed(caseId: string, token = agent) {
    const answer = await waitFor(
      () => hub.query(ROUTING, { id: caseId }, token),
      (a) => a.data?.case?.routingStage != null,
      `case ${caseId} to be routed`,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data.case;
  }

  async function footprint() {
    const [row] = await routing()
      .orm.em.fork()
      .execute<Record<string, string>[]>(
        `select (select count(*) from routed_case) as cases, (select count(*) from routing_history) as history,
              (select count(*) from deadline) as deadlines, (select count(*) from outbox_message) as outbox,
              (select max(updated_at)::text from routed_case) as latest`,
      );
    return row;
  }

  it('routes a pothole submitted through intake to Public Works by the event flow alone, with due dates on the calendar', async () => {
    const submitted = await hub.query(SUBMIT, {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'SERVICE_REQUEST',
        serviceCode: 'pothole',
        description: 'A deep pothole outside number 12.',
        location: { latitude: 42.3554, longitude: -71.0655 },
      },
    });
    expect(submitted.errors).toBeUndefined();
    const { caseId, srNumber, receivedAt } = submitted.data.submitCase;
    const found = await routed(caseId);
    const calendar = new WorkingDayCalendar({ timeZone: 'America/Los_Angeles' });
    expect(found).toMatchObject({
      srNumber,
      kind: 'SERVICE_REQUEST',
      priority: 'ROUTINE',
      routingStage: 'ROUTED',
      department: { id: 'public-works', name: 'Public Works' },
      deadlines: [
        {
          clock: 'INFORMAL_RESOLUTION',
          dueAt: calendar.addWorkingDays(new Date(receivedAt), 10).toISOString(),
          state: 'PENDING',
        },
      ],
    });
    const status = await waitFor(
      () => topic.events.find((e) => e.type === 'case.status-changed.v1' && e.subject === caseId),
      Boolean,
      'the routed status',
    );
    expect(status!.data).toEqual({
      caseId,
      status: 'routed',
      agency: 'routing',
      agencyStatus: null,
      reason: null,
    });
  });

  it.each([
    ['STAFF_COMPLAINT', 'NON_SWORN_STAFF', 'human-resources', 'hr'],
    ['POLICE_CONDUCT', 'SWORN_POLICE', 'police-opa', 'opa'],
    ['POLICE_CONDUCT', 'SWORN_FIRE', 'fire-operations', null],
    ['FRAUD_WASTE_ABUSE', 'NON_SWORN_STAFF', 'internal-audit', 'audit'],
    ['CHARTER_OFFICER_COMPLAINT', 'CHARTER_OFFICER', 'mayor-pro-tempore', null],
    ['CIVIL_RIGHTS', null, 'title-vi', 'title_vi_coordinator'],
    ['COMPLIMENT', null, 'city-manager', null],
  ])('a %s about %s reaches %s', async (kind, subjectCategory, departmentId, officeRole) => {
    const caseId = await logCase({ kind, subjectCategory });
    const found = await routed(caseId);
    expect(found.department.id).toBe(departmentId);
    if (officeRole) {
      // The office sees its own case.
      const office = await hub.token([officeRole]);
      const seen = await hub.query(ROUTING, { id: caseId }, office);
      expect(seen.errors).toBeUndefined();
      expect(seen.data.case.department.id).toBe(departmentId);
    }
  });

  it('closes a complaint about a council member as out of jurisdiction, referring the reporter to the right body', async () => {
    const caseId = await logCase({
      kind: 'SERVICE_COMPLAINT',
      subjectCategory: 'ELECTED_OFFICIAL',
    });
    const found = await routed(caseId);
    expect(found).toMatchObject({
      routingStage: 'OUT_OF_JURISDICTION',
      deadlines: [],
      outcome: { outcome: 'OUT_OF_JURISDICTION' },
      referral: {
        agency: { id: 'ethics-elections-commission', name: 'Ethics and Elections Commission' },
      },
    });
    const completed = await waitFor(
      () => topic.events.find((e) => e.type === 'case.completed.v1' && e.subject === caseId),
      Boolean,
      'case.completed.v1',
    );
    expect(completed!.data).toEqual({
      caseId,
      outcome: 'out_of_jurisdiction',
      disposition: expect.stringContaining('Ethics and Elections Commission'),
      departmentName: '311 Customer Service',
    });
  });

  it("alerts an emergency to the department's primary and backup monitors at once", async () => {
    const caseId = await logCase({ kind: 'SERVICE_REQUEST', serviceCode: 'water-main-break' });
    const found = await routed(caseId);
    expect(found.priority).toBe('EMERGENCY');
    const monitors = await hub.query(
      `{ department(id: "utilities") { primaryMonitor { id } backupMonitor { id } } }`,
      {},
      agent,
    );
    const { primaryMonitor, backupMonitor } = monitors.data.department;
    const alerts = await waitFor(
      () => topic.events.filter((e) => e.type === 'case.urgent-alert.v1' && e.subject === caseId),
      (list) => list.length > 0,
      'the urgent alert',
    );
    expect(alerts.map((e) => e.data)).toEqual([
      {
        caseId,
        departmentId: 'utilities',
        priority: 'emergency',
        staffIds: [primaryMonitor.id, backupMonitor.id],
      },
    ]);
    const rows = await routing()
      .orm.em.fork()
      .execute<{ staff_id: string }[]>(
        `select staff_id from urgent_alert where case_id = ? order by staff_id`,
        [caseId],
      );
    expect(rows.map((row) => row.staff_id).sort()).toEqual(
      [primaryMonitor.id, backupMonitor.id].sort(),
    );
  });

  it('publishes a breached deadline exactly once with two routing replicas running', async () => {
    const keys = await ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-replica-keys-')));
    const { url, schema } = await provisionSubgraphSchema(
      process.env.DATABASE_URL!,
      'routing-e2e-routing',
    );
    replica = await createSubgraph(routingSubgraph, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS!,
      HUB_EVENTS_TOPIC: hub.topic,
      HUB_RUN_MIGRATIONS: 'false',
      HUB_DEADLINE_SCAN_INTERVAL_MS: '100',
      ...devAuthEnvironment(keys),
    });
    // A formal complaint logged with its real receipt date, six weeks ago: all three clocks are past.
    const caseIds: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      caseIds.push(
        await logCase({
          kind: 'SERVICE_COMPLAINT',
          serviceCode: 'missed-trash-pickup',
          receivedAt: new Date(Date.now() - 42 * DAY).toISOString(),
        }),
      );
    }
    const breachesOf = () =>
      topic.events.filter((e) => e.type === 'deadline.breached.v1' && caseIds.includes(e.subject));
    await waitFor(breachesOf, (list) => list.length >= 15, '15 breaches', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // room for a duplicate to show up
    const breaches = breachesOf();
    expect(breaches).toHaveLength(15);
    expect(new Set(breaches.map((e) => e.data.deadlineId)).size).toBe(15);
    const found = await routed(caseIds[0]!);
    expect(found.deadlines.map((d: any) => d.state)).toEqual(['BREACHED', 'BREACHED', 'BREACHED']);
  });

  it("answers a department's queue of 100 cases with their intake fields in one SQL query per table", async () => {
    for (let i = 0; i < 100; i += 1) {
      await logCase({
        kind: 'SERVICE_REQUEST',
        serviceCode: 'parking-enforcement',
        description: `Car on the curb ${i}`,
      });
    }
    const head = await hub.token(['department_head'], { department: 'transportation' });
    const QUEUE = `query($first: Int) { departmentQueue(departmentId: "transportation", first: $first) {
      edges { node { id srNumber kind channel receivedAt description location { address ward }
        priority department { name } assignment { staff { name } } deadlines { clock dueAt state } } }
      pageInfo { hasNextPage endCursor } } }`;
    await waitFor(
      async () => {
        const [row] = await routing()
          .orm.em.fork()
          .execute<{ n: string }[]>(
            `select count(*) as n from routed_case where department_id = 'transportation'`,
          );
        return Number(row?.n);
      },
      (n) => n >= 100,
      'the 100 cases to be routed',
      60_000,
    );
    // A few of them worked by staff, so the assignees are read too.
    const page = await hub.query(
      `{ departmentQueue(departmentId: "transportation", first: 3) { edges { node { id } } } }`,
      {},
      head,
    );
    for (const edge of page.data.departmentQueue.edges) {
      const assigned = await hub.query(
        `mutation($id: ID!) { assignCase(caseId: $id, staffId: "transportation-a") { id } }`,
        { id: edge.node.id },
        head,
      );
      expect(assigned.errors).toBeUndefined();
    }
    const routingSql = countSql(routing().orm);
    const intakeSql = countSql(hub.subgraphs.get('intake')!.orm);
    try {
      const answer = await hub.query(QUEUE, { first: 100 }, head);
      expect(answer.errors).toBeUndefined();
      const edges = answer.data.departmentQueue.edges;
      expect(edges).toHaveLength(100);
      expect(edges[0].node).toMatchObject({
        kind: 'SERVICE_REQUEST',
        channel: 'PHONE',
        department: { name: 'Transportation' },
      });
      expect(edges.every((edge: any) => typeof edge.node.srNumber === 'string')).toBe(true);
      const intake = intakeSql.selectsByTable();
      const routed = routingSql.selectsByTable();
      expect(intake.case_record).toBe(1);
      expect(routed.routed_case).toBe(1);
      expect(routed.deadline).toBe(1);
      expect(routed.department ?? 1).toBe(1);
      expect(routed.staff_member).toBe(1);
      for (const [table, count] of Object.entries({ ...intake, ...routed })) {
        expect(`${table}: ${count}`).toBe(`${table}: 1`);
      }
    } finally {
      routingSql.stop();
      intakeSql.stop();
    }
  });

  describe('bad input is refused with the problem named, and nothing changes', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = await logCase({ kind: 'SERVICE_COMPLAINT', serviceCode: 'pothole' });
      await routed(caseId);
    });

    async function refused(query: string, variables: Record<string, unknown>, token = agent) {
      const before = await footprint();
      const answer = await hub.query(query, variables, token);
      expect(await footprint()).toEqual(before);
      return answer.errors?.[0];
    }

    it('an unknown department', async () => {
      const error = await refused(
        `mutation { rerouteCase(caseId: "${caseId}", departmentId: "roads", reason: "Road works") { id } }`,
        {},
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
      expect(error?.message).toMatch(/not a department/);
    });

    it("an assignment to another department's staff", async () => {
      const head = await hub.token(['department_head'], { department: 'public-works' });
      const error = await refused(
        `mutation { assignCase(caseId: "${caseId}", staffId: "parks-a") { id } }`,
        {},
        head,
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffId' });
      expect(error?.message).toMatch(/another department/);
    });

    it('a re-route without a reason', async () => {
      const error = await refused(
        `mutation { rerouteCase(caseId: "${caseId}", departmentId: "parks", reason: "") { id } }`,
        {},
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    });

    it('completing twice, and an appeal after its window', async () => {
      const COMPLETE = `mutation { completeCase(input: { caseId: "${caseId}", outcome: NOT_UPHELD,
        disposition: "The repair was scheduled before your report.", reasons: "Already in the plan" }) { routingStage } }`;
      const first = await hub.query(COMPLETE, {}, agent);
      expect(first.errors).toBeUndefined();
      expect(first.data.completeCase.routingStage).toBe('COMPLETED');
      await waitFor(
        () => topic.events.find((e) => e.type === 'case.completed.v1' && e.subject === caseId),
        Boolean,
        'case.completed.v1',
      );
      const twice = await refused(COMPLETE, {});
      expect(twice?.extensions?.code).toBe('CONFLICT');
      expect(twice?.message).toMatch(/already completed/);

      const appeal = await refused(
        `mutation { lodgeAppeal(input: { caseId: "${caseId}", reasons: "It was not repaired.", inWriting: true }) { id } }`,
        {},
      );
      expect(appeal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lodgedAt' });
      expect(appeal?.message).toMatch(/appeal window has closed/);
    });
  });
});
