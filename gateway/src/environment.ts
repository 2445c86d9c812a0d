import { z } from 'zod';
import { metricsEnvironment, port, postgresUrl, subgraphEnvironment } from '@hub/service-kit';

/** `name=url` pairs, comma-separated: where each subgraph answers (overrides the supergraph's). */
const subgraphUrls = z
  .string()
  .describe('name=url pairs separated by commas, e.g. intake=http://127.0.0.1:4101/graphql')
  .transform((text, context) => {
    const urls: Record<string, string> = {};
    for (const pair of text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [name, url] = pair.split('=');
      if (!name || !url || !/^https?:\/\//.test(url)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: 'each entry must be name=http(s)://host:port/graphql',
        });
        return z.NEVER;
      }
      urls[name] = url;
    }
    return urls;
  });

/**
 * Express's `trust proxy`: behind a load balancer the client's address is in X-Forwarded-For,
 * and only the hops named here may set it. Unset: the socket's address is the client's.
 */
const trustProxy = z
  .string()
  .min(1)
  .describe('a hop count (e.g. 1) or comma-separated addresses/subnets of trusted proxies')
  .transform((text): number | string[] =>
    /^\d+$/.test(text)
      ? Number(text)
      : text
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
  );

export const gatewayEnvironment = {
  NODE_ENV: subgraphEnvironment.NODE_ENV,
  LOG_LEVEL: subgraphEnvironment.LOG_LEVEL,
  PORT: port(4000),
  HUB_LISTEN_HOST: subgraphEnvironment.HUB_LISTEN_HOST,
  ...metricsEnvironment,
  HUB_SUPERGRAPH_FILE: z
    .string()
    .optional()
    .describe('the composed supergraph; default schema/supergraph.graphql'),
  HUB_SUBGRAPH_URLS: subgraphUrls.optional(),
  HUB_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  HUB_QUERY_PLAN_CACHE_MIB: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_024)
    .default(30)
    .describe('approximate size of the query-plan cache, in MiB'),
  HUB_MAX_REQUEST_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(16 * 1_024 * 1_024)
    .default(256 * 1_024)
    .describe('the largest request body the gateway reads, in bytes'),
  HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('how many submitCase calls one client address may make anonymously per window'),
  HUB_RESIDENT_SUBMISSIONS_PER_WINDOW: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'how many submitCase calls one signed-in resident (token subject) may make per window; ' +
        'default HUB_ANONYMOUS_SUBMISSIONS_PER_WINDOW',
    ),
  HUB_ANONYMOUS_SUBMISSION_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(3_600)
    .describe('the window of both submission limits, in seconds'),
  HUB_GATEWAY_DATABASE_URL: postgresUrl
    .optional()
    .describe(
      'PostgreSQL where every gateway replica counts submissions (its role needs a schema of ' +
        'its own as search_path); unset, each replica counts in its own memory',
    ),
  HUB_TRUST_PROXY: trustProxy.optional(),
  HUB_AUTH_ISSUER: subgraphEnvironment.HUB_AUTH_ISSUER,
  HUB_AUTH_AUDIENCE: subgraphEnvironment.HUB_AUTH_AUDIENCE,
  HUB_AUTH_PUBLIC_KEY: subgraphEnvironment.HUB_AUTH_PUBLIC_KEY,
  HUB_AUTH_JWKS_URL: subgraphEnvironment.HUB_AUTH_JWKS_URL,
  HUB_AUTH_ALGORITHM: subgraphEnvironment.HUB_AUTH_ALGORITHM,
  HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS: subgraphEnvironment.HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS,
  HUB_GATEWAY_ISSUER: z
    .string()
    .min(1)
    .describe('the iss of the tokens the gateway signs for anonymous residents'),
  HUB_GATEWAY_SIGNING_KEY: z
    .string()
    .min(1)
    .describe("PEM (PKCS#8, ES256) private key the gateway signs anonymous residents' tokens with"),
};
