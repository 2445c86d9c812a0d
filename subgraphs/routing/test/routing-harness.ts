import { provisionSubgraphSchema, readTopic, waitFor } from '@hub/local-stack';
import { createSubgraph, type EventEnvelope, type RunningSubgraph } from '@hub/service-kit';
import { SignJWT, exportSPKI, generateKeyPair, type KeyLike } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { routingSubgraph } from '../src/routing.subgraph';

const issuer = 'https://hub.test/issuer';
const audience = 'complaint-hub';

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

export interface GraphqlAnswer {
  readonly status: number;
  readonly body: { data?: any; errors?: any[] };
}

/**
 * A real routing subgraph for one test file: its own schema and role in this run's database,
 * its own topic and consumer group on the run's broker, called over HTTP with tokens signed
 * by a key generated here. `replica()` starts a second routing on the same schema and topic.
 */
export class RoutingHarness {
  private readonly replicas: RunningSubgraph[] = [];

  private constructor(
    readonly subgraph: RunningSubgraph,
    readonly topic: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly privateKey: KeyLike,
    private readonly brokers: string[],
  ) {}

  static async start(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RoutingHarness> {
    const { databaseUrl, brokers, runId } = testEnvironment();
    const keys = await generateKeyPair('ES256', { extractable: true });
    const { url, schema } = await provisionSubgraphSchema(databaseUrl, `routing-${label}`);
    const suffix = randomBytes(3).toString('hex');
    const topic = `hub.test.${runId}.routing-${label}.${suffix}`;
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: brokers.join(','),
      HUB_EVENTS_TOPIC: topic,
      HUB_EVENTS_PARTITIONS: '3',
      // Its own consumer group, so test files never share partitions.
      HUB_JURISDICTION: `test-${label}-${suffix}`,
      HUB_AUTH_ISSUER: issuer,
      HUB_AUTH_AUDIENCE: audience,
      HUB_AUTH_PUBLIC_KEY: await exportSPKI(keys.publicKey),
      HUB_DEADLINE_SCAN_INTERVAL_MS: '200',
      ...extraEnv,
    };
    const subgraph = await createSubgraph(routingSubgraph, env);
    return new RoutingHarness(subgraph, topic, env, keys.privateKey as KeyLike, brokers);
  }

  /** Another routing process on the same database schema, topic and consumer group. */
  async replica(): Promise<RunningSubgraph> {
    const replica = await createSubgraph(routingSubgraph, {
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

  async token(
    roles: string[],
    claims: { department?: string; subject?: string; agency?: string } = {},
  ): Promise<string> {
    return new SignJWT({
      roles,
      ...(claims.department ? { department: claims.department } : {}),
      ...(claims.agency ? { agency: claims.agency } : {}),
    })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(claims.subject ?? `${roles[0] ?? 'nobody'}-7`)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(this.privateKey);
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

  /** Publishes `case.received.v1` as intake would, through the outbox, the relay and Kafka. */
  async receive(overrides: Record<string, unknown> = {}): Promise<string> {
    const caseId = (overrides.caseId as string | undefined) ?? randomUUID();
    await this.subgraph.orm.em.fork().transactional(async (em) => {
      this.subgraph.events.publish(em, {
        type: 'case.received.v1',
        subject: caseId,
        data: {
          srNumber: 'SR-26-0000-0000',
          kind: 'service_request',
          channel: 'web',
          subjectCategory: null,
          serviceCode: null,
          ward: null,
          latitude: null,
          longitude: null,
          receivedAt: new Date().toISOString(),
          language: 'en',
          councilOffice: null,
          receivingDepartment: null,
          hasEmail: false,
          anonymous: true,
          ...overrides,
          caseId,
        },
      });
    });
    return caseId;
  }

  /** Waits until routing holds the case (the consumer applied the event). */
  async routed(caseId: string): Promise<Record<string, any>> {
    const [row] = await waitFor(
      () => this.sql(`select * from routed_case where id = ?`, [caseId]),
      (rows) => rows.length === 1,
      30_000,
      `case ${caseId} to be routed`,
    );
    return row!;
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

  /** Rows of every routing table and the outbox: what must not change when input is refused. */
  async footprint(): Promise<Record<string, number>> {
    const tables = [
      'routed_case',
      'deadline',
      'routing_history',
      'urgent_alert',
      'outbox_message',
      'agency_referral',
      'case_status_history',
    ];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await this.count(table);
    const [changed] = await this.sql<{ latest: string | null }>(
      `select max(updated_at)::text as latest from routed_case`,
    );
    counts.latestChange = changed?.latest ? Date.parse(changed.latest) : 0;
    return counts;
  }

  /**
   * Events of this subgraph's outbox for the hub's topic (what it published), oldest first;
   * not the copies it puts on the agencies' feeds.
   */
  async published(type?: string): Promise<EventEnvelope[]> {
    const rows = await this.sql<{ envelope: EventEnvelope }>(
      `select envelope from outbox_message where topic = ? ${type ? 'and event_type = ?' : ''}
        order by position`,
      type ? [this.topic, type] : [this.topic],
    );
    return rows.map((row) => row.envelope);
  }

  /**
   * Waits until the consumer has applied every event this subgraph put on the hub's topic, so
   * nothing in flight changes the tables while a test compares them.
   */
  async settled(timeoutMs = 30_000): Promise<void> {
    await waitFor(
      () =>
        this.count(
          'outbox_message o',
          `o.topic = ? and o.event_type in (select jsonb_array_elements_text(?::jsonb))
             and not exists (select 1 from inbox_event i where i.event_id = o.id)`,
          [this.topic, JSON.stringify(HANDLED_TYPES)],
        ),
      (pending) => pending === 0,
      timeoutMs,
      'the consumer to apply every published event',
    );
  }

  /** Reads an agency's feed topic from the beginning until `done` holds. */
  async readAgencyFeed(
    agencyId: string,
    done: (events: EventEnvelope[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<EventEnvelope[]> {
    return (await readTopic(this.brokers, `${this.topic}.agency.${agencyId}`, done, timeoutMs))
      .events;
  }

  /** Reads the topic from the beginning until `done` holds, or fails with what it saw. */
  async readEvents(
    done: (events: EventEnvelope[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<EventEnvelope[]> {
    return (await readTopic(this.brokers, this.topic, done, timeoutMs)).events;
  }
}

/** The events routing's consumer applies (and records in its inbox); it skips the rest. */
const HANDLED_TYPES = [
  'case.received.v1',
  'case.status-changed.v1',
  'case.completed.v1',
  'case.referred.v1',
  'referral.decided.v1',
];

/** The first error's code and field, for asserting refusals. */
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

export const CASE_FIELDS = `
  id priority routingStage
  department { id name }
  assignment { staff { id department { id } } assignedAt }
  deadlines { clock dueAt metAt state }
  escalation { level aboutHeadOfService final }
  routingHistory { action reason actor priority fromDepartment { id } toDepartment { id } staff { id } }
  outcome { outcome disposition appealWindowClosesAt }
  appeal { lodgedAt reasons }
  referral { agency { id name } disposition }
`;

/** Routing's fields of a case, as the gateway would ask for them. */
export const ENTITY = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${CASE_FIELDS} } }
  }`;

export { waitFor } from '@hub/local-stack';
