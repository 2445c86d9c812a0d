import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { EventContracts } from '@hub/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { AccessLog } from '../access/access-log';
import { AuthenticationError, createTokenVerifier, type Caller } from '../access/tokens';
import { loadEnvironment, subgraphEnvironment } from '../config/environment';
import { createLogger, describeError } from '../config/logger';
import { migrate, openDatabase } from '../database/database';
import { EventConsumer } from '../events/consumer';
import { EventPublisher } from '../events/outbox';
import { OutboxRelay } from '../events/relay';
import { ensureTopics } from '../events/topics';
import { headerValue, refuseUnauthenticated, timeRequests } from '../http/http';
import {
  PARSE_OPTIONS,
  armorProtection,
  maxPageSizePlugin,
  maxPageSizeRule,
} from '../graphql/operation-limits';
import { unsafeTextPlugin } from '../graphql/unsafe-text';
import { HubMetrics } from '../http/metrics';
import { mountMetrics } from '../http/metrics-endpoint';
import { statusCopyStep } from '../status-copy/apply';
import { StatusCopyReader } from '../status-copy/reader';
import { HybridLogicalClock } from '../time/hlc';
import type { RequestContext } from './context';
import type { RunningSubgraph, SubgraphDefinition, SubgraphRuntime } from './definition';
import { logErrorsPlugin, maskInternalError } from './error-reporting';
import { kafkaLogCreator } from './kafka-logging';
import { readinessProbe } from './readiness';
import { buildFederatedSchema } from './schema';
import { trustedIssuersOf } from './trusted-issuers';

/**
 * Starts a subgraph: configuration, database and migrations, Kafka topics, the outbox relay,
 * the consumer (with the kit's status merge), the subgraph's workers, and the GraphQL server
 * with /healthz, /readyz and /metrics. Everything a service needs at runtime is here once.
 */
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

  const armor = armorProtection(production);
  const apollo = new ApolloServer<RequestContext<Loaders, Settings>>({
    schema,
    // The gateway's limits, again: a subgraph called directly refuses what it would.
    parseOptions: PARSE_OPTIONS,
    validationRules: [...armor.validationRules, maxPageSizeRule()],
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(), // no Apollo Studio: traces would only cost time
      ...(armor.plugins as ApolloServerPlugin<RequestContext<Loaders, Settings>>[]),
      maxPageSizePlugin() as ApolloServerPlugin<RequestContext<Loaders, Settings>>,
      logErrorsPlugin(logger),
      unsafeTextPlugin(),
    ],
    formatError: (formatted, error) => maskInternalError(formatted, production, error),
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
  const metricsEndpoint = await mountMetrics(app, {
    registry: metrics.registry,
    production,
    config,
    logger,
    beforeScrape: async () => void (await relay.measureLag()),
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
          settings,
          events,
          statusCopies: new StatusCopyReader(em),
          accessLog: new AccessLog(em, caller),
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
      await metricsEndpoint.close();
      await orm.close(true);
      logger.info('subgraph stopped');
    })());

  return {
    name: definition.name,
    settings,
    url,
    port,
    metricsPort: metricsEndpoint.port,
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
