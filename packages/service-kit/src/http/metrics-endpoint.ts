import express, { type Express, type RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import type { Logger } from '../config/logger';

export interface MetricsEndpointOptions {
  readonly registry: Registry;
  readonly production: boolean;
  readonly config: {
    readonly HUB_METRICS_PORT?: number;
    readonly HUB_METRICS_HOST: string;
    readonly HUB_METRICS_TOKEN?: string;
  };
  readonly logger: Logger;
  /** Refreshes gauges before a scrape (e.g. the outbox lag). */
  readonly beforeScrape?: () => Promise<void>;
}

/**
 * Mounts /metrics where configured. Metrics name services, subgraphs and error rates, so in
 * production they are never open on the service's port: with HUB_METRICS_PORT they are served
 * on an internal port instead, with HUB_METRICS_TOKEN behind a bearer token; with neither, not
 * at all (and the start-up log says so). Development and tests serve them openly.
 */
export async function mountMetrics(
  app: Express,
  options: MetricsEndpointOptions,
): Promise<{ readonly port: number | null; close(): Promise<void> }> {
  const { registry, config, logger } = options;
  const scrape: RequestHandler = async (_req, res) => {
    await options.beforeScrape?.().catch(() => undefined);
    res.type(registry.contentType).send(await registry.metrics());
  };
  if (config.HUB_METRICS_PORT !== undefined) {
    const internal = express();
    internal.disable('x-powered-by');
    internal.get('/metrics', scrape);
    const server: Server = createServer(internal);
    await new Promise<void>((resolve) =>
      server.listen(config.HUB_METRICS_PORT, config.HUB_METRICS_HOST, resolve),
    );
    const bound = (server.address() as { port: number }).port;
    return {
      port: bound,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
  if (config.HUB_METRICS_TOKEN) {
    const expected = Buffer.from(`Bearer ${config.HUB_METRICS_TOKEN}`);
    app.get(
      '/metrics',
      (req, res, next) => {
        const given = Buffer.from(req.headers.authorization ?? '');
        if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
        res.status(401).set('WWW-Authenticate', 'Bearer').send('a metrics token is required');
      },
      scrape,
    );
  } else if (!options.production) {
    app.get('/metrics', scrape);
  } else {
    logger.warn('metrics are not served: set HUB_METRICS_PORT or HUB_METRICS_TOKEN');
  }
  return { port: null, close: async () => undefined };
}
