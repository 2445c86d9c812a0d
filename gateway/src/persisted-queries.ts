import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/**
 * Automatic persisted queries (on in Apollo Server by default): a client sends a query with
 * its SHA-256, and afterwards the hash alone. Apollo Server refuses a hash that is not its
 * query's, or a version other than 1, but with an error that has no code, which this gateway
 * (as any unexpected error) answers as INTERNAL_SERVER_ERROR, masked in production. Both are
 * the client's to fix, so they are answered here, before GraphQL, as the bad request they are.
 * A request that is well formed goes on to Apollo Server unchanged.
 */
export const refuseMismatchedPersistedQuery: RequestHandler = (req, res, next) => {
  const problem = persistedQueryProblem(req);
  if (!problem) return next();
  res.status(400).json({ errors: [{ message: problem, extensions: { code: 'BAD_REQUEST' } }] });
};

function persistedQueryProblem(req: Request): string | undefined {
  const { query, extensions } = requestParameters(req);
  const persisted = (extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (!persisted) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) return 'extensions.persistedQuery.version must be 1';
  if (typeof query !== 'string') return undefined;
  if (sha256Hash !== createHash('sha256').update(query).digest('hex')) {
    return (
      'extensions.persistedQuery.sha256Hash does not match the query: it must be the SHA-256 ' +
      'of the query text exactly as sent, in lower-case hexadecimal'
    );
  }
  return undefined;
}

/** A POST's JSON body, or a GET's query string (where extensions is JSON text). */
function requestParameters(req: Request): { query?: unknown; extensions?: unknown } {
  if (req.method !== 'GET') {
    const body: unknown = req.body;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  }
  const { query, extensions } = (req.query ?? {}) as Record<string, unknown>;
  if (typeof extensions !== 'string') return { query };
  try {
    return { query, extensions: JSON.parse(extensions) as unknown };
  } catch {
    // Not JSON: Apollo Server refuses it as a bad request itself.
    return { query };
  }
}
