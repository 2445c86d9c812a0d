import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from '../access/tokens';
import { z } from 'zod';

/**
 * Configuration that explains itself: each service declares its variables as a zod object,
 * and start-up fails with every problem listed at once (never one at a time, never a value).
 */
export interface EnvironmentProblem {
  readonly variable: string;
  readonly problem: string;
}

export class EnvironmentError extends Error {
  constructor(
    readonly service: string,
    readonly problems: readonly EnvironmentProblem[],
  ) {
    super(
      `${service}: invalid configuration\n` +
        problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n'),
    );
    this.name = 'EnvironmentError';
  }
}

/** Variables with this prefix belong to the hub: an unknown one is a typo, not noise. */
export const HUB_VARIABLE_PREFIX = 'HUB_';

export function loadEnvironment<Shape extends z.ZodRawShape>(
  service: string,
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const problems: EnvironmentProblem[] = [];
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? '(environment)');
      const problem =
        issue.code === 'invalid_type' && issue.received === 'undefined'
          ? `is required (${describeExpected(shape[variable])})`
          : issue.message;
      problems.push({ variable, problem });
    }
  }
  for (const name of Object.keys(env)) {
    if (name.startsWith(HUB_VARIABLE_PREFIX) && !(name in shape)) {
      problems.push({ variable: name, problem: `is not a setting of ${service}` });
    }
  }
  if (problems.length > 0 || !parsed.success) throw new EnvironmentError(service, problems);
  return parsed.data;
}

/** For main(): print the problems (names only, never values) and stop. */
export function loadEnvironmentOrExit<Shape extends z.ZodRawShape>(
  service: string,
  shape: Shape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  try {
    return loadEnvironment(service, shape, env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function describeExpected(schema: z.ZodTypeAny | undefined): string {
  return schema?.description ?? 'see .env.template';
}

// Building blocks shared by every service's environment.

export const commaList = (description: string) =>
  z
    .string()
    .describe(description)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length > 0, { message: `must name at least one (${description})` });

export const booleanFlag = (defaultValue: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: "must be 'true' or 'false'" })
    .default(defaultValue ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

export const port = (defaultValue: number) =>
  z.coerce
    .number({ message: 'must be a port number' })
    .int()
    .min(0, 'must be a port number from 0 to 65535')
    .max(65535, 'must be a port number from 0 to 65535')
    .default(defaultValue);

export const postgresUrl = z
  .string()
  .describe('a postgres:// connection URL')
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: 'must be a postgres:// connection URL',
  });

/** Where /metrics is served: an internal port, or the service's own behind a token. */
export const metricsEnvironment = {
  HUB_METRICS_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int()
    .min(0, 'must be a port number from 0 to 65535')
    .max(65535, 'must be a port number from 0 to 65535')
    .optional()
    .describe('serve /metrics on this port only (on HUB_METRICS_HOST), not on the service port'),
  HUB_METRICS_HOST: z.string().default('127.0.0.1').describe('the address HUB_METRICS_PORT binds'),
  HUB_METRICS_TOKEN: z
    .string()
    .min(16, 'must be 16 characters or more')
    .optional()
    .describe('a bearer token /metrics on the service port requires'),
};

/** The variables every subgraph reads; a subgraph adds its own beside them. */
export const subgraphEnvironment = {
  // Production unless told otherwise: no stack traces, no schema introspection for strangers.
  NODE_ENV: z.enum(['development', 'test', 'production']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PORT: port(0),
  HUB_LISTEN_HOST: z
    .string()
    .default('127.0.0.1')
    .describe('the address to listen on; 0.0.0.0 in a container'),
  DATABASE_URL: postgresUrl,
  KAFKA_BROKERS: commaList('Kafka bootstrap servers, host:port separated by commas'),
  HUB_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case SQL identifier')
    .optional(),
  HUB_EVENTS_TOPIC: z.string().min(1).default('hub.cases.v1'),
  HUB_EVENTS_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(6),
  HUB_JURISDICTION: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug such as city-of-riverside')
    .default('demo-city'),
  HUB_RUN_MIGRATIONS: booleanFlag(true),
  HUB_DATABASE_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .default(10)
    .describe(
      "most PostgreSQL connections this service opens (the server's max_connections is shared by every service)",
    ),
  HUB_AUTH_ISSUER: z.string().min(1).describe('the iss claim tokens must carry'),
  HUB_AUTH_AUDIENCE: z.string().min(1).describe('the aud claim tokens must carry'),
  HUB_AUTH_PUBLIC_KEY: z
    .string()
    .optional()
    .describe('PEM (SPKI) public key that verifies tokens; or use HUB_AUTH_JWKS_URL'),
  HUB_AUTH_JWKS_URL: z.string().url().optional(),
  HUB_AUTH_ALGORITHM: z.enum(['ES256', 'RS256', 'EdDSA']).default('ES256'),
  HUB_AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS)
    .describe('the longest a token may live (exp - iat); tokens without exp are refused'),
  HUB_GATEWAY_ISSUER: z
    .string()
    .optional()
    .describe('the iss of the short-lived tokens the gateway signs for anonymous residents'),
  HUB_GATEWAY_PUBLIC_KEY: z.string().optional().describe('PEM (SPKI, ES256) key of the gateway'),
  HUB_TIME_ZONE: z.string().default('America/Los_Angeles'),
  ...metricsEnvironment,
};
