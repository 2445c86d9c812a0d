import { countSql, type TypedAnswer } from '@hub/local-stack';
import { graphql } from './graphql';
import type { DepartmentQueueQuery } from './graphql/graphql';
import { dataOf, RoutingHarness, waitFor } from './routing-harness';

const QUEUE = graphql(`
  query DepartmentQueue($departmentId: ID!, $first: Int, $after: String, $filter: QueueFilter) {
    departmentQueue(departmentId: $departmentId, first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          priority
          routingStage
          department {
            id
            name
          }
          assignment {
            staff {
              id
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
        hasPreviousPage
        endCursor
      }
    }
  }
`);
const DIRECTORY = graphql(`
  query DepartmentsAndAgencies {
    departments {
      id
      name
      primaryMonitor {
        id
      }
      backupMonitor {
        id
      }
    }
    agencies {
      id
      kind
      contact
    }
  }
`);

const DAY = 86_400_000;

describe("a department's queue", () => {
  let routing: RoutingHarness;
  let head: string;
  const caseIds: string[] = [];

  beforeAll(async () => {
    routing = await RoutingHarness.start('queue');
    head = await routing.token(['department_head'], { department: 'transportation' });
    // 120 parking cases received over the last days, plus a few for another department.
    const now = Date.now();
    for (let i = 0; i < 120; i += 1) {
      caseIds.push(
        await routing.receive({
          serviceCode: 'parking-enforcement',
          receivedAt: new Date(now - ((i % 40) * DAY) / 4 - i * 1000).toISOString(),
        }),
      );
    }
    await routing.receive({ serviceCode: 'pothole' });
    await waitFor(
      () => routing.count('routed_case', `department_id = 'transportation'`),
      (n) => n === 120,
      60_000,
      'the queue to fill',
    );
  }, 120_000);

  afterAll(async () => {
    await routing?.stop();
  });

  it('lists open cases by the nearest deadline and pages without gaps or repeats', async () => {
    const seen: string[] = [];
    const dues: number[] = [];
    let after: string | null = null;
    for (;;) {
      const answer: TypedAnswer<DepartmentQueueQuery> = await routing.graphql(
        QUEUE,
        { departmentId: 'transportation', first: 50, after },
        head,
      );
      const { edges, pageInfo } = dataOf(answer).departmentQueue;
      for (const edge of edges) {
        seen.push(edge.node.id);
        dues.push(Date.parse(edge.node.deadlines[0]!.dueAt));
        expect(edge.node.department?.id).toBe('transportation');
      }
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen)).toEqual(new Set(caseIds));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
  });

  it('answers 100 cases with their department, assignee and deadlines in one SQL query per table', async () => {
    const counter = countSql(routing.subgraph.orm);
    try {
      const answer = await routing.graphql(
        QUEUE,
        { departmentId: 'transportation', first: 100 },
        head,
      );
      expect(dataOf(answer).departmentQueue.edges).toHaveLength(100);
      const selects = counter.selectsByTable();
      expect(selects.routed_case).toBe(1);
      expect(selects.deadline).toBe(1);
      expect(selects.department ?? 0).toBeLessThanOrEqual(1);
      expect(Object.values(selects).every((n) => n === 1)).toBe(true);
    } finally {
      counter.stop();
    }
  });

  it('filters by priority and refuses more than 100, an unknown department, and another department', async () => {
    const urgent = await routing.graphql(
      QUEUE,
      { departmentId: 'transportation', first: 10, filter: { priorities: ['EMERGENCY'] } },
      head,
    );
    expect(dataOf(urgent).departmentQueue.edges).toEqual([]);
    const tooMany = await routing.graphql(
      QUEUE,
      { departmentId: 'transportation', first: 101 },
      head,
    );
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const unknown = await routing.graphql(QUEUE, { departmentId: 'roads', first: 10 }, head);
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'departmentId',
    });
    const other = await routing.graphql(QUEUE, { departmentId: 'public-works', first: 10 }, head);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists departments with their monitors and agencies with their contact', async () => {
    const { departments, agencies } = dataOf(await routing.graphql(DIRECTORY, {}, head));
    expect(departments).toContainEqual({
      id: 'public-works',
      name: 'Public Works',
      primaryMonitor: { id: 'public-works-lead' },
      backupMonitor: { id: 'public-works-a' },
    });
    expect(agencies.map((a) => a.id)).toEqual(
      expect.arrayContaining(['wsdot-oecr', 'fhwa', 'fta', 'us-doj', 'county', 'state']),
    );
  });
});
