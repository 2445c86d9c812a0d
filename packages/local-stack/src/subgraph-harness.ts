/* eslint-disable @typescript-eslint/no-explicit-any -- test answers and rows are arbitrary JSON, checked by the tests */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EventEnvelope, EventEnvelopeOf, EventPayloads, EventType } from '@hub/contracts';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { createSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@hub/service-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devAuthEnvironment, ensureDevKeys, signDevToken, type DevKeys } from './dev-keys';
import { provisionSubgraphSchema } from './postgres-admin';
import { readTopic, testEnvironment, waitFor } from './testing';

export interface GraphqlAnswer {
  readonly status: number;
  readonly body: { data?: any; errors?: any[] };
}

/** The answer to a typed operation: `data` has the operation's shape. */
export interface TypedAnswer<Result> {
  readonly status: number;
  readonly body: { data?: Result | null; errors?: GraphQLFormattedError[] };
}

/** POSTs one GraphQL operation to `url` as JSON and reads the JSON answer. */
export async function postGraphql(
  url: string,
  operation: string | DocumentNode,
  variables: unknown,
  bearer?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...headers,
    },
    body: JSON.stringify({
      query: typeof operation === 'string' ? operation : print(operation),
      variables,
    }),
  });
  return { status: response.status, body: (await response.json()) as GraphqlAnswer['body'] };
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

  /**
   * Sends an operation over HTTP as a caller with `bearer` would. An operation written with the
   * test folder's generated `graphql()` is typed: its variables are checked and its answer's
   * `data` has the operation's shape. A plain string is for what the types cannot describe
   * (an operation built at run time, or one the schema must refuse).
   */
  async graphql<Result, Variables>(
    operation: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    bearer?: string,
  ): Promise<TypedAnswer<Result>>;
  async graphql(
    operation: string,
    variables?: Record<string, unknown>,
    bearer?: string,
  ): Promise<GraphqlAnswer>;
  async graphql(
    operation: string | DocumentNode,
    variables: unknown = {},
    bearer?: string,
  ): Promise<GraphqlAnswer> {
    return postGraphql(this.subgraph.url, operation, variables, bearer);
  }

  /**
   * Puts an event on the topic as another subgraph would (through this one's outbox, relay and
   * Kafka, checked against its contract). The subject is `data.caseId`, else a new id.
   */
  async publish<Type extends EventType>(
    type: Type,
    data: EventPayloads[Type],
  ): Promise<EventEnvelopeOf<Type>> {
    const caseId = (data as { caseId?: unknown }).caseId;
    const subject = typeof caseId === 'string' ? caseId : randomUUID();
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

  /** Events of one type in this subgraph's outbox (what it published), oldest first. */
  async published<Type extends EventType>(type: Type): Promise<EventEnvelopeOf<Type>[]>;
  /** Every event of this subgraph's outbox, oldest first. */
  async published(): Promise<EventEnvelope[]>;
  async published(type?: EventType): Promise<EventEnvelope[]> {
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
