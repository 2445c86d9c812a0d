import 'reflect-metadata';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { INTERNAL_ERROR_CODE } from '@hub/contracts';
import {
  AuthenticationError,
  createLogger,
  createTokenVerifier,
  identityProviderOf,
  describeError,
  headerValue,
  httpRequestDurationHistogram,
  loadEnvironment,
  refuseUnauthenticated,
  mountMetrics,
  PARSE_OPTIONS,
  armorProtection,
  maxPageSizePlugin,
  maxPageSizeRule,
  unsafeTextPlugin,
  timeRequests,
  type Caller,
  type Logger,
} from '@hub/service-kit';
import express, { type ErrorRequestHandler } from 'express';
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AnonymousTokenSigner } from './anonymous-token';
import type { GatewayContext } from './context';
import { gatewayEnvironment } from './environment';
import {
  INTERNAL_ERROR_MESSAGE,
  formatGatewayError,
  operationResolutionPlugin,
  requestErrorsPlugin,
} from './errors';
import { requestIdOf, traceparentFor } from './request-identity';
import { supergraphForGateway } from './security-features';
import { refuseMismatchedPersistedQuery } from './persisted-queries';
import { openSubmissionCounters } from './submission-counter';
import { submissionLimit } from './submission-rate';
import { SubgraphDataSource } from './subgraph.data-source';
import { SUPERGRAPH_FILE } from './paths';

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly logger: Logger;
  /** The internal port /metrics is served on, when HUB_METRICS_PORT asks for one. */
  readonly metricsPort: number | null;
  stop(): Promise<void>;
  stopOnSignals(): void;
}

const ANONYMOUS_CALLER: Caller = {
  subject: 'anonymous',
  roles: [],
  department: null,
  agency: null,
  anonymous: true,
};

export interface GatewayOptions {
  /** Where the log lines go (standard output if unset); tests read them from here. */
  readonly logDestination?: DestinationStream;
}

/**
 * The hub's one endpoint. It serves the committed supergraph (never runtime introspection),
 * verifies the caller's token, and forwards it to the subgraphs, which verify it again.
 */

