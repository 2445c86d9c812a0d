import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject, EntityClass } from '@mikro-orm/core';
import express from 'express';
import { parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { Kafka, logLevel as KafkaLogLevel, type logCreator } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import type { z } from 'zod';
import {
  AuthenticationError,
  createTokenVerifier,
  hasAnyRole,
  type Caller,
  type TrustedIssuer,
} from './auth';
import type { LoaderFactory, RequestContext } from './context';
import { EventContracts } from './contracts';
import { forbidden, unauthenticated } from './errors';
import { EventConsumer, type EventBatchStep, type EventHandlers } from './consumer';
import { migrate, openDatabase } from './database';
import { loadEnvironment, subgraphEnvironment } from './environment';
import { HybridLogicalClock } from './hlc';
import { createLogger, describeError, type Logger } from './logger';
import { headerValue, refuseUnauthenticated, timeRequests } from './http';
import { HubMetrics } from './metrics';
import { EventPublisher } from './outbox';
import { OutboxRelay } from './outbox.relay';
import { StatusCopyReader, statusCopyStep } from './status-copy.store';
import { ensureTopics } from './topics';

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: RequestContext<never>) => unknown }
>;

export interface SubgraphDefinition<
  Loaders,
  Extra extends z.ZodRawShape = z.ZodRawShape,
  Settings = undefined,
> {
  /** e.g. 'routing'; also its schema, its consumer group and its event source. */
  readonly name: string;
  readonly resolvers: BuildSchemaOptions['resolvers'];
  readonly orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  readonly referenceResolvers?: ReferenceResolvers;
  readonly entities?: EntityClass<unknown>[];
  readonly migrations?: MigrationObject[];
  /** Variables of this subgraph beyond the ones every subgraph reads. */
  readonly environment?: Extra;
  /**
   * Runs once at start, after migrations and before anything consumes, relays or serves:
   * turns the configuration into what the subgraph works with (files read, tables stored).
   * What it returns reaches every request's loaders, the event handlers and the workers.
   */
  readonly prepare?: (runtime: SubgraphRuntime<Extra>) => Promise<Settings> | Settings;
  readonly eventHandlers?: EventHandlers | ((settings: Settings) => EventHandlers);
  /**
   * Work on many events in one statement, run after the kit's status merge on the same runs
   * of events (see EventBatchStep); for frequent events a per-event handler would be slow on.
   */
  readonly eventBatchSteps?: (settings: Settings) => readonly EventBatchStep[];
  readonly createLoaders?: LoaderFactory<Loaders, Settings>;
  /** Long-running loops of the subgraph (e.g. a mail sender), started and stopped with it. */
  readonly workers?: (runtime: SubgraphRuntime<Extra>, settings: Settings) => BackgroundWorker[];
}

export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
}

/** What a subgraph's workers get: its configuration, database, publisher and logger. */
export interface SubgraphRuntime<Extra extends z.ZodRawShape> {
  readonly config: z.infer<z.ZodObject<typeof subgraphEnvironment & Extra>>;
  readonly orm: MikroORM;
  readonly events: EventPublisher;
  readonly logger: Logger;
  readonly metrics: HubMetrics;
}

export interface RunningSubgraph<Settings = unknown> {
  readonly name: string;
  /** What the definition's `prepare` returned at start. */
  readonly settings: Settings;
  readonly url: string;
  readonly port: number;
  readonly orm: MikroORM;
  readonly schema: GraphQLSchema;
  readonly events: EventPublisher;
  readonly relay: OutboxRelay;
  readonly consumer: EventConsumer | null;
  readonly metrics: HubMetrics;
  readonly logger: Logger;
  stop(): Promise<void>;
  /** SIGTERM/SIGINT: drain HTTP, stop relay and consumer, close the ORM, exit. */
  stopOnSignals(): void;
}

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@authenticated", "@requiresScopes"])`;

/** Prints the type-graphql schema with its directives and hands it to Apollo's subgraph builder. */
export async function buildFederatedSchema(
  options: Pick<
    SubgraphDefinition<unknown, z.ZodRawShape, unknown>,
    'resolvers' | 'orphanedTypes' | 'referenceResolvers'
  >,
): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true, // a subgraph may have no Query of its own
    validate: { forbidUnknownValues: false },
    // Throws rather than returning false, so clients get the hub's codes, not type-graphql's.
    authChecker: ({ context }, roles) => {
      const caller = (context as RequestContext).caller;
      if (caller.anonymous) throw unauthenticated('sign in to see this');
      if (roles.length > 0 && !hasAnyRole(caller, roles)) throw forbidden();
      return true;
    },
  });
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<
    string,
    Record<string, unknown>
  >;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

