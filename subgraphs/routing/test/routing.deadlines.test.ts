import { DEADLINE_BREACHED } from '@hub/contracts';
import { dataOf, ENTITY, entity, RoutingHarness, waitFor } from './routing-harness';

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
    const ofTheseCases = <Event extends { subject: string }>(events: Event[]) =>
      events.filter((event) => caseIds.includes(event.subject));
    const breaches = await waitFor(
      async () => ofTheseCases(await routing.published(DEADLINE_BREACHED)),
      (events) => events.length >= 75,
      60_000,
      '75 breaches',
    );
    // Give both schedulers many more rounds to publish a duplicate, if they could.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const again = ofTheseCases(await routing.published(DEADLINE_BREACHED));
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
    const breachesOnTopic = (events: { type: string; subject: string }[]) =>
      ofTheseCases(events.filter((e) => e.type === DEADLINE_BREACHED));
    const onTopic = await routing.readEvents((events) => breachesOnTopic(events).length >= 75);
    expect(breachesOnTopic(onTopic)).toHaveLength(75);
  });

  it('shows a clock past its due time as BREACHED', async () => {
    const agent = await routing.token(['agent']);
    const caseId = await routing.routedCase({
      serviceCode: 'pothole',
      receivedAt: new Date(Date.now() - 30 * DAY).toISOString(),
    });
    const answer = await routing.graphql(ENTITY, entity(caseId), agent);
    expect(dataOf(answer)._entities[0]?.deadlines).toMatchObject([
      { clock: 'INFORMAL_RESOLUTION', state: 'BREACHED' },
    ]);
  });
});
