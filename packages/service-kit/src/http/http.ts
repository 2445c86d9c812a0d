import type { RequestHandler, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';
import type { AuthenticationError } from '../access/tokens';

/** The latency histogram every HTTP service of the hub (subgraphs and gateway) exposes. */
export function httpRequestDurationHistogram(registry: Registry): Histogram<'route' | 'status'> {
  return new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
}

/** The routes a hub service answers; any other path is timed as `other`. */
export const SERVICE_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics'] as const;

/**
 * Times every request into the histogram, by route and status. The route is one of the
 * service's own or `other`, never the raw path: a stranger probing paths must not be able to
 * add series without bound.
 */
export function timeRequests(
  histogram: Histogram<'route' | 'status'>,
  routes: readonly string[] = SERVICE_ROUTES,
): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const route = routes.includes(req.path) ? req.path : 'other';
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      histogram.observe({ route, status: String(res.statusCode) }, seconds);
    });
    next();
  };
}

/** 401 in GraphQL's error shape; the message says why, never what the token was. */
export function refuseUnauthenticated(res: Response, error: AuthenticationError): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
