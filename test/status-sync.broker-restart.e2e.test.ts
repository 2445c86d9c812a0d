import { CASE_STATUS_CHANGED } from '@hub/contracts';
import { RestartableKafkaBroker, waitFor, type SubgraphProcesses } from '@hub/local-stack';
import { runStatusCommand } from '@hub/status-tools';
import {
  HubClients,
  KitStatusWriter,
  WORKING_STATUSES,
  auditCopies,
  buildHub,
  expectConverged,
  inParallel,
  repoRoot,
  runLabel,
  startFleet,
  takeFleetTurn,
  unsentEvents,
  waitForCopies,
  writtenChanges,
} from './support/status-sync';

// The agencies' copies of case status converge after Kafka goes away mid-run, and a subgraph
// that was down the whole time catches up. Real processes: the six subgraphs run as
// `node subgraphs/<name>/dist/main.js`, on a Kafka broker of this file's own (so stopping it
// disturbs no other test file) and a database of its own on the run's PostgreSQL.

const CASES = 210;
const REROUTES_PER_CASE = 2;
const KIT_CHANGES_PER_CASE = 8;
/** Routing's departments an agent sends cases between. */
const DEPARTMENTS = ['parks', 'transportation', 'public-works', 'utilities'];
const KIT_WRITERS = ['hr', 'police-referrals', 'internal-audit'];
/** Up at the start; civil-rights stays down for the whole run. */
const RUNNING = ['intake', 'routing', ...KIT_WRITERS];

type Operation =
  | { kind: 'reroute'; caseId: string }
  | { kind: 'kit'; caseId: string; writer: string; status: (typeof WORKING_STATUSES)[number] };

