import { provisionSubgraphSchema, readTopic } from '@hub/local-stack';
import {
  createSubgraph,
  deadLetterTopicOf,
  type EventEnvelope,
  type RunningSubgraph,
} from '@hub/service-kit';
import { SignJWT, exportSPKI, generateKeyPair, type KeyLike } from 'jose';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { intakeSubgraph } from '../src/intake.subgraph';

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

const PARTITIONS = 3;

/**
 * Creates the subgraph's topics before it starts and waits until every partition has a
 * leader. On a broker that has just started, and with other test files creating topics at the
 * same moment, metadata for a new topic can still answer UNKNOWN_TOPIC_OR_PARTITION, which
 * kafkajs' `createTopics({ waitForLeaders: true })` (the kit's ensureTopics) does not retry:
 * the subgraph would fail to start. Found here already, the kit leaves them as they are.
 */
async function createSettledTopics(
  brokers: string[],
  topic: string,
  partitions: number,
): Promise<void> {
  const admin = new Kafka({
    clientId: 'intake-test-admin',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 100, maxRetryTime: 2_000 },
  }).admin();
  const topics = [topic, deadLetterTopicOf(topic)];
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((name) => ({
        topic: name,
        numPartitions: name === topic ? partitions : 1,
        replicationFactor: 1,
      })),
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const settled = await admin.fetchTopicMetadata({ topics }).then(
        (metadata) =>
          metadata.topics.length === topics.length &&
          metadata.topics.every(
            (found) => found.partitions.length > 0 && found.partitions.every((p) => p.leader >= 0),
          ),
        () => false, // not known to the broker yet
      );
      if (settled) return;
      if (Date.now() > deadline) throw new Error(`topic ${topic} has no leaders after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

export interface GraphqlAnswer {
  readonly status: number;
  readonly body: { data?: any; errors?: any[] };
}

/**
 * A real intake subgraph for one test file: its own schema and role in this run's database,
 * its own event topic and consumer group on the run's broker, called over HTTP with tokens
 * signed by a key generated here.
 */
export class IntakeHarness {
  private constructor(
    readonly subgraph: RunningSubgraph,
    readonly topic: string,
    private readonly privateKey: KeyLike,
    private readonly brokers: string[],
  ) {}

  static async start(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<IntakeHarness> {
    const { databaseUrl, brokers, runId } = testEnvironment();
    const keys = await generateKeyPair('ES256', { extractable: true });
    const { url, schema } = await provisionSubgraphSchema(databaseUrl, `intake-${label}`);
    const suffix = randomBytes(3).toString('hex');
    const topic = `hub.test.${runId}.intake-${label}.${suffix}`;
    await createSettledTopics(brokers, topic, PARTITIONS);
    const subgraph = await createSubgraph(intakeSubgraph, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      KAFKA_BROKERS: brokers.join(','),
      HUB_EVENTS_TOPIC: topic,
      HUB_EVENTS_PARTITIONS: String(PARTITIONS),
      // Its own consumer group, so test files never share partitions.
      HUB_JURISDICTION: `test-${label}-${suffix}`,
      HUB_AUTH_ISSUER: issuer,
      HUB_AUTH_AUDIENCE: audience,
      HUB_AUTH_PUBLIC_KEY: await exportSPKI(keys.publicKey),
      ...extraEnv,
    });
    return new IntakeHarness(subgraph, topic, keys.privateKey as KeyLike, brokers);
  }

  async stop(): Promise<void> {
    await this.subgraph.stop();
  }

  /** A city identity-provider token with these roles. */
  async token(roles: string[], subject = `${roles[0] ?? 'nobody'}-7`): Promise<string> {
    return this.sign({ roles }, subject);
  }

  /** What the gateway signs for a resident who did not sign in. */
  async anonymousToken(): Promise<string> {
    return this.sign({ anonymous: true, roles: [] }, 'anonymous');
  }

  private sign(claims: Record<string, unknown>, subject: string): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(subject)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
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

  async sql<Row = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<Row[]> {
    return this.subgraph.orm.em.fork().execute<Row[]>(query, params);
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = await this.sql<{ n: string }>(
      `select count(*) as n from ${table} where ${where}`,
      params,
    );
    return Number(row?.n);
  }

  /** Rows of the case table and of the outbox: what must not change when input is refused. */
  async footprint(): Promise<{ cases: number; outbox: number }> {
    return { cases: await this.count('case_record'), outbox: await this.count('outbox_message') };
  }

  /**
   * Reads this subgraph's topic from the beginning until `done` holds for the events seen,
   * or the time is up (then it fails with what it saw).
   */
  async readEvents(
    done: (events: EventEnvelope[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<{ events: EventEnvelope[]; raw: string[] }> {
    return readTopic(this.brokers, this.topic, done, timeoutMs);
  }
}

export const SUBMIT = `
  mutation Submit($input: SubmitCaseInput!) {
    submitCase(input: $input) { caseId srNumber status receivedAt ward }
  }`;

export const LOG = `
  mutation Log($input: LogCaseInput!) {
    logCase(input: $input) {
      id srNumber kind channel subjectCategory councilOffice receivingDepartment receivedAt
      loggedBy serviceCode description status updatedAt
      location { address latitude longitude ward }
      attachments { url mediaType sha256 }
    }
  }`;

/** A service request from the web form, with GPS only. */
export function webReport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    kind: 'SERVICE_REQUEST',
    description: 'The streetlight at the park entrance has been out for a week.',
    location: { latitude: 42.3594, longitude: -71.0587 },
    ...overrides,
  };
}

/** The first error's code and field, for asserting refusals. */
export function refusal(answer: GraphqlAnswer): { code?: string; field?: string } {
  const error = answer.body.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

export { waitFor } from '@hub/local-stack';
