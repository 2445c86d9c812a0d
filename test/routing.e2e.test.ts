import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CASE_COMPLETED,
  CASE_STATUS_CHANGED,
  CASE_URGENT_ALERT,
  DEADLINE_BREACHED,
  type EventEnvelope,
} from '@hub/contracts';
import {
  countSql,
  devAuthEnvironment,
  ensureDevKeys,
  provisionSubgraphSchema,
} from '@hub/local-stack';
import { createSubgraph, WorkingDayCalendar, type RunningSubgraph } from '@hub/service-kit';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routingSubgraph } from '../subgraphs/routing/src/routing.subgraph';
import { graphql } from './graphql';
import type { CaseKind, LogCaseInput, SubjectCategory } from './graphql/graphql';
import { logCase as logCaseAs, submitCase } from './support/cases';
import { startMailbox } from './support/mailbox';
import { dataOf, startTestHub, type TestHub } from './support/hub';

const ROUTING = graphql(`
  query RoutingCase($id: ID!) {
    case(id: $id) {
      id
      srNumber
      kind
      priority
      routingStage
      department {
        id
        name
      }
      assignment {
        staff {
          id
        }
      }
      deadlines {
        clock
        dueAt
        state
      }
      outcome {
        outcome
        disposition
      }
      referral {
        agency {
          id
          name
        }
        disposition
      }
      routingHistory {
        action
        reason
      }
    }
  }
`);
const MONITORS = graphql(`
  query RoutingMonitors($id: ID!) {
    department(id: $id) {
      primaryMonitor {
        id
      }
      backupMonitor {
        id
      }
    }
  }
`);
const QUEUE_IDS = graphql(`
  query RoutingQueueIds($departmentId: ID!, $first: Int) {
    departmentQueue(departmentId: $departmentId, first: $first) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const QUEUE = graphql(`
  query RoutingQueue($departmentId: ID!, $first: Int) {
    departmentQueue(departmentId: $departmentId, first: $first) {
      edges {
        node {
          id
          srNumber
          kind
          channel
          receivedAt
          description
          location {
            address
            ward
          }
          priority
          department {
            name
          }
          assignment {
            staff {
              name
            }
          }
          deadlines {
            clock
            dueAt
            state
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ASSIGN = graphql(`
  mutation RoutingAssign($caseId: ID!, $staffId: ID!) {
    assignCase(caseId: $caseId, staffId: $staffId) {
      id
    }
  }
`);
const REROUTE = graphql(`
  mutation RoutingReroute($caseId: ID!, $departmentId: ID!, $reason: String!) {
    rerouteCase(caseId: $caseId, departmentId: $departmentId, reason: $reason) {
      id
    }
  }
`);
const COMPLETE = graphql(`
  mutation RoutingComplete($input: CompleteCaseInput!) {
    completeCase(input: $input) {
      routingStage
    }
  }
`);
const APPEAL = graphql(`
  mutation RoutingLodgeAppeal($input: LodgeAppealInput!) {
    lodgeAppeal(input: $input) {
      id
    }
  }
`);
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

type TopicEvent = EventEnvelope<Record<string, unknown>>;

/** Everything on the hub's topic, as it arrives. */
async function watchTopic(topic: string): Promise<{ events: TopicEvent[]; stop(): Promise<void> }> {
  const consumer: Consumer = new Kafka({
    clientId: 'e2e-routing-reader',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.NOTHING,
  }).consumer({ groupId: `${topic}.reader.${randomUUID()}` });
  const events: TopicEvent[] = [];
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
    await hub?.stop();
    await mailbox?.stop();
  });

  const routing = () => hub.subgraphs.get('routing')!;

  /** A case an agent logs by phone; its id. */
  async function logCase(
    input: Omit<LogCaseInput, 'channel' | 'description'> & Partial<LogCaseInput>,
  ): Promise<string> {
    const logged = await logCaseAs(hub, agent, {
      channel: 'PHONE',
      description: 'Reported by phone',
      location: { address: '1 City Hall Square' },
      ...input,
    });
    return logged.id;
  }

  /** The case through the gateway once routing has received it. */
  async function routed(caseId: string, token = agent) {
    const answer = await waitFor(
      () => hub.query(ROUTING, { id: caseId }, token),
      (a) => a.data?.case?.routingStage != null,
      `case ${caseId} to be routed`,
    );
    return dataOf(answer, 'the routed case').case!;
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
    const { caseId, srNumber, receivedAt } = await submitCase(hub, {
      kind: 'SERVICE_REQUEST',
      serviceCode: 'pothole',
      description: 'A deep pothole outside number 12.',
      location: { latitude: 42.3554, longitude: -71.0655 },
    });
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
      () => topic.events.find((e) => e.type === CASE_STATUS_CHANGED && e.subject === caseId),
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

  it.each<[CaseKind, SubjectCategory | null, string, string | null]>([
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
    expect(found.department?.id).toBe(departmentId);
    if (officeRole) {
      // The office sees its own case.
      const office = await hub.token([officeRole]);
      const seen = dataOf(await hub.query(ROUTING, { id: caseId }, office));
      expect(seen.case?.department?.id).toBe(departmentId);
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
      () => topic.events.find((e) => e.type === CASE_COMPLETED && e.subject === caseId),
      Boolean,
      CASE_COMPLETED,
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
    const monitors = dataOf(await hub.query(MONITORS, { id: 'utilities' }, agent));
    const { primaryMonitor, backupMonitor } = monitors.department!;
    const alerts = await waitFor(
      () => topic.events.filter((e) => e.type === CASE_URGENT_ALERT && e.subject === caseId),
      (list) => list.length > 0,
      'the urgent alert',
    );
    expect(alerts.map((e) => e.data)).toEqual([
      {
        caseId,
        departmentId: 'utilities',
        priority: 'emergency',
        staffIds: [primaryMonitor!.id, backupMonitor!.id],
      },
    ]);
    const rows = await routing()
      .orm.em.fork()
      .execute<{ staff_id: string }[]>(
        `select staff_id from urgent_alert where case_id = ? order by staff_id`,
        [caseId],
      );
    expect(rows.map((row) => row.staff_id).sort()).toEqual(
      [primaryMonitor!.id, backupMonitor!.id].sort(),
    );
  });

  it('publishes a breached deadline exactly once with two routing replicas running', async () => {
    const keys = await ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-replica-keys-')));
    const { url, schema } = await provisionSubgraphSchema(
      process.env.DATABASE_URL!,
      'routing-e2e-routing',
    );
    const replica: RunningSubgraph = await createSubgraph(routingSubgraph, {
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
    try {
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
        topic.events.filter((e) => e.type === DEADLINE_BREACHED && caseIds.includes(e.subject));
      await waitFor(breachesOf, (list) => list.length >= 15, '15 breaches', 60_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000)); // room for a duplicate to show up
      const breaches = breachesOf();
      expect(breaches).toHaveLength(15);
      expect(new Set(breaches.map((e) => e.data.deadlineId)).size).toBe(15);
      const found = await routed(caseIds[0]!);
      expect(found.deadlines.map((d) => d.state)).toEqual(['BREACHED', 'BREACHED', 'BREACHED']);
    } finally {
      // The other tests run against the one routing the hub started.
      await replica.stop();
    }
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
    const page = dataOf(
      await hub.query(QUEUE_IDS, { departmentId: 'transportation', first: 3 }, head),
    );
    for (const edge of page.departmentQueue.edges) {
      const assigned = await hub.query(
        ASSIGN,
        { caseId: edge.node.id, staffId: 'transportation-a' },
        head,
      );
      expect(assigned.errors).toBeUndefined();
    }
    const routingSql = countSql(routing().orm);
    const intakeSql = countSql(hub.subgraphs.get('intake')!.orm);
    try {
      const answer = await hub.query(QUEUE, { departmentId: 'transportation', first: 100 }, head);
      const edges = dataOf(answer).departmentQueue.edges;
      expect(edges).toHaveLength(100);
      expect(edges[0]!.node).toMatchObject({
        kind: 'SERVICE_REQUEST',
        channel: 'PHONE',
        department: { name: 'Transportation' },
      });
      expect(edges.every((edge) => typeof edge.node.srNumber === 'string')).toBe(true);
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
    /** A formal complaint of its own for each test, once routing has routed it. */
    async function routedComplaint(): Promise<string> {
      const caseId = await logCase({ kind: 'SERVICE_COMPLAINT', serviceCode: 'pothole' });
      await routed(caseId);
      return caseId;
    }

    async function refused<Data, Variables>(
      operation: TypedDocumentNode<Data, Variables>,
      variables: NoInfer<Variables>,
      token = agent,
    ) {
      const before = await footprint();
      const answer = await hub.query(operation, variables, token);
      expect(await footprint()).toEqual(before);
      return answer.errors?.[0];
    }

    it('an unknown department', async () => {
      const caseId = await routedComplaint();
      const error = await refused(REROUTE, {
        caseId,
        departmentId: 'roads',
        reason: 'Road works',
      });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
      expect(error?.message).toMatch(/not a department/);
    });

    it("an assignment to another department's staff", async () => {
      const caseId = await routedComplaint();
      const head = await hub.token(['department_head'], { department: 'public-works' });
      const error = await refused(ASSIGN, { caseId, staffId: 'parks-a' }, head);
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffId' });
      expect(error?.message).toMatch(/another department/);
    });

    it('a re-route without a reason', async () => {
      const caseId = await routedComplaint();
      const error = await refused(REROUTE, { caseId, departmentId: 'parks', reason: '' });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    });

    it('completing twice, and an appeal after its window', async () => {
      const caseId = await routedComplaint();
      const completion = {
        input: {
          caseId,
          outcome: 'NOT_UPHELD',
          disposition: 'The repair was scheduled before your report.',
          reasons: 'Already in the plan',
        },
      } as const;
      const first = await hub.query(COMPLETE, completion, agent);
      expect(dataOf(first).completeCase.routingStage).toBe('COMPLETED');
      await waitFor(
        () => topic.events.find((e) => e.type === CASE_COMPLETED && e.subject === caseId),
        Boolean,
        CASE_COMPLETED,
      );
      const twice = await refused(COMPLETE, completion);
      expect(twice?.extensions?.code).toBe('CONFLICT');
      expect(twice?.message).toMatch(/already completed/);

      const appeal = await refused(APPEAL, {
        input: { caseId, reasons: 'It was not repaired.', inWriting: true },
      });
      expect(appeal?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lodgedAt' });
      expect(appeal?.message).toMatch(/appeal window has closed/);
    });
  });
});
