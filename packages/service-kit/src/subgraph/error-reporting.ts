import type { ApolloServerPlugin } from '@apollo/server';
import { INTERNAL_ERROR_CODE, isClientErrorCode } from '@hub/contracts';
import type { GraphQLFormattedError } from 'graphql';
import { describeError, type Logger } from '../config/logger';
import type { RequestContext } from './context';

/** In production an unexpected error says only that it happened; the log has the rest. */
export function maskInternalError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? INTERNAL_ERROR_CODE);
  if (!production || isClientErrorCode(code)) return formatted;
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
