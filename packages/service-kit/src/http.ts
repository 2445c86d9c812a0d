import type { RequestHandler, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';
import type { AuthenticationError } from './auth';

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

/** Times every request into the histogram, by route and status. */
export function timeRequests(histogram: Histogram<'route' | 'status'>): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      histogram.observe({ route: req.path, status: String(res.statusCode) }, seconds);
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
