/**
 * The `extensions.code` values a client can act on. Their messages reach the client as
 * written in every mode; any other error is masked in production ("Internal server error"
 * with a request id) and logged in full. The subgraphs raise the first five; the rest come
 * from GraphQL parsing and validation, Apollo Server, or the gateway itself.
 */
export const CLIENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'RATE_LIMITED',
  // Names the subgraph that did not answer, never its address or the underlying error.
  'SUBGRAPH_UNAVAILABLE',
] as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** The code of every error that is not the client's to act on. */
export const INTERNAL_ERROR_CODE = 'INTERNAL_SERVER_ERROR';

export function isClientErrorCode(code: unknown): code is ClientErrorCode {
  return typeof code === 'string' && (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}
