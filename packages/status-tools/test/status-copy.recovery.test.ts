import { SubgraphHarness, testEnvironment, testKafka, waitFor } from '@hub/local-stack';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  type CaseStatus,
  type EventEnvelope,
  STATUS_TRANSITIONS,
} from '@hub/contracts';
import {
  createEnvelope,
  HybridLogicalClock,
  recordStatusChange,
  type SubgraphDefinition,
} from '@hub/service-kit';
import { Query, Resolver } from 'type-graphql';
import { compareStatusCopies, rebuildStatusCopies, runStatusCommand } from '../src';

/** A subgraph with nothing of its own: the kit's status copy is all these tests look at. */
@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

// Two subgraphs' status copies fed by one topic, on which several agencies' events arrive out of
// order and more than once, with a few an agency's consumer refuses.

const definition: SubgraphDefinition<unknown> = {
  name: 'recovery',
  resolvers: [PingResolver],
};
const ORIGINS = ['test-city/routing', 'test-city/human-resources', 'test-city/police-referrals'];
const WORKING = ['acknowledged', 'routed', 'assigned', 'in_progress', 'awaiting_information'];
const REASON = 'the records request is with the clerk';

/** The same scramble on every run. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const copy = [...items];
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function received(caseId: string, clock: HybridLogicalClock): EventEnvelope {
  return createEnvelope(
    {
      type: CASE_RECEIVED,
      subject: caseId,
      data: {
        caseId,
        srNumber: 'SR-26-0000-0001',
        kind: 'service_request',
        channel: 'web',
        subjectCategory: 'city_service',
        serviceCode: 'pothole',
        ward: '3',
        latitude: null,
        longitude: null,
        receivedAt: new Date().toISOString(),
        language: 'en',
        councilOffice: null,
        receivingDepartment: null,
        hasEmail: false,
        anonymous: true,
      },
    },
    'test-city/intake',
    clock,
  ) as unknown as EventEnvelope;
}

function statusChanged(
  caseId: string,
  status: string,
  origin: string,
  clock: HybridLogicalClock,
): EventEnvelope {
  return createEnvelope(
    {
      type: CASE_STATUS_CHANGED,
      subject: caseId,
      data: { caseId, status, agency: origin.split('/')[1]!, agencyStatus: 'open', reason: REASON },
    },
    origin,
    clock,
  ) as unknown as EventEnvelope;
}

interface Traffic {
  readonly messages: { key: string; value: string }[];
  /** Distinct status changes the copies must hold. */
  readonly changes: number;
  readonly cases: string[];
}

/** ~6 changes for each case from several agencies, two at the same clock, shuffled, some twice. */
function statusTraffic(caseCount: number): Traffic {
  const clocks = ORIGINS.map(() => new HybridLogicalClock());
  const cases = Array.from({ length: caseCount }, () => randomUUID());
  const events: EventEnvelope[] = [];
  cases.forEach((caseId, index) => {
    events.push(received(caseId, clocks[0]!));
    for (let step = 0; step < 5; step += 1) {
      const origin = (index + step) % ORIGINS.length;
      events.push(statusChanged(caseId, WORKING[step]!, ORIGINS[origin]!, clocks[origin]!));
    }
    if (index % 10 === 0) {
      // Two agencies at the same moment: the clock ties and the origin decides.
      const first = statusChanged(caseId, 'resolved', ORIGINS[1]!, clocks[1]!);
      events.push(first, {
        ...statusChanged(caseId, 'closed', ORIGINS[2]!, clocks[2]!),
        hlc: first.hlc,
      });
    }
  });
  const changes = events.length;
  const duplicates = events.filter((_, index) => index % 7 === 0);
  const messages = shuffled([...events, ...duplicates]).map((event) => ({
    key: event.subject,
    value: JSON.stringify(event),
  }));
  return { messages, changes, cases };
}

