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

/** What an error may say in a log: its class and message, never the objects it carried. */
export function describeError(error: unknown): { type: string; message: string } {
  if (error instanceof Error) return { type: error.name, message: error.message };
  return { type: typeof error, message: String(error) };
}