export async function createSubgraph<
  Loaders,
  Extra extends z.ZodRawShape = z.ZodRawShape,
  Settings = undefined,
>(
  definition: SubgraphDefinition<Loaders, Extra, Settings>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningSubgraph<Settings>> {
  const config = loadEnvironment(
    definition.name,
    { ...subgraphEnvironment, ...(definition.environment ?? {}) },
    env,
  );
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const metrics = new HubMetrics(definition.name);
  const verifyToken = await createTokenVerifier(trustedIssuersOf(config));

  const schemaName = config.HUB_DATABASE_SCHEMA ?? definition.name.replace(/-/g, '_');
  const orm = await openDatabase({
    url: config.DATABASE_URL,
    schema: schemaName,
    entities: definition.entities ?? [],
    migrations: definition.migrations ?? [],
    poolSize: config.HUB_DATABASE_POOL_SIZE,
  });
  if (config.HUB_RUN_MIGRATIONS) await migrate(orm);

  const kafka = new Kafka({
    clientId: `${config.HUB_JURISDICTION}-${definition.name}`,
    brokers: config.KAFKA_BROKERS,
    logCreator: kafkaLogCreator(logger),
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
  await ensureTopics(kafka, config.HUB_EVENTS_TOPIC, config.HUB_EVENTS_PARTITIONS);

  const clock = new HybridLogicalClock();
  const contracts = new EventContracts();
  const events = new EventPublisher(
    `${config.HUB_JURISDICTION}/${definition.name}`,
    config.HUB_EVENTS_TOPIC,
    clock,
    contracts,
  );
  // Prepared and built before anything starts, so a configuration error stops start-up cleanly.
  const runtime = { config, orm, events, logger, metrics } as SubgraphRuntime<Extra>;
  const settings = (await definition.prepare?.(runtime)) as Settings;
  const workers = definition.workers?.(runtime, settings) ?? [];
  const relay = new OutboxRelay({ orm, kafka, logger, metrics });
  relay.start();
  const handlers =
    typeof definition.eventHandlers === 'function'
      ? definition.eventHandlers(settings)
      : (definition.eventHandlers ?? {});
  // Every subgraph keeps a copy of every case's status, so every subgraph consumes: the kit
  // merges the status events of a batch before the subgraph's own handlers of the same events.
  const consumer = new EventConsumer({
    orm,
    kafka,
    groupId: `${config.HUB_JURISDICTION}.${definition.name}`,
    topic: config.HUB_EVENTS_TOPIC,
    handlers,
    batchSteps: [statusCopyStep, ...(definition.eventBatchSteps?.(settings) ?? [])],
    contracts,
    events,
    clock,
    logger,
    metrics,
  });
  await consumer.start();
  for (const worker of workers) worker.start();

  const schema = await buildFederatedSchema(definition);
  const app = express();
  const httpServer = createServer(app);
  // The gateway keeps connections open; outlive its idle timeout so it never hits a closed one.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const apollo = new ApolloServer<RequestContext<Loaders>>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(), // no Apollo Studio: traces would only cost time
      logErrorsPlugin(logger),
    ],
    formatError: (formatted) => maskInternalError(formatted, production),
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(timeRequests(metrics.httpRequestDuration));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  const readiness = readinessProbe(orm, kafka);
  app.get('/readyz', async (_req, res) => {
    const checks = await readiness.check();
    res
      .status(checks.postgres && checks.kafka ? 200 : 503)
      .json({ service: definition.name, ...checks });
  });
  app.get('/metrics', async (_req, res) => {
    await relay.measureLag().catch(() => undefined);
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    async (req, res, next) => {
      try {
        res.locals.caller = await verifyToken(req.headers.authorization);
        next();
      } catch (error) {
        if (!(error instanceof AuthenticationError)) return next(error);
        refuseUnauthenticated(res, error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork() as EntityManager;
        const caller = res.locals.caller as Caller;
        const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
        return {
          em,
          caller,
          events,
          statusCopies: new StatusCopyReader(em),
          requestId,
          traceparent: headerValue(req.headers.traceparent),
          loaders: definition.createLoaders
            ? definition.createLoaders(em, caller, settings)
            : ({} as Loaders),
          logger: logger.child({ requestId }),
        };
      },
    }),
  );

  await new Promise<void>((resolve) =>
    httpServer.listen(config.PORT, config.HUB_LISTEN_HOST, resolve),
  );
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.HUB_LISTEN_HOST === '0.0.0.0' ? '127.0.0.1' : config.HUB_LISTEN_HOST;
  const url = `http://${host}:${port}/graphql`;
  logger.info({ url }, 'subgraph ready');

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await apollo.stop(); // drains in-flight requests and closes the HTTP server
      await relay.stop();
      await consumer.stop();
      await Promise.all(workers.map((worker) => worker.stop()));
      await readiness.close();
      await orm.close(true);
      logger.info('subgraph stopped');
    })());

  return {
    name: definition.name,
    settings,
    url,
    port,
    orm,
    schema,
    events,
    relay,
    consumer,
    metrics,
    logger,
    stop,
    stopOnSignals() {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          logger.info({ signal }, 'stopping');
          stop().then(
            () => process.exit(0),
            (error: unknown) => {
              logger.error({ err: describeError(error) }, 'unclean stop');
              process.exit(1);
            },
          );
        });
      }
    },
  };
}

