import pino from 'pino';

/**
 * Personal data and secrets never reach the logs. Every structured field that can carry a
 * reporter's identity or a credential is censored by path, wherever it is nested.
 */
export const REDACTED_PATHS = [
  'authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'token',
  'password',
  'variables',
  'reporter',
  'email',
  'phone',
  'address',
  'contact',
  'envelope.data',
  '*.authorization',
  '*.token',
  '*.password',
  '*.variables',
  '*.reporter',
  '*.email',
  '*.phone',
  '*.name',
  '*.address',
  '*.contact',
  '*.*.email',
  '*.*.phone',
  '*.*.name',
  '*.*.address',
];

export type Logger = pino.Logger;

export function createLogger(
  service: string,
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      name: service,
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service },
    },
    destination,
  );
}

/**
 * What an error may say in a log: its class and message, never the objects it carried. A
 * database error's message holds the statement with its values (names, emails, descriptions),
 * and its detail repeats them: it is told by its SQLSTATE and the constraint, table and column
 * it names instead.
 */
export function describeError(error: unknown): { type: string; message: string } {
  if (isDatabaseError(error)) {
    const { code, sqlState, constraint, table, column } = error;
    const where = [
      constraint && `constraint ${constraint}`,
      table && `table ${table}`,
      column && `column ${column}`,
    ].filter(Boolean);
    return {
      type: error instanceof Error ? error.name : 'DatabaseError',
      message: `database error ${sqlState ?? code ?? 'unknown'}${where.length ? ` (${where.join(', ')})` : ''}`,
    };
  }
  if (error instanceof Error) return { type: error.name, message: error.message };
  return { type: typeof error, message: String(error) };
}

interface DatabaseErrorFields {
  readonly code?: string;
  readonly sqlState?: string;
  readonly constraint?: string;
  readonly table?: string;
  readonly column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const STATEMENT = /\b(insert into|update \S+ set|delete from|select .* from|values \()/i;

/** A PostgreSQL error (node-postgres) or one MikroORM wrapped: it may carry a statement. */
export function isDatabaseError(error: unknown): error is DatabaseErrorFields & object {
  if (typeof error !== 'object' || error === null) return false;
  const { code, sqlState } = error as DatabaseErrorFields;
  if (typeof sqlState === 'string' || (typeof code === 'string' && SQLSTATE.test(code)))
    return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && STATEMENT.test(message);
}
