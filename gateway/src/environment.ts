import { z } from 'zod';
import { port, subgraphEnvironment } from '@hub/service-kit';

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

export const gatewayEnvironment = {
  NODE_ENV: subgraphEnvironment.NODE_ENV,
  LOG_LEVEL: subgraphEnvironment.LOG_LEVEL,
  PORT: port(4000),
  HUB_LISTEN_HOST: subgraphEnvironment.HUB_LISTEN_HOST,
  HUB_SUPERGRAPH_FILE: z
    .string()
    .optional()
    .describe('the composed supergraph; default schema/supergraph.graphql'),
  HUB_SUBGRAPH_URLS: subgraphUrls.optional(),
  HUB_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  HUB_AUTH_ISSUER: subgraphEnvironment.HUB_AUTH_ISSUER,
  HUB_AUTH_AUDIENCE: subgraphEnvironment.HUB_AUTH_AUDIENCE,
  HUB_AUTH_PUBLIC_KEY: subgraphEnvironment.HUB_AUTH_PUBLIC_KEY,
  HUB_AUTH_JWKS_URL: subgraphEnvironment.HUB_AUTH_JWKS_URL,
  HUB_AUTH_ALGORITHM: subgraphEnvironment.HUB_AUTH_ALGORITHM,
  HUB_GATEWAY_ISSUER: z
    .string()
    .min(1)
    .describe('the iss of the tokens the gateway signs for anonymous residents'),
  HUB_GATEWAY_SIGNING_KEY: z
    .string()
    .min(1)
    .describe("PEM (PKCS#8, ES256) private key the gateway signs anonymous residents' tokens with"),
};
