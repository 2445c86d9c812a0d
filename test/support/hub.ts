import 'reflect-metadata';
import { createGateway, type GatewayOptions, type RunningGateway } from '@hub/gateway';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  devAuthEnvironment,
  ensureDevKeys,
  postGraphql,
  provisionSubgraphSchema,
  signDevToken,
  type DevKeys,
} from '@hub/local-stack';
import { createSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@hub/service-kit';
import type { DocumentNode } from 'graphql';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');

/** One error of a GraphQL answer, as the gateway sends it. */
export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, any>;
}

export interface GraphQLAnswer<Data = any> {
  status: number;
  data?: Data | null;
  errors?: AnswerError[];
}

/**
 * The data of an answer that must have succeeded. Throws, naming `what` and the answer's
 * errors (message, path and code), when it has errors or no data.
 */
export function dataOf<Data>(
  answer: { status?: number; data?: Data | null; errors?: readonly AnswerError[] },
  what = 'the operation',
): Data {
  if (answer.errors?.length || answer.data === undefined || answer.data === null) {
    const errors = (answer.errors ?? []).map((error) => ({
      message: error.message,
      path: error.path,
      code: error.extensions?.code,
    }));
    const problem = errors.length > 0 ? JSON.stringify(errors) : 'no data and no errors';
    throw new Error(`${what}: HTTP ${answer.status ?? '?'}, ${problem}`);
  }
  return answer.data;
}

export interface TestHub {
  readonly gatewayUrl: string;
  readonly topic: string;
  readonly subgraphs: Map<string, RunningSubgraph>;
  readonly gateway: RunningGateway;
  /** The keys this hub trusts: the stand-in identity provider's and the gateway's own. */
  readonly keys: DevKeys;
  token(
    roles: string[],
    claims?: { subject?: string; department?: string; agency?: string },
  ): Promise<string>;
  /**
   * Through the gateway, as a department system or a resident would call it. An operation
   * written with test/graphql's generated `graphql()` is typed (variables and answer); a plain
   * string is for operations built at run time or ones the gateway must refuse.
   */
  query<Data, Variables>(
    operation: TypedDocumentNode<Data, Variables>,
    variables: NoInfer<Variables>,
    token?: string,
  ): Promise<GraphQLAnswer<Data>>;
  query<Data = any>(
    operation: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLAnswer<Data>>;
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

function definitionOf(name: string): SubgraphDefinition<unknown> {
  const exportName = `${name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}Subgraph`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(repoRoot, 'subgraphs', name, 'src', `${name}.subgraph.ts`)) as Record<
    string,
    SubgraphDefinition<unknown>
  >;
  return module[exportName]!;
}

/**
 * The hub as a test needs it: the named subgraphs and the gateway, in this process, on this
 * run's real PostgreSQL (a schema and role of their own per test file) and real Kafka (a
 * topic of their own), trusting a key made for the test.
 */
export async function startTestHub(options: {
  subgraphs: string[];
  label: string;
  extraEnvironment?: Record<string, Record<string, string>>;
  /** Variables for the gateway beyond the test defaults (e.g. NODE_ENV, limits). */
  gatewayEnvironment?: Record<string, string>;
  gatewayOptions?: GatewayOptions;
}): Promise<TestHub> {
  const databaseUrl = process.env.DATABASE_URL;
  const brokers = process.env.KAFKA_BROKERS;
  if (!databaseUrl || !brokers)
    throw new Error('run through `npm test`: the global setup provides PostgreSQL and Kafka');
  const keys: DevKeys = await ensureDevKeys(mkdtempSync(join(tmpdir(), 'hub-keys-')));
  const topic = `hub.test.${process.env.HUB_TEST_RUN_ID ?? 'local'}.${options.label}.${randomBytes(3).toString('hex')}`;
  const auth = devAuthEnvironment(keys);
  const jurisdiction = `test-${options.label}-${randomBytes(3).toString('hex')}`;

  const subgraphs = new Map<string, RunningSubgraph>();
  for (const name of options.subgraphs) {
    const { url, schema } = await provisionSubgraphSchema(databaseUrl, `${name}-${options.label}`);
    const subgraph = await createSubgraph(definitionOf(name), {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATABASE_URL: url,
      HUB_DATABASE_SCHEMA: schema,
      // Test files run side by side on one server's 100 connections.
      HUB_DATABASE_POOL_SIZE: '4',
      KAFKA_BROKERS: brokers,
      HUB_EVENTS_TOPIC: topic,
      // Its own consumer groups too: files sharing a group would rebalance each other to a halt.
      HUB_JURISDICTION: jurisdiction,
      ...auth,
      ...(options.extraEnvironment?.[name] ?? {}),
    });
    subgraphs.set(name, subgraph);
  }

  const { HUB_GATEWAY_PUBLIC_KEY: _unused, ...gatewayAuth } = auth;
  const gateway: RunningGateway = await createGateway(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      ...gatewayAuth,
      HUB_GATEWAY_SIGNING_KEY: keys.gateway.privateKeyPem,
      HUB_SUBGRAPH_URLS: [...subgraphs].map(([name, s]) => `${name}=${s.url}`).join(','),
      // Every test submits from 127.0.0.1: only a test of the limit itself sets one.
      HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW: '1000000',
      ...(options.gatewayEnvironment ?? {}),
    },
    options.gatewayOptions,
  );

  return {
    gatewayUrl: gateway.url,
    topic,
    subgraphs,
    gateway,
    keys,
    token: (roles, claims = {}) =>
      signDevToken(keys, {
        subject: claims.subject ?? `test-${roles[0] ?? 'caller'}`,
        roles,
        department: claims.department,
        agency: claims.agency,
        expiresIn: '30m',
      }),
    async query(operation: string | DocumentNode, variables?: unknown, token?: string) {
      const { status, body } = await postGraphql(gateway.url, operation, variables, token);
      return { status, ...body };
    },
    async stopSubgraph(name) {
      await subgraphs.get(name)?.stop();
    },
    async stop() {
      await gateway.stop();
      await Promise.all([...subgraphs.values()].map((subgraph) => subgraph.stop()));
    },
  };
}
