import { CASE_STATUS_CHANGED } from '@hub/contracts';
import { waitFor, type GraphqlReply, type SubgraphProcesses } from '@hub/local-stack';
import { HybridLogicalClock, createEnvelope, deadLetterTopicOf } from '@hub/service-kit';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  HubClients,
  KitStatusWriter,
  WORKING_STATUSES,
  auditCopies,
  buildHub,
  expectConverged,
  expectNoErrors,
  historyEntries,
  inParallel,
  lastWriter,
  runLabel,
  startFleet,
  takeFleetTurn,
  waitForCopies,
  writtenChanges,
  type WrittenChange,
} from './support/status-sync';

// The agencies' status copies through faults: a consumer killed mid-batch, two agencies
// changing one case at the same moment, and events no consumer can apply. The six subgraphs
// run as separate processes (SIGKILL is real) on the run's Kafka broker, with a topic,
// consumer groups and a database of this file's own.

const KIT_WRITERS = ['hr', 'police-referrals', 'internal-audit'];
const DEPARTMENTS = ['parks', 'transportation', 'public-works', 'utilities'];

describe('status copies through faults of consumers and events', () => {
  const label = runLabel('sync_faults');
  let fleet: SubgraphProcesses | undefined;
  let clients: HubClients;
  const writers = new Map<string, KitStatusWriter>();
  const TESTS = 3;
  let passed = 0;
  let releaseTurn: (() => void) | undefined;
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);

  beforeAll(async () => {
    releaseTurn = await takeFleetTurn();
    buildHub();
    fleet = await startFleet(label, brokers);
    await Promise.all(fleet.names.map((name) => fleet!.start(name)));
    clients = await HubClients.of(fleet);
    for (const name of KIT_WRITERS) writers.set(name, await KitStatusWriter.open(fleet, name));
  }, 900_000);

  afterAll(async () => {
    try {
      await Promise.all([...writers.values()].map((writer) => writer.close().catch(() => {})));
      // A failed test leaves the processes' logs in .hub/status-sync for whoever looks into it.
      await fleet?.stopAll({ keepLogs: passed < TESTS });
    } finally {
      releaseTurn?.();
    }
  }, 120_000);

  /** New cases through intake, once routing has routed each of them. */
  async function newRoutedCases(count: number): Promise<string[]> {
    const hub = fleet!;
    const caseIds: string[] = [];
    await inParallel(
      Array.from({ length: count }, (_, n) => n),
      6,
      async (n) => {
        caseIds[n] = await clients.submitCase(n);
      },
    );
    await waitFor(
      async () => {
        const { rows } = await hub.sql.query<{ n: number }>(
          `select count(distinct envelope->'data'->>'caseId')::int as n
             from "${hub.info('routing').schema}".outbox_message
            where event_type = $1 and envelope->'data'->>'caseId' = any($2::text[])`,
          [CASE_STATUS_CHANGED, caseIds],
        );
        return rows[0]!.n;
      },
      (routed) => routed === count,
      120_000,
      `routing to route ${count} new cases`,
    );
    return caseIds;
  }

  /** Every copy holds every change written so far, once, and the same current status. */
  async function expectEveryCopyConverges(): Promise<WrittenChange[]> {
    const hub = fleet!;
    const written = await writtenChanges(hub);
    await waitForCopies(hub, hub.names, written.length, 300_000);
    expectConverged(await auditCopies(hub, hub.names, written), written);
    return written;
  }

  it('a consumer process killed (SIGKILL) while it applies a burst restarts and converges with no duplicate history entries', async () => {
    const hub = fleet!;
    const caseIds = await newRoutedCases(40);
    await expectEveryCopyConverges();
    const victim = 'hr';
    const before = await historyEntries(hub, victim);

    // A steady stream of changes from two other subgraphs; HR's process is killed while its
    // consumer is applying them (its copy grows only through its consumer here), and the stream
    // goes on for a while after.
    const others = KIT_WRITERS.filter((name) => name !== victim);
    let written = 0;
    let committed = 0;
    let killed = false;
    const writing = inParallel([0, 1, 2], 3, async () => {
      for (let afterKill = 0; afterKill < 100; afterKill += killed ? 1 : 0) {
        const n = written++;
        if (n > 5_000) throw new Error(`${victim} never started applying the changes`);
        await writers
          .get(others[n % others.length]!)!
          .change(
            caseIds[n % caseIds.length]!,
            WORKING_STATUSES[(n * 3) % WORKING_STATUSES.length]!,
          );
        committed += 1;
      }
    });
    await waitFor(
      async () => (await historyEntries(hub, victim)) - before,
      (applied) => applied >= 30,
      120_000,
      `${victim} to start applying the changes`,
    );
    const pid = hub.pid(victim);
    await hub.kill(victim, 'SIGKILL');
    killed = true;
    const writtenAtKill = committed;
    const appliedAtKill = (await historyEntries(hub, victim)) - before;
    expect(hub.isRunning(victim)).toBe(false);
    expect(appliedAtKill).toBeGreaterThan(0);
    expect(appliedAtKill).toBeLessThan(writtenAtKill); // killed in the middle, not after

    await writing;
    expect(written).toBeGreaterThanOrEqual(writtenAtKill + 300);
    await hub.start(victim);
    expect(hub.pid(victim)).not.toBe(pid);

    await expectEveryCopyConverges();
    const { rows } = await hub.sql.query<{ n: number }>(
      `select count(*)::int as n from (
         select event_id from "${hub.info(victim).schema}".inbox_event
          group by event_id having count(*) > 1) doubled`,
    );
    expect(rows[0]!.n).toBe(0);
    passed += 1;
  }, 600_000);

  it('two agencies changing the same case at the same moment converge on one final status in every copy, with both changes in the history', async () => {
    const hub = fleet!;
    const caseIds = await newRoutedCases(20);
    await expectEveryCopyConverges();

    // Intake (the reporter withdraws) and routing (an agent re-routes) at the same moment.
    // A few pairs at a time: PostgreSQL's connections are shared with the rest of the suite.
    const outcomes: { caseId: string; withdrawn: GraphqlReply; rerouted: GraphqlReply }[] = [];
    await inParallel(caseIds, 3, async (caseId, n) => {
      const [withdrawn, rerouted] = await Promise.all([
        clients.withdraw(caseId),
        clients.reroute(caseId, DEPARTMENTS[n % DEPARTMENTS.length]!),
      ]);
      outcomes.push({ caseId, withdrawn, rerouted });
    });
    for (const { caseId, withdrawn } of outcomes) expectNoErrors(withdrawn, `withdraw ${caseId}`);
    // Routing refuses (CONFLICT) only a case it already heard was withdrawn: then it was not the
    // same moment. Anything else (a 500) is a failure the agent would see.
    const both = outcomes.filter(({ rerouted }) => !rerouted.errors?.length);
    const refusals = outcomes
      .filter((outcome) => !both.includes(outcome))
      .map(({ caseId, rerouted }) => ({
        caseId,
        code: rerouted.errors?.[0]?.extensions?.code,
        message: rerouted.errors?.[0]?.message,
      }));
    expect(refusals.filter((refusal) => refusal.code !== 'CONFLICT')).toEqual([]);
    expect(both.length).toBeGreaterThanOrEqual(caseIds.length / 2);

    const written = await expectEveryCopyConverges();
    for (const { caseId } of both) {
      const withdrawal = written.filter(
        (change) =>
          change.caseId === caseId && change.writer === 'intake' && change.status === 'withdrawn',
      );
      const routings = written.filter(
        (change) =>
          change.caseId === caseId && change.writer === 'routing' && change.status === 'routed',
      );
      expect(withdrawal).toHaveLength(1);
      expect(routings).toHaveLength(2); // routed on arrival, then re-routed
      const concurrent = [
        withdrawal[0]!.eventId,
        routings
          .map((r) => r.eventId)
          .sort()
          .pop()!,
      ];
      const { rows } = await hub.sql.query<{ copy: string; status: string; held: number }>(
        hub.names
          .map(
            (name) =>
              `select '${name}' as copy,
                      (select status from "${hub.info(name).schema}".case_status
                        where case_id = $1) as status,
                      (select count(*)::int from "${hub.info(name).schema}".case_status_history
                        where case_id = $1 and event_id = any($2::uuid[])) as held`,
          )
          .join(' union all '),
        [caseId, concurrent],
      );
      expect(rows.map((row) => row.held)).toEqual(hub.names.map(() => 2));
      expect(new Set(rows.map((row) => row.status)).size).toBe(1);
      expect(['withdrawn', 'routed']).toContain(rows[0]!.status);
    }
    passed += 1;
  }, 600_000);

  it('an event of an unknown type, one that is not JSON and one that breaks its contract go to the dead-letter topic, and the events behind them are applied everywhere', async () => {
    const hub = fleet!;
    const [caseId] = await newRoutedCases(1);
    const kafka = new Kafka({ clientId: 'status-sync-test', brokers, logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    const clock = new HybridLogicalClock();
    const source = `${hub.jurisdiction}/somewhere-else`;
    const unknownType = createEnvelope(
      { type: 'case.teleported.v1', subject: caseId!, data: { caseId } },
      source,
      clock,
    );
    const brokenContract = createEnvelope(
      // a status change without its status
      { type: CASE_STATUS_CHANGED, subject: caseId!, data: { caseId, agency: 'nobody' } },
      source,
      clock,
    );
    const notJson = `{"id": "${randomUUID()}", "type": "${CASE_STATUS_CHANGED}", `;
    try {
      // Same key as the case's own events: the same partition, in front of the ones below.
      await producer.send({
        topic: hub.topic,
        acks: -1,
        messages: [
          { key: caseId!, value: JSON.stringify(unknownType) },
          { key: caseId!, value: notJson },
          { key: caseId!, value: JSON.stringify(brokenContract) },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    // Valid changes behind them, from a mutation and from a writer.
    const after = await clients.reroute(caseId!, 'parks');
    expectNoErrors(after, 'reroute after the bad events');
    await writers.get('police-referrals')!.change(caseId!, WORKING_STATUSES[0]!);

    const groups = hub.names.map((name) => `${hub.jurisdiction}.${name}`);
    const expected = [
      ['unknown-type', JSON.stringify(unknownType)],
      ['unparseable', notJson],
      ['invalid', JSON.stringify(brokenContract)],
    ] as const;
    const letters = await readDeadLetters(
      kafka,
      deadLetterTopicOf(hub.topic),
      (seen) => seen.length >= expected.length * groups.length,
    );
    const summary = letters
      .map((letter) => `${letter.reason} ${letter.consumer} ${letter.value}`)
      .sort();
    expect(summary).toEqual(
      expected
        .flatMap(([reason, value]) => groups.map((group) => `${reason} ${group} ${value}`))
        .sort(),
    );
    for (const letter of letters) {
      expect(letter.key).toBe(caseId);
      expect(letter.originalTopic).toBe(hub.topic);
      expect(letter.error.length).toBeGreaterThan(0);
    }

    const written = await expectEveryCopyConverges();
    const last = lastWriter(written.filter((change) => change.caseId === caseId));
    expect(last.writer).toBe('police-referrals');
    for (const name of hub.names) {
      const { rows } = await hub.sql.query<{ event_id: string }>(
        `select event_id from "${hub.info(name).schema}".case_status where case_id = $1`,
        [caseId],
      );
      expect({ name, current: rows[0]?.event_id }).toEqual({ name, current: last.eventId });
    }
    passed += 1;
  }, 300_000);
});

interface DeadLetter {
  readonly key: string | undefined;
  readonly value: string;
  readonly reason: string;
  readonly error: string;
  readonly consumer: string;
  readonly originalTopic: string;
}

/** Reads the dead-letter topic from the start until `done`; fails after two minutes. */
async function readDeadLetters(
  kafka: Kafka,
  topic: string,
  done: (seen: DeadLetter[]) => boolean,
): Promise<DeadLetter[]> {
  const consumer = kafka.consumer({ groupId: `status-sync-reader-${randomUUID()}` });
  const seen: DeadLetter[] = [];
  const header = (headers: IHeaders | undefined, name: string) => headers?.[name]?.toString() ?? '';
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`dead letters so far: ${JSON.stringify(seen, null, 1)}`)),
        120_000,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push({
              key: message.key?.toString(),
              value: message.value?.toString('utf8') ?? '',
              reason: header(message.headers, 'hub-dead-letter-reason'),
              error: header(message.headers, 'hub-dead-letter-error'),
              consumer: header(message.headers, 'hub-dead-letter-consumer'),
              originalTopic: header(message.headers, 'hub-original-topic'),
            });
            if (done(seen)) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
