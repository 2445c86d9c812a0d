/* eslint-disable @typescript-eslint/no-explicit-any -- test answers and rows are arbitrary JSON, checked by the tests */
import {
  createSubgraph,
  type EventEnvelope,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@hub/service-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devAuthEnvironment, ensureDevKeys, signDevToken, type DevKeys } from './dev-keys';
import { provisionSubgraphSchema } from './postgres';
import { readTopic, waitFor } from './testing';

export interface GraphqlAnswer {
  readonly status: number;
  readonly body: { data?: any; errors?: any[] };
}

/** Set by the jest global setup: a fresh database and a running broker for this test run. */
function testEnvironment() {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers)
    throw new Error('run through `npm test`: the global setup provides PostgreSQL and Kafka');
  return {
    databaseUrl,
    brokers: brokers.split(','),
    runId: process.env.HUB_TEST_RUN_ID ?? 'local',
  };
}

/**
 * One real subgraph for one test file: its own schema and role in this run's database, its own
 * topic and consumer group on the run's broker, called over HTTP with tokens signed by a key
 * made for the test. Other subgraphs are played by publishing their events on the topic.
 */
export class SubgraphHarness<Settings = unknown> {
  private readonly replicas: RunningSubgraph[] = [];

  private constructor(
    readonly subgraph: RunningSubgraph<Settings>,
    readonly topic: string,
    private readonly definition: SubgraphDefinition<any, any, Settings>,
    private readonly env: NodeJS.ProcessEnv,
    private readonly keys: DevKeys,
    private readonly brokers: string[],
  ) {}

  static async start<Settings>(
    definition: SubgraphDefinition<any, any, Settings>,
    label: string,
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<SubgraphHarness<Settings>> {
    const { databaseUrl, brokers, runId } = testEnvironment();
    const keys = await ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-keys-')));
    const { url, schema } = await provisionSubgraphSchema(
      databaseUrl,
      `${definition.name}-${label}`,
    );
    const suffix = randomBytes(3).toString('hex');
    const topic = `hub.test.${runId}.${definition.name}-${label}.${suffix}`;
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: brokers.join(','),
      HUB_EVENTS_TOPIC: topic,
      HUB_EVENTS_PARTITIONS: '3',
      // Its own consumer group, so test files never share partitions.
      HUB_JURISDICTION: `test-${label}-${suffix}`,
      ...devAuthEnvironment(keys),
      ...extraEnv,
    };
    const subgraph = await createSubgraph(definition, env);
    return new SubgraphHarness(subgraph, topic, definition, env, keys, brokers);
  }

  /** Another process of the same subgraph on the same schema, topic and consumer group. */
  async replica(): Promise<RunningSubgraph<Settings>> {
    const replica = await createSubgraph(this.definition, {
      ...this.env,
      HUB_RUN_MIGRATIONS: 'false',
    });
    this.replicas.push(replica);
    return replica;
  }

  async stop(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.stop()));
    await this.subgraph.stop();
  }

  token(
    roles: string[],
    claims: { subject?: string; department?: string; agency?: string } = {},
  ): Promise<string> {
    return signDevToken(this.keys, {
      subject: claims.subject ?? `${roles[0] ?? 'nobody'}-7`,
      roles,
      department: claims.department,
      agency: claims.agency,
      expiresIn: '10m',
    });
  }

  async graphql(
    query: string,
    variables: Record<string, unknown> = {},
    bearer?: string,
  ): Promise<GraphqlAnswer> {
    const response = await fetch(this.subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphqlAnswer['body'] };
  }

  /**
   * Puts an event on the topic as another subgraph would (through this one's outbox, relay and
   * Kafka, checked against its contract). The subject is `data.caseId`, else a new id.
   */
  async publish(type: string, data: Record<string, unknown>): Promise<EventEnvelope> {
    const subject = typeof data.caseId === 'string' ? data.caseId : randomUUID();
    return this.subgraph.orm.em
      .fork()
      .transactional(async (em) => this.subgraph.events.publish(em, { type, subject, data }));
  }

  async sql<Row = Record<string, any>>(query: string, params: unknown[] = []): Promise<Row[]> {
    return this.subgraph.orm.em.fork().execute<Row[]>(query, params);
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = await this.sql<{ n: string }>(
      `select count(*) as n from ${table} where ${where}`,
      params,
    );
    return Number(row?.n);
  }

  /** Waits until `query` returns at least `atLeast` rows, and returns them. */
  async rowsWhenPresent<Row = Record<string, any>>(
    query: string,
    params: unknown[] = [],
    atLeast = 1,
    timeoutMs = 30_000,
  ): Promise<Row[]> {
    return waitFor(
      () => this.sql<Row>(query, params),
      (rows) => rows.length >= atLeast,
      timeoutMs,
      `${atLeast} row(s) of: ${query}`,
    );
  }

  /** Events of this subgraph's outbox (what it published), oldest first. */
  async published(type?: string): Promise<EventEnvelope[]> {
    const rows = await this.sql<{ envelope: EventEnvelope }>(
      `select envelope from outbox_message ${type ? 'where event_type = ?' : ''} order by position`,
      type ? [type] : [],
    );
    return rows.map((row) => row.envelope);
  }

  /** Reads the topic from the beginning until `done` holds, or fails with what it saw. */
  async readEvents(
    done: (events: EventEnvelope[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<EventEnvelope[]> {
    return (await readTopic(this.brokers, this.topic, done, timeoutMs)).events;
  }
}

/** The first error's code, field and message, for asserting refusals. */
export function refusal(answer: GraphqlAnswer): {
  code?: string;
  field?: string;
  message?: string;
} {
  const error = answer.body.errors?.[0];
  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message,
  };
}