describe('recovery of the status copies', () => {
  let first: SubgraphHarness<undefined>;
  let second: SubgraphHarness<undefined>;
  let producer: Producer;
  let sql: Client;
  const { brokers, databaseUrl } = testEnvironment();
  const schemas = ['recovery_first', 'recovery_second'];
  const traffic = statusTraffic(50);
  /** Messages the consumers refuse or ignore; a rebuild must skip the same ones. */
  const clock = new HybridLogicalClock();
  const notStatus = createEnvelope(
    {
      type: CASE_COMPLETED,
      subject: traffic.cases[0]!,
      data: {
        caseId: traffic.cases[0]!,
        outcome: 'resolved',
        disposition: 'filled',
        departmentName: 'Streets',
      },
    },
    'test-city/routing',
    clock,
  );
  const refused = [
    { key: 'x', value: '{"not json' },
    { key: 'x', value: JSON.stringify({ ...notStatus, type: 'case.vanished.v1' }) },
    // A word outside the vocabulary, and a case id that is no uuid: both dead-lettered.
    {
      key: 'x',
      value: JSON.stringify(statusChanged(traffic.cases[1]!, 'lost', ORIGINS[0]!, clock)),
    },
    { key: 'x', value: JSON.stringify(statusChanged('case-7', 'closed', ORIGINS[0]!, clock)) },
    { key: notStatus.subject, value: JSON.stringify(notStatus) },
  ];

  const copyOf = async (harness: SubgraphHarness<undefined>) => {
    const [row] = await harness.sql<{ status: string; history: string }>(
      `select (select string_agg(c::text, E'\\n' order by c.case_id) from case_status c) as status,
              (select string_agg(h::text, E'\\n' order by h.event_id) from case_status_history h)
                as history`,
    );
    return row!;
  };
  const historyCount = (harness: SubgraphHarness<undefined>) =>
    harness.count('case_status_history');
  const bothHold = async (changes: number) => {
    await waitFor(
      async () => [await historyCount(first), await historyCount(second)],
      (counts) => counts.every((count) => count === changes),
      60_000,
      `${changes} history entries in both copies`,
    );
  };
  const cli = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runStatusCommand(args, {
      env: {
        DATABASE_URL: databaseUrl,
        HUB_DATABASE_NAME: new URL(databaseUrl).pathname.slice(1),
        KAFKA_BROKERS: brokers.join(','),
        HUB_EVENTS_TOPIC: first.topic,
      },
      print: (line) => lines.push(line),
      printError: (line) => lines.push(line),
    });
    return { code, output: lines.join('\n') };
  };

  beforeAll(async () => {
    first = await SubgraphHarness.start(definition, 'first');
    second = await SubgraphHarness.start(definition, 'second', { HUB_EVENTS_TOPIC: first.topic });
    producer = testKafka().producer();
    await producer.connect();
    sql = new Client({ connectionString: databaseUrl });
    await sql.connect();
    await producer.send({ topic: first.topic, messages: [...traffic.messages, ...refused] });
    await bothHold(traffic.changes);
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await producer?.disconnect();
    await second?.stop();
    await first?.stop();
  });

  it('a copy rebuilt from offset 0 is byte-identical to the one its consumer built', async () => {
    const before = await copyOf(first);

    const summary = await rebuildStatusCopies({
      orm: first.subgraph.orm,
      brokers,
      topic: first.topic,
    });

    expect(await copyOf(first)).toEqual(before);
    expect(before.status.split('\n')).toHaveLength(50);
    expect(before.history.split('\n')).toHaveLength(traffic.changes);
    expect(summary).toMatchObject({
      eventsRead: traffic.messages.length + refused.length,
      changesApplied: traffic.changes,
      cases: 50,
      duplicates: traffic.messages.length - traffic.changes,
      skipped: { unparseable: 1, breaksContract: 1, notStatus: 1, rejected: 2 },
      fromOutbox: 0,
    });
    expect(summary.partitions).toHaveLength(3);
  });

  it('copies fed the same topic agree; a tampered copy is reported case by case', async () => {
    expect(await compareStatusCopies(sql, schemas)).toEqual({
      copies: schemas.map((schema) => ({ schema, cases: 50, historyEntries: traffic.changes })),
      cases: 50,
      differences: [],
    });

    const [lostCase, changedCase] = [...traffic.cases.slice(2, 4)].sort();
    const [lost] = await first.sql<{ event_id: string }>(
      `delete from case_status_history
        where event_id = (select h.event_id from case_status_history h
                           where h.case_id = ? and h.event_id::text <>
                                 (select c.event_id from case_status c where c.case_id = h.case_id)
                           order by h.hlc limit 1)
       returning event_id::text`,
      [lostCase],
    );
    const [kept] = await second.sql<{ status: string; hlc: string }>(
      'select status, hlc from case_status where case_id = ?',
      [changedCase],
    );
    await first.sql(`update case_status set status = 'withdrawn' where case_id = ?`, [changedCase]);

    const comparison = await compareStatusCopies(sql, schemas);
    expect(comparison.differences).toEqual([
      {
        caseId: lostCase,
        missingFrom: [],
        history: {
          entries: { recovery_first: 5, recovery_second: 6 },
          lacking: { recovery_first: [lost!.event_id] },
          differing: [],
        },
      },
      {
        caseId: changedCase,
        missingFrom: [],
        current: {
          fields: ['status'],
          byCopy: {
            recovery_first: expect.objectContaining({ status: 'withdrawn', hlc: kept!.hlc }),
            recovery_second: expect.objectContaining({ status: kept!.status, hlc: kept!.hlc }),
          },
        },
      },
    ]);

    // The operator's view: the command names both cases, exits 1, and shows nothing personal.
    const check = await cli('check', 'recovery-first', 'recovery-second');
    expect(check.code).toBe(1);
    expect(check.output).toContain('2 of 50 cases differ between the copies');
    expect(check.output).toContain(`case ${lostCase}\n  history differs`);
    expect(check.output).toContain(`recovery_first lacks event ${lost!.event_id}`);
    expect(check.output).toContain(`case ${changedCase}\n  current status differs (status)`);
    expect(check.output).not.toContain(REASON);

    // The repair: rebuild the damaged copy from the topic, and the copies agree again.
    const rebuild = await cli('rebuild', 'recovery-first');
    expect(rebuild.code).toBe(0);
    expect(rebuild.output).toContain(`copy now:        50 cases, ${traffic.changes} history`);
    const after = await cli('check', 'recovery-first', 'recovery-second');
    expect(after).toEqual({
      code: 0,
      output: expect.stringContaining('all 2 copies agree on all 50 cases'),
    });
  });

  it('a rebuild while events keep arriving loses none and the copies converge', async () => {
    const more = statusTraffic(30);
    const third = Math.ceil(more.messages.length / 3);
    const [before, during, after] = [0, 1, 2].map((part) =>
      more.messages.slice(part * third, (part + 1) * third),
    );
    await producer.send({ topic: first.topic, messages: before! });

    const summary = await rebuildStatusCopies({
      orm: first.subgraph.orm,
      brokers,
      topic: first.topic,
      // Past the watermarks the rebuild started from, and applied by the live consumer before
      // the rebuild locks the copy: they must survive the truncate.
      beforeLock: async () => {
        await producer.send({ topic: first.topic, messages: during! });
        const ids = [...new Set(during!.map((message) => JSON.parse(message.value).id))];
        await waitFor(
          () => first.count('case_status_history', 'event_id in (?)', [ids]),
          (count) => count === ids.length,
          30_000,
          'the live consumer to apply the events sent during the rebuild',
        );
      },
    });
    await producer.send({ topic: first.topic, messages: after! });

    expect(summary.eventsRead).toBeGreaterThanOrEqual(
      traffic.messages.length + refused.length + before!.length + during!.length,
    );
    await bothHold(traffic.changes + more.changes);
    const comparison = await compareStatusCopies(sql, schemas);
    expect(comparison.cases).toBe(80);
    expect(comparison.differences).toEqual([]);
    expect(await copyOf(first)).toEqual(await copyOf(second));
  }, 120_000);

  it("a subgraph's own change still in its outbox survives a rebuild", async () => {
    const caseId = traffic.cases[5]!;
    const { subgraph } = first;
    await subgraph.relay.stop(); // as if Kafka were down: the change waits in the outbox
    let change: EventEnvelope;
    try {
      const [held] = await first.sql<{ status: CaseStatus }>(
        'select status from case_status where case_id = ?',
        [caseId],
      );
      const next = STATUS_TRANSITIONS[held!.status][0]!;
      change = (await subgraph.orm.em.fork().transactional((em) =>
        recordStatusChange(em as EntityManager, subgraph.events, {
          caseId,
          status: next,
          agency: 'recovery',
        }),
      )) as unknown as EventEnvelope;

      const summary = await rebuildStatusCopies({ orm: subgraph.orm, brokers, topic: first.topic });

      expect(summary.fromOutbox).toBe(1);
      const [current] = await first.sql<{ event_id: string }>(
        'select event_id from case_status where case_id = ?',
        [caseId],
      );
      expect(current!.event_id).toBe(change.id);
    } finally {
      subgraph.relay.start();
    }
    await waitFor(
      () => second.count('case_status_history', 'event_id = ?', [change.id]),
      (count) => count === 1,
      30_000,
      'the change in the other copy',
    );
    expect((await compareStatusCopies(sql, schemas)).differences).toEqual([]);
  });

  it('the check refuses to run without two copies, and usage errors exit 2', async () => {
    expect((await cli('check', 'recovery-first')).code).toBe(2);
    expect((await cli('rebuild')).code).toBe(2);
    const unknown = await cli('check', 'recovery-first', 'no-such-subgraph');
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('no status copy for no-such-subgraph');
  });
});
