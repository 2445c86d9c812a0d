import { RoutingHarness, waitFor } from './routing-harness';

const DAY = 86_400_000;

describe('deadline breaches', () => {
  let routing: RoutingHarness;

  beforeAll(async () => {
    routing = await RoutingHarness.start('breaches', { HUB_DEADLINE_SCAN_INTERVAL_MS: '50' });
    await routing.replica();
  });

  afterAll(async () => {
    await routing?.stop();
  });

  it('are published exactly once each with two routing replicas scanning', async () => {
    // Complaints received a month ago: all three clocks of each are already past due.
    const receivedAt = new Date(Date.now() - 40 * DAY).toISOString();
    const caseIds: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      caseIds.push(
        await routing.receive({ kind: 'service_complaint', serviceCode: 'pothole', receivedAt }),
      );
    }
    const breaches = await waitFor(
      () => routing.published('deadline.breached.v1'),
      (events) => events.length >= 75,
      60_000,
      '75 breaches',
    );
    // Give both schedulers many more rounds to publish a duplicate, if they could.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const again = await routing.published('deadline.breached.v1');
    expect(again).toHaveLength(75);
    expect(new Set(again.map((e) => e.data.deadlineId as string)).size).toBe(75);
    expect(new Set(again.map((e) => e.subject))).toEqual(new Set(caseIds));
    expect(breaches[0]!.data).toEqual({
      caseId: expect.any(String),
      deadlineId: expect.any(String),
      clock: expect.stringMatching(/^(informal_resolution|formal_acknowledgment|formal_response)$/),
      dueAt: expect.any(String),
      departmentId: 'public-works',
      priority: 'routine',
    });
    expect(
      await routing.count(
        'deadline',
        'breach_reported_at is null and met_at is null and due_at < now()',
      ),
    ).toBe(0);
    // And they reach Kafka once each.
    const onTopic = await routing.readEvents(
      (events) => events.filter((e) => e.type === 'deadline.breached.v1').length >= 75,
    );
    expect(onTopic.filter((e) => e.type === 'deadline.breached.v1')).toHaveLength(75);
  });

  it('shows a breached clock as BREACHED, and a completed case stops reporting', async () => {
    const agent = await routing.token(['agent']);
    const caseId = await routing.receive({
      serviceCode: 'pothole',
      receivedAt: new Date(Date.now() - 30 * DAY).toISOString(),
    });
    await routing.routed(caseId);
    const answer = await routing.graphql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { deadlines { clock state } } } }`,
      { r: [{ __typename: 'Case', id: caseId }] },
      agent,
    );
    expect(answer.body.data._entities[0].deadlines).toEqual([
      { clock: 'INFORMAL_RESOLUTION', state: 'BREACHED' },
    ]);
  });
});
