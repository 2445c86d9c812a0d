import type { ApolloServerPlugin } from '@apollo/server';
import { INTERNAL_ERROR_CODE, isClientErrorCode } from '@hub/contracts';
import { describeError, type Logger } from '@hub/service-kit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Counter } from 'prom-client';
import type { GatewayContext } from './context';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

function codeOf(error: { extensions?: Record<string, unknown> }): string {
  return String(error.extensions?.code ?? INTERNAL_ERROR_CODE);
}

/**
 * Apollo's formatError: in production an unexpected error says only that it happened (the
 * request id is added before the answer leaves, see requestErrorsPlugin); elsewhere it keeps
 * its message, but never the subgraph's raw HTTP response.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  if (isClientErrorCode(codeOf(formatted))) return formatted;
  if (!production) {
    const { response: _response, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: INTERNAL_ERROR_CODE },
  };
}

/**
 * Every internal error is logged once, with the request id and trace id, the subgraph it came
 * from and what really happened; the client gets the same request id in each such error (the
 * X-Request-Id header carries it on every answer) so that an operator finds the log line.
 */
export function requestErrorsPlugin(
  logger: Logger,
  errorsByCode: Counter<'code'>,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = codeOf(error);
            errorsByCode.inc({ code });
            if (isClientErrorCode(code) && code !== 'SUBGRAPH_UNAVAILABLE') continue;
            logger[code === 'SUBGRAPH_UNAVAILABLE' ? 'warn' : 'error'](
              {
                requestId: contextValue?.requestId,
                traceparent: contextValue?.traceparent,
                code,
                serviceName: error.extensions?.serviceName,
                path: error.path,
                // A subgraph's error arrives as a plain object: its message is the error's own.
                err: describeError(
                  error.originalError instanceof Error ? error.originalError : error,
                ),
              },
              code === 'SUBGRAPH_UNAVAILABLE' ? 'subgraph unavailable' : 'request failed',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          const requestId = contextValue?.requestId;
          if (!requestId || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((error) => !isClientErrorCode(codeOf(error)))) return;
          response.body.singleResult.errors = errors.map((error) =>
            isClientErrorCode(codeOf(error))
              ? error
              : {
                  ...error,
                  message:
                    error.message === INTERNAL_ERROR_MESSAGE
                      ? `${INTERNAL_ERROR_MESSAGE}; quote request id ${requestId}`
                      : error.message,
                  extensions: { ...error.extensions, requestId },
                },
          );
        },
      };
    },
  };
}

/**
 * A document whose operation cannot be chosen (an unknown operationName, or several operations
 * and none named) is the client's mistake: graphql-js says so with a 400, but the gateway's
 * executor would throw it as a 500. Refused here, before the executor, as graphql-js would.
 */
export function operationResolutionPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const name = request.operationName;
          throw new GraphQLError(
            name
              ? `Unknown operation named "${name}".`
              : 'Must provide operation name if query contains multiple operations.',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
