import { isClientErrorCode } from '@hub/contracts';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Agent as HttpAgent } from 'node:http';
import nodeFetch, { type RequestInit as NodeFetchInit } from 'node-fetch';
import type { Counter, Histogram } from 'prom-client';
import type { GatewayContext } from './context';

export interface SubgraphMetrics {
  readonly requests: Counter<'subgraph' | 'outcome'>;
  readonly duration: Histogram<'subgraph'>;
}

export interface SubgraphDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly timeoutMs: number;
  readonly agent: HttpAgent;
  readonly metrics: SubgraphMetrics;
}

/**
 * How the gateway talks to one subgraph: it forwards the caller's own token (each subgraph
 * verifies it again; a header anyone could set is never trusted), or for an anonymous
 * resident a short-lived token the gateway signs; plus the request id and trace context.
 *
 * A subgraph that is down, answers late (HUB_SUBGRAPH_TIMEOUT_MS) or answers with an HTTP
 * error does not fail the whole answer: its fields become null and the answer carries one
 * SUBGRAPH_UNAVAILABLE error naming it, never its address or the underlying error (that is
 * logged with the request id).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphDataSourceOptions;

  constructor(options: SubgraphDataSourceOptions) {
    super({
      url: options.url,
      // node-fetch over a keep-alive agent: measurably cheaper per call than the built-in fetch.
      fetcher: ((url: string, init: NodeFetchInit) =>
        nodeFetch(url, {
          ...init,
          agent: options.agent,
          signal: AbortSignal.timeout(options.timeoutMs) as NodeFetchInit['signal'],
        })) as never,
    });
    this.options = options;
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http || !context?.authorization) return;
    request.http.headers.set('authorization', context.authorization);
    request.http.headers.set('x-request-id', context.requestId);
    request.http.headers.set('traceparent', context.traceparent);
  }

  override async process(
    options: Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0],
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const { name, metrics } = this.options;
    const stopTimer = metrics.duration.startTimer({ subgraph: name });
    try {
      const response = await super.process(options);
      metrics.requests.inc({ subgraph: name, outcome: 'answered' });
      return response;
    } catch (error) {
      metrics.requests.inc({ subgraph: name, outcome: 'failed' });
      throw error;
    } finally {
      stopTimer();
    }
  }

  override didEncounterError(
    error: Error,
    _request: unknown,
    response?: { readonly status: number },
  ): never {
    const { name, timeoutMs } = this.options;
    const refusal = response?.status === 400 ? clientRefusalIn(error) : undefined;
    if (refusal) {
      // The subgraph refused the input (a malformed date, say): the caller's error, not an
      // outage. Its message is one a client may read, as its code says.
      throw new GraphQLError(refusal.message, {
        extensions: { ...refusal.extensions, serviceName: name },
      });
    }
    const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
    const reason = response
      ? `answered HTTP ${response.status}`
      : timedOut
        ? `did not answer within ${timeoutMs} ms`
        : 'could not be reached';
    throw new GraphQLError(
      `the ${name} service is unavailable: it ${reason}; its fields are null`,
      {
        originalError: error,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
      },
    );
  }
}

/** The first error a subgraph's 400 answer gives with a code a client may act on. */
function clientRefusalIn(
  error: Error,
): { message: string; extensions: { code: string; field?: string } } | undefined {
  const body = (error as GraphQLError).extensions?.response as
    | { body?: { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } }
    | undefined;
  for (const candidate of body?.body?.errors ?? []) {
    const code = candidate.extensions?.code;
    if (typeof candidate.message === 'string' && isClientErrorCode(code)) {
      const field = candidate.extensions?.field;
      return {
        message: candidate.message,
        extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
      };
    }
  }
  return undefined;
}
