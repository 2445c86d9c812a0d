import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EventEnvelope } from '@hub/contracts';
import {
  postGraphql,
  provisionSubgraphSchema,
  readTopic,
  testEnvironment,
  type GraphqlAnswer,
  type TypedAnswer,
} from '@hub/local-stack';
import { createSubgraph, type RunningSubgraph } from '@hub/service-kit';
import type { GraphQLFormattedError } from 'graphql';
import { SignJWT, exportSPKI, generateKeyPair, type KeyLike } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import type { IntakeSettings } from '../../src/environment';
import { intakeSubgraph } from '../../src/intake.subgraph';
import { graphql } from '../graphql';
import type { LogCaseInput, SubmitCaseInput } from '../graphql/graphql';

export type { GraphqlAnswer, TypedAnswer } from '@hub/local-stack';

const issuer = 'https://hub.test/issuer';
const audience = 'complaint-hub';
const PARTITIONS = 3;

/**
 * A real intake subgraph for one test file: its own schema and role in this run's database,
 * its own event topic and consumer group on the run's broker, called over HTTP with tokens
 * signed by a key generated here, anonymous residents' tokens included.
 */
export class IntakeHarness {
  private constructor(
    readonly subgraph: RunningSubgraph<IntakeSettings>,
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

  /**
   * Sends an operation over HTTP as a caller with `bearer` would. An operation written with the
   * folder's generated `graphql()` is typed: its variables are checked and its answer's `data`
   * has the operation's shape. A plain string is for what the types cannot describe (an
   * operation the schema must refuse, or variables it must refuse).
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
    operation: string | TypedDocumentNode<unknown, unknown>,
    variables: unknown = {},
    bearer?: string,
  ): Promise<GraphqlAnswer> {
    return postGraphql(this.subgraph.url, operation, variables, bearer);
  }

  /** Logs a contact as staff (an agent unless `bearer` says otherwise); fails on any error. */
  async logCase(input: LogCaseInput, bearer?: string) {
    const answer = await this.graphql(LOG, { input }, bearer ?? (await this.token(['agent'])));
    return dataOf(answer, 'logCase').logCase;
  }

  /** Submits a report from the public form as an anonymous resident; fails on any error. */
  async submitCase(overrides: Partial<SubmitCaseInput> = {}) {
    const answer = await this.graphql(
      SUBMIT,
      { input: webReport(overrides) },
      await this.anonymousToken(),
    );
    return dataOf(answer, 'submitCase').submitCase;
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

  /** The SQL the subgraph's ORM sends while `run` runs, and what `run` answered. */
  async queriesDuring<T>(run: () => Promise<T>): Promise<{ queries: string[]; result: T }> {
    const queries: string[] = [];
    const logger = this.subgraph.orm.config.getLogger();
    const spy = jest.spyOn(logger, 'logQuery').mockImplementation((context) => {
      queries.push(String(context.query));
    });
    try {
      return { queries, result: await run() };
    } finally {
      spy.mockRestore();
    }
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

export const SUBMIT = graphql(`
  mutation Submit($input: SubmitCaseInput!) {
    submitCase(input: $input) {
      caseId
      srNumber
      status
      receivedAt
      ward
    }
  }
`);

export const LOG = graphql(`
  mutation Log($input: LogCaseInput!) {
    logCase(input: $input) {
      id
      srNumber
      kind
      channel
      subjectCategory
      councilOffice
      receivingDepartment
      receivedAt
      loggedBy
      serviceCode
      description
      status
      updatedAt
      location {
        address
        latitude
        longitude
        ward
      }
      attachments {
        url
        mediaType
        sha256
      }
    }
  }
`);

/** What anyone may read about a case by its SR number: status and dates, nothing personal. */
export const TRACK = graphql(`
  query Track($srNumber: String!) {
    trackCase(srNumber: $srNumber) {
      srNumber
      kind
      status
      receivedAt
      updatedAt
      closedAt
      responsibleBody
    }
  }
`);

export const WITHDRAW = graphql(`
  mutation Withdraw($caseId: ID!, $reason: String!) {
    withdrawCase(caseId: $caseId, reason: $reason) {
      srNumber
      status
      closedAt
      updatedAt
    }
  }
`);

/** How many cases the caller may read; `first` is the page size asked for. */
export const CASE_COUNT = graphql(`
  query CaseCount($first: Int) {
    cases(first: $first) {
      totalCount
    }
  }
`);

/** A service request from the web form, with GPS only. */
export function webReport(overrides: Partial<SubmitCaseInput> = {}): SubmitCaseInput {
  return {
    idempotencyKey: randomUUID(),
    kind: 'SERVICE_REQUEST',
    description: 'The streetlight at the park entrance has been out for a week.',
    location: { latitude: 42.3594, longitude: -71.0587 },
    ...overrides,
  };
}

/** The same report taken by phone and logged by staff. */
export function phoneReport(overrides: Partial<LogCaseInput> = {}): LogCaseInput {
  return { ...webReport(), channel: 'PHONE', ...overrides };
}

/**
 * The data of an answer that must have succeeded. Throws, naming `what` and the answer's
 * errors, when it has errors or no data.
 */
export function dataOf<Result>(answer: TypedAnswer<Result>, what = 'the operation'): Result {
  const { data, errors } = answer.body;
  if (errors?.length || data === undefined || data === null) {
    const problem = errors?.length ? JSON.stringify(errors) : 'no data and no errors';
    throw new Error(`${what}: HTTP ${answer.status}, ${problem}`);
  }
  return data;
}

/** An answer, typed or not, as far as its errors go. */
interface Refusable {
  readonly body: { readonly errors?: readonly GraphQLFormattedError[] };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The first error's code and field, for asserting refusals. */
export function refusal(answer: Refusable): { code?: string; field?: string } {
  const extensions = answer.body.errors?.[0]?.extensions;
  return { code: text(extensions?.code), field: text(extensions?.field) };
}

export { waitFor } from '@hub/local-stack';
