import { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { provisionSubgraphSchema, testEnvironment } from '@hub/local-stack';
import { CASE_STATUS_CHANGED, EventContracts } from '@hub/contracts';
import { randomBytes } from 'node:crypto';
import {
  EventPublisher,
  HybridLogicalClock,
  createLogger,
  migrate,
  openDatabase,
  type EventHandler,
} from '../src';

export function uniqueTopic(label: string): string {
  return `hub.test.${testEnvironment().runId}.${label}.${randomBytes(3).toString('hex')}`;
}

/** A table the test handlers write to, one row per application of an event. */
export class Migration20261123000100TestEffects extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table applied_effect (event_id uuid not null, case_id text not null, status text not null);',
    );
  }
}

/** A subgraph-like schema of its own (its own role too) inside this run's database. */
export async function openTestDatabase(subgraph: string): Promise<MikroORM> {
  const { url, schema } = await provisionSubgraphSchema(testEnvironment().databaseUrl, subgraph);
  const orm = await openDatabase({
    url,
    schema,
    entities: [],
    migrations: [
      { name: 'Migration20261123000100TestEffects', class: Migration20261123000100TestEffects },
    ],
  });
  await migrate(orm);
  return orm;
}

export const silentLogger = createLogger('test', 'silent');
export const contracts = new EventContracts();

export function testPublisher(topic: string, source = 'test-city/kit'): EventPublisher {
  return new EventPublisher(source, topic, new HybridLogicalClock(), contracts);
}

export async function countEffects(orm: MikroORM): Promise<{ total: number; distinct: number }> {
  const [row] = await orm.em
    .fork()
    .execute<{ total: string; distinct: string }[]>(
      'select count(*) as total, count(distinct event_id) as distinct from applied_effect',
    );
  return { total: Number(row?.total), distinct: Number(row?.distinct) };
}

/** Writes `count` status changes, each in its own transaction, as a subgraph's service would. */
export async function writeStatusChanges(
  orm: MikroORM,
  events: EventPublisher,
  count: number,
  caseCount = 10,
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await orm.em.fork().transactional(async (em) => {
      const envelope = events.publish(em, {
        type: CASE_STATUS_CHANGED,
        subject: `case-${i % caseCount}`,
        data: { caseId: `case-${i % caseCount}`, status: 'in_progress', agency: 'test-agency' },
      });
      ids.push(envelope.id);
    });
  }
  return ids;
}

/** Applies a status change by recording it; the consumer's inbox must keep it to once. */
export const recordEffect: EventHandler<typeof CASE_STATUS_CHANGED> = async (event, { em }) => {
  await em.execute('insert into applied_effect (event_id, case_id, status) values (?, ?, ?)', [
    event.id,
    event.data.caseId,
    event.data.status,
  ]);
};

// Shared with every package's tests.
export { testEnvironment, testKafka, waitFor } from '@hub/local-stack';