export async function createGateway(
  env: NodeJS.ProcessEnv = process.env,
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const config = loadEnvironment('gateway', gatewayEnvironment, env);
  const production = config.NODE_ENV === 'production';
  const logger = createLogger('gateway', config.LOG_LEVEL, options.logDestination);
  const supergraphSdl = supergraphForGateway(
    readFileSync(config.HUB_SUPERGRAPH_FILE ?? SUPERGRAPH_FILE, 'utf8'),
  );
  const subgraphUrls = config.HUB_SUBGRAPH_URLS ?? {};
  const verifyToken = await createTokenVerifier(identityProviderOf(config));
  const anonymousTokens = await AnonymousTokenSigner.create(
    config.HUB_GATEWAY_SIGNING_KEY,
    config.HUB_GATEWAY_ISSUER,
    config.HUB_AUTH_AUDIENCE,
  );

  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  metrics.setDefaultLabels({ service: 'gateway' });
  const requestDuration = httpRequestDurationHistogram(metrics);
  const subgraphMetrics = {
    requests: new Counter({
      name: 'hub_gateway_subgraph_requests_total',
      help: 'Requests the gateway sent to each subgraph, by outcome (answered, failed)',
      labelNames: ['subgraph', 'outcome'] as const,
      registers: [metrics],
    }),
    duration: new Histogram({
      name: 'hub_gateway_subgraph_request_duration_seconds',
      help: 'Time each subgraph took to answer the gateway',
      labelNames: ['subgraph'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [metrics],
    }),
  };
  const errorsByCode = new Counter({
    name: 'hub_gateway_errors_total',
    help: 'GraphQL errors the gateway answered, by code (limits refused, rate limited, ...)',
    labelNames: ['code'] as const,
    registers: [metrics],
  });

  // One keep-alive pool for every subgraph call; subgraphs keep idle sockets open for 65 s.
  const subgraphAgent = new HttpAgent({ keepAlive: true, maxSockets: 128 });
  const resolvedUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    // The gateway's LRU cache of query plans, keyed by operation; its size is approximate.
    experimental_approximateQueryPlanStoreMiB: config.HUB_QUERY_PLAN_CACHE_MIB,
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no address for subgraph ${name}`);
      resolvedUrls.set(name, target);
      return new SubgraphDataSource({
        name,
        url: target,
        timeoutMs: config.HUB_SUBGRAPH_TIMEOUT_MS,
        agent: subgraphAgent,
        metrics: subgraphMetrics,
      });
    },
  });

  const submissionCounters = await openSubmissionCounters({
    databaseUrl: config.HUB_GATEWAY_DATABASE_URL,
    anonymousLimit: config.HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW,
    residentLimit:
      config.HUB_RESIDENT_SUBMISSIONS_PER_WINDOW ?? config.HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW,
    windowSeconds: config.HUB_ANONYMOUS_SUBMISSION_WINDOW_SECONDS,
    logger,
  });
  if (!submissionCounters.shared) {
    logger.warn(
      'HUB_GATEWAY_DATABASE_URL is unset: submissions are counted in this process alone, so ' +
        'each replica behind a load balancer allows the whole limit',
    );
  }

  const app = express();
  const httpServer = createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const armor = armorProtection(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Off in production: no schema for the asking, no stack traces, no "did you mean".
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: PARSE_OPTIONS,
    validationRules: [...armor.validationRules, maxPageSizeRule()],
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      operationResolutionPlugin(),
      maxPageSizePlugin() as ApolloServerPlugin<GatewayContext>,
      unsafeTextPlugin<GatewayContext>(),
      submissionLimit({
        counters: submissionCounters,
        windowSeconds: config.HUB_ANONYMOUS_SUBMISSION_WINDOW_SECONDS,
        logger,
      }),
      requestErrorsPlugin(logger, errorsByCode),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError: (formatted) => formatGatewayError(formatted, production),
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (config.HUB_TRUST_PROXY !== undefined) app.set('trust proxy', config.HUB_TRUST_PROXY);
  app.use(timeRequests(requestDuration));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Ready when every subgraph answers its own /readyz (its PostgreSQL and Kafka reachable).
  app.get('/readyz', async (_req, res) => {
    const subgraphs: Record<string, boolean> = {};
    await Promise.all(
      [...resolvedUrls].map(async ([name, url]) => {
        subgraphs[name] = await fetch(url.replace(/\/graphql$/, '/readyz'), {
          signal: AbortSignal.timeout(2_000),
        }).then(
          (response) => response.ok,
          () => false,
        );
      }),
    );
    const unavailable = Object.keys(subgraphs).filter((name) => !subgraphs[name]);
    res.status(unavailable.length === 0 ? 200 : 503).json({
      service: 'gateway',
      status: unavailable.length === 0 ? 'ready' : 'unavailable',
      ...(unavailable.length > 0
        ? { message: `not ready: ${unavailable.join(', ')} unavailable`, unavailable }
        : {}),
      subgraphs,
    });
  });
  const metricsEndpoint = await mountMetrics(app, {
    registry: metrics,
    production,
    config,
    logger,
  });
  app.use(
    '/graphql',
    (req, res, next) => {
      res.locals.requestId = requestIdOf(headerValue(req.headers['x-request-id']));
      res.set('x-request-id', res.locals.requestId as string);
      next();
    },
    express.json({ limit: config.HUB_MAX_REQUEST_BYTES }),
    refuseMismatchedPersistedQuery,
    async (req, res, next) => {
      const header = req.headers.authorization;
      try {
        if (header) {
          res.locals.caller = await verifyToken(header);
          res.locals.authorization = header;
        } else {
          res.locals.caller = ANONYMOUS_CALLER;
          res.locals.authorization = await anonymousTokens.authorization();
        }
        next();
      } catch (error) {
        if (!(error instanceof AuthenticationError)) return next(error);
        refuseUnauthenticated(res, error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        caller: res.locals.caller as Caller,
        authorization: res.locals.authorization as string,
        requestId: res.locals.requestId as string,
        traceparent: traceparentFor(headerValue(req.headers.traceparent)),
        clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      }),
    }),
  );
  app.use(httpErrorHandler(logger, production));

  await new Promise<void>((resolve) =>
    httpServer.listen(config.PORT, config.HUB_LISTEN_HOST, resolve),
  );
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.HUB_LISTEN_HOST === '0.0.0.0' ? '127.0.0.1' : config.HUB_LISTEN_HOST;
  const url = `http://${host}:${port}/graphql`;
  logger.info({ url }, 'gateway ready');

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= apollo
      .stop()
      .then(() => metricsEndpoint.close())
      .then(() => submissionCounters.close())
      .then(() => subgraphAgent.destroy()));
  return {
    url,
    port,
    metricsPort: metricsEndpoint.port,
    logger,
    stop,
    stopOnSignals() {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          stop().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        });
      }
    },
  };
}

/**
 * What fails before GraphQL starts (a body too large, not JSON, in a charset it cannot read)
 * is the client's to fix: it gets the status the body parser chose and a GraphQL-shaped
 * error. Anything else is ours: a generic message with the request id, logged in full.
 */
function httpErrorHandler(logger: Logger, production: boolean): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number((error as { status?: unknown }).status);
    const requestId = res.locals.requestId as string | undefined;
    if (status >= 400 && status < 500) {
      const type = String((error as { type?: unknown }).type ?? '');
      const message =
        type === 'entity.too.large'
          ? `the request body is larger than the ${(error as { limit?: number }).limit ?? ''} bytes allowed`
          : type === 'entity.parse.failed'
            ? 'the request body is not valid JSON'
            : (error as Error).message || 'the request cannot be read';
      res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    logger.error({ requestId, err: describeError(error) }, 'request failed');
    res.status(500).json({
      errors: [
        {
          message: production
            ? `${INTERNAL_ERROR_MESSAGE}; quote request id ${requestId ?? 'unknown'}`
            : describeError(error).message,
          extensions: { code: INTERNAL_ERROR_CODE, requestId },
        },
      ],
    });
  };
}
