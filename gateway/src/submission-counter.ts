import { describeError, type Logger } from '@hub/service-kit';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** The table every gateway replica counts submissions in, in its role's own schema. */
export const SUBMISSION_COUNT_TABLE = 'submission_count';

export type TakeOutcome =
  { readonly taken: true } | { readonly taken: false; readonly retryAfterSeconds: number };

/** Submissions per caller in a fixed window, counting only what was let through. */
export interface SubmissionCounter {
  /** How many one caller may make per window. */
  readonly limit: number;
  /**
   * Counts `count` submissions, or none at all when they would pass the limit. Rejects when
   * the store cannot be reached: the caller decides what that means.
   */
  take(callerKey: string, count: number): Promise<TakeOutcome>;
  /** Uncounts submissions that were counted but created nothing. */
  giveBack(callerKey: string, count: number): Promise<void>;
}

export interface SubmissionCounters {
  readonly anonymous: SubmissionCounter;
  readonly resident: SubmissionCounter;
  /** True when the counts are in PostgreSQL, shared by every replica. */
  readonly shared: boolean;
  close(): Promise<void>;
}

export interface SubmissionCountersOptions {
  /** Where the replicas share their counts; without it each counts in its own memory. */
  readonly databaseUrl?: string;
  readonly anonymousLimit: number;
  readonly residentLimit: number;
  readonly windowSeconds: number;
  readonly logger: Logger;
}

/**
 * Opens the counters, and in PostgreSQL creates their table if it is missing. A store that
 * cannot be opened stops start-up, as a subgraph without its database does: a wrong URL or
 * password is found when deploying, not by refused residents.
 */
export async function openSubmissionCounters(
  options: SubmissionCountersOptions,
): Promise<SubmissionCounters> {
  const duration = options.windowSeconds;
  if (!options.databaseUrl) {
    return {
      anonymous: counterOf(new RateLimiterMemory({ points: options.anonymousLimit, duration })),
      resident: counterOf(new RateLimiterMemory({ points: options.residentLimit, duration })),
      shared: false,
      close: async () => {},
    };
  }
  const pool = new Pool({
    connectionString: options.databaseUrl,
    application_name: 'hub-gateway',
    max: 4,
    // A store that does not answer refuses submissions within seconds instead of holding them.
    connectionTimeoutMillis: 2_000,
    statement_timeout: 2_000,
    query_timeout: 3_000,
  });
  // An idle connection the server closes (a restart, a failover) is dropped from the pool;
  // unhandled, that event would stop the gateway.
  pool.on('error', (error) =>
    options.logger.warn({ err: describeError(error) }, 'submission limit store connection lost'),
  );
  try {
    const anonymous = await postgresLimiter(pool, 'anonymous', options.anonymousLimit, duration);
    const resident = await postgresLimiter(pool, 'resident', options.residentLimit, duration);
    return {
      anonymous: counterOf(anonymous),
      resident: counterOf(resident),
      shared: true,
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(
      `the submission limit store (HUB_GATEWAY_DATABASE_URL) cannot be opened: ` +
        describeError(error).message,
    );
  }
}

function postgresLimiter(
  pool: Pool,
  keyPrefix: string,
  points: number,
  duration: number,
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: pool,
        storeType: 'pool',
        tableName: SUBMISSION_COUNT_TABLE,
        keyPrefix,
        points,
        duration,
      },
      (error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

function counterOf(limiter: RateLimiterAbstract): SubmissionCounter {
  const giveBack = async (storeKey: string, count: number) => {
    const after = await limiter.reward(storeKey, count);
    // The window ended in between, so the points went into the next one, below zero: level it.
    if (after.consumedPoints < 0) await limiter.penalty(storeKey, -after.consumedPoints);
  };
  return {
    limit: limiter.points,
    async take(callerKey, count) {
      const storeKey = storeKeyOf(callerKey);
      try {
        await limiter.consume(storeKey, count);
        return { taken: true };
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        // consume counted the refused points too: returned, a refused request costs nothing.
        await giveBack(storeKey, count);
        return {
          taken: false,
          retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
        };
      }
    },
    giveBack: (callerKey, count) => giveBack(storeKeyOf(callerKey), count),
  };
}

/** Fixed length whatever the subject, and no address or subject in clear in the table. */
function storeKeyOf(callerKey: string): string {
  return createHash('sha256').update(callerKey).digest('base64url');
}
