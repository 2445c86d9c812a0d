import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { INTERNAL_ERROR_CODE, isClientErrorCode } from '@hub/contracts';
import type { GraphQLFormattedError } from 'graphql';
import { describeError, isDatabaseError, type Logger } from '../config/logger';
import type { RequestContext } from './context';

/**
 * In production an unexpected error says only that it happened; the log has the rest. In any
 * mode a database error never leaves with its statement, whose values may be personal data.
 */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  production: boolean,
  error?: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? INTERNAL_ERROR_CODE);
  if (isClientErrorCode(code)) return formatted;
  const original = unwrapResolverError(error);
  if (!production && isDatabaseError(original)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: describeError(original).message, extensions };
  }
  if (!production) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: INTERNAL_ERROR_CODE },
  };
}

export function logErrorsPlugin(logger: Logger): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? INTERNAL_ERROR_CODE);
            if (isClientErrorCode(code)) continue;
            (contextValue?.logger ?? logger).error(
              { err: describeError(error.originalError ?? error), path: error.path },
              'resolver failed',
            );
          }
        },
      };
    },
  };
}