/** The same scramble on every run. */
function shuffled<T>(items: T[], seed = 11): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = Math.floor((state / 2 ** 31) * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('status copies when the Kafka broker is stopped and restarted mid-run', () => {
  const label = runLabel('sync_restart');
  let broker: RestartableKafkaBroker | undefined;
  let fleet: SubgraphProcesses | undefined;
  const writers = new Map<string, KitStatusWriter>();
  const TESTS = 2;
  let passed = 0;
  let releaseTurn: (() => void) | undefined;

  beforeAll(async () => {
    releaseTurn = await takeFleetTurn();
    buildHub();
    broker = await RestartableKafkaBroker.start({ repoRoot, label });
    fleet = await startFleet(label, broker.brokers);
    for (const name of RUNNING) await fleet.start(name);
  }, 900_000);

  afterAll(async () => {
    try {
      await Promise.all([...writers.values()].map((writer) => writer.close().catch(() => {})));
      // A failed test leaves the processes' logs in .hub/status-sync for whoever looks into it.
      await fleet?.stopAll({ keepLogs: passed < TESTS });
      await broker?.destroy();
    } finally {
      releaseTurn?.();
    }
  }, 120_000);

  /** What the run under a broker restart leaves to check, besides the copies themselves. */
  interface RestartRun {
    /** The broker's process before it was killed. */
    readonly brokerPid: number;
    /** Events waiting in the outboxes while Kafka was away. */
    readonly unsentDuringOutage: number;
  }
  let restartRun: Promise<RestartRun> | undefined;

  /**
   * The load every test here checks the outcome of, run once for the file by whichever test
   * needs it first: 210 cases through intake, then 2,000+ changes from routing's mutation and
   * three kit writers, with the broker killed once a third is written and restarted once two
   * thirds are (civil-rights stays down throughout).
   */
  const runWithBrokerRestart = () => (restartRun ??= loadWithBrokerRestart());

  async function loadWithBrokerRestart(): Promise<RestartRun> {
    const hub = fleet!;
    const clients = await HubClients.of(hub);
    for (const name of KIT_WRITERS) writers.set(name, await KitStatusWriter.open(hub, name));

    // Cases come in through intake's mutation; routing routes each one when it hears of it.
    const caseIds: string[] = [];
    await inParallel(
      Array.from({ length: CASES }, (_, n) => n),
      6,
      async (n) => {
        caseIds[n] = await clients.submitCase(n);
      },
    );
    await waitFor(
      async () => {
        const { rows } = await hub.sql.query<{ n: number }>(
          `select count(distinct envelope->'data'->>'caseId')::int as n
             from "${hub.info('routing').schema}".outbox_message where event_type = $1`,
          [CASE_STATUS_CHANGED],
        );
        return rows[0]!.n;
      },
      (routed) => routed === CASES,
      180_000,
      'routing to route every case',
    );

    const operations: Operation[] = shuffled(
      caseIds.flatMap((caseId, n) => [
        ...Array.from({ length: REROUTES_PER_CASE }, () => ({ kind: 'reroute' as const, caseId })),
        ...Array.from({ length: KIT_CHANGES_PER_CASE }, (_, k) => ({
          kind: 'kit' as const,
          caseId,
          writer: KIT_WRITERS[(n + k) % KIT_WRITERS.length]!,
          status: WORKING_STATUSES[(n * 7 + k) % WORKING_STATUSES.length]!,
        })),
      ]),
    );

    // The broker is killed once a third of the load is written, the next third is written while
    // it is away (writes must still be accepted), and the rest once it is back.
    const killAt = Math.floor(operations.length / 3);
    const restartAt = Math.floor((operations.length * 2) / 3);
    let done = 0;
    let killed: Promise<void> | undefined;
    let restarted: Promise<void> | undefined;
    let unsentDuringOutage = 0;
    const brokerPid = broker!.pid!;
    const gate = async (index: number) => {
      if (index >= killAt) {
        killed ??= waitFor(
          async () => done,
          (count) => count >= killAt - 8,
          120_000,
          'the first third of the load',
        ).then(() => broker!.kill('SIGKILL'));
        await killed;
      }
      if (index >= restartAt) {
        restarted ??= waitFor(
          async () => done,
          (count) => count >= restartAt - 8,
          120_000,
          'the second third of the load',
        ).then(async () => {
          // Kafka away: the writes were accepted and their events wait in the outboxes.
          unsentDuringOutage = await unsentEvents(hub, RUNNING);
          await broker!.restart();
        });
        await restarted;
      }
    };

    await inParallel(operations, 4, async (operation, index) => {
      await gate(index);
      if (operation.kind === 'kit') {
        await writers.get(operation.writer)!.change(operation.caseId, operation.status);
      } else {
        await rerouteSomewhereElse(clients, operation.caseId);
      }
      done += 1;
    });
    return { brokerPid, unsentDuringOutage };
  }

  it('after 2,000+ changes from four subgraphs over 210 cases, with Kafka killed and restarted in the middle, every running copy holds every change once and the same status', async () => {
    const hub = fleet!;
    const { brokerPid, unsentDuringOutage } = await runWithBrokerRestart();
    expect(broker!.isRunning).toBe(true);
    expect(broker!.pid).not.toBe(brokerPid);
    expect(unsentDuringOutage).toBeGreaterThan(0);

    const written = await writtenChanges(hub, RUNNING);
    const changes = written.filter((change) => change.status !== 'received');
    expect(changes.length).toBeGreaterThanOrEqual(2_000);
    expect(new Set(changes.map((change) => change.caseId)).size).toBe(CASES);
    expect(new Set(changes.map((change) => change.writer))).toEqual(
      new Set(['routing', ...KIT_WRITERS]),
    );

    await waitForCopies(hub, RUNNING, written.length, 240_000);
    expectConverged(await auditCopies(hub, RUNNING, written), written);
    passed += 1;
  }, 900_000);

  it('a subgraph that was down for the whole run catches up on start and holds the same copy', async () => {
    const hub = fleet!;
    await runWithBrokerRestart();
    const before = await hub.sql.query(
      `select 1 from information_schema.tables
        where table_schema = $1 and table_name = 'case_status_history'`,
      [hub.info('civil-rights').schema],
    );
    expect(before.rowCount).toBe(0); // it never ran

    await hub.start('civil-rights');
    const everyone = [...RUNNING, 'civil-rights'];
    const written = await writtenChanges(hub, everyone);
    await waitForCopies(hub, everyone, written.length, 180_000);
    expectConverged(await auditCopies(hub, everyone, written), written);

    // What an operator runs: `npm run status -- check` over every subgraph's copy.
    const said: string[] = [];
    const code = await runStatusCommand(['check'], {
      env: { DATABASE_URL: process.env.DATABASE_URL, HUB_DATABASE_NAME: hub.database },
      print: (line) => said.push(line),
      printError: (line) => said.push(line),
    });
    expect({ code, said }).toEqual({
      code: 0,
      said: expect.arrayContaining([`all 6 copies agree on all ${CASES} cases`]),
    });
    passed += 1;
  }, 1_320_000); // the run itself (when this test runs alone), then the catch-up
});

/** Sends the case to a department it is not with (two re-routings may race on one case). */
async function rerouteSomewhereElse(clients: HubClients, caseId: string): Promise<void> {
  const refusals: string[] = [];
  for (const departmentId of shuffled(DEPARTMENTS, caseId.charCodeAt(35) + refusals.length)) {
    const reply = await clients.reroute(caseId, departmentId);
    if (!reply.errors?.length && reply.status === 200) return;
    refusals.push(JSON.stringify(reply.errors));
    if (reply.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') break;
  }
  throw new Error(`routing refused to re-route ${caseId}: ${refusals.join('; ')}`);
}