/** The city's identity provider, and the gateway when it signs for anonymous residents. */
export function trustedIssuersOf(
  config: z.infer<z.ZodObject<typeof subgraphEnvironment>>,
): TrustedIssuer[] {
  const issuers: TrustedIssuer[] = [
    {
      issuer: config.HUB_AUTH_ISSUER,
      audience: config.HUB_AUTH_AUDIENCE,
      publicKeyPem: config.HUB_AUTH_PUBLIC_KEY,
      jwksUrl: config.HUB_AUTH_JWKS_URL,
      algorithm: config.HUB_AUTH_ALGORITHM,
    },
  ];
  if (
    config.HUB_GATEWAY_ISSUER &&
    config.HUB_GATEWAY_PUBLIC_KEY &&
    config.HUB_GATEWAY_ISSUER !== config.HUB_AUTH_ISSUER
  ) {
    issuers.push({
      issuer: config.HUB_GATEWAY_ISSUER,
      audience: config.HUB_AUTH_AUDIENCE,
      publicKeyPem: config.HUB_GATEWAY_PUBLIC_KEY,
      algorithm: 'ES256',
    });
  }
  return issuers;
}

/** Cached for a second so a busy probe does not become load. */
function readinessProbe(orm: MikroORM, kafka: Kafka) {
  const admin = kafka.admin();
  let adminConnected = false;
  let last: { at: number; result: { postgres: boolean; kafka: boolean } } | null = null;
  const withTimeout = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
    ]);
  const check = async () => {
    if (last && Date.now() - last.at < 1_000) return last.result;
    const postgres = await withTimeout(orm.em.fork().execute('select 1')).then(
      () => true,
      () => false,
    );
    const kafkaUp = await withTimeout(
      (async () => {
        if (!adminConnected) {
          await admin.connect();
          adminConnected = true;
        }
        await admin.describeCluster();
      })(),
    ).then(
      () => true,
      () => false,
    );
    last = { at: Date.now(), result: { postgres, kafka: kafkaUp } };
    return last.result;
  };
  const close = async () => {
    if (adminConnected) await admin.disconnect().catch(() => undefined);
  };
  return { check, close };
}

const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** In production an unexpected error says only that it happened; the log has the rest. */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!production || CLIENT_ERROR_CODES.has(code)) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function logErrorsPlugin(logger: Logger): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            if (CLIENT_ERROR_CODES.has(code)) continue;
            (contextValue?.logger ?? logger).error(
              { err: describeError(error.originalError ?? error), path: error.path },
              'resolver failed',
            );
          }
        },
      };
    },
  };
}

/** Notices kafkajs prints on every start that say nothing about this hub's health. */
const KNOWN_KAFKAJS_NOTICES =
  /switched default partitioner|Limiting retries for the idempotent producer|coordinator is loading|group coordinator is not available/i;

function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, ...rest } = log;
      const fields = { kafka: { broker: rest.broker, groupId: rest.groupId, error: rest.error } };
      // kafkajs retries what it logs as errors (a coordinator still loading, a broker away);
      // the relay and consumer report lasting failures themselves.
      if (level === KafkaLogLevel.ERROR || level === KafkaLogLevel.WARN) {
        if (KNOWN_KAFKAJS_NOTICES.test(message)) logger.debug(fields, `kafka: ${message}`);
        else logger.warn(fields, `kafka: ${message}`);
      } else logger.debug(fields, `kafka: ${message}`);
    };
}
