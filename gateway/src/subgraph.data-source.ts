import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';

/**
 * How the gateway talks to one subgraph: it forwards the caller's own token (each subgraph
 * verifies it again; a header anyone could set is never trusted), or for an anonymous
 * resident a short-lived token the gateway signs; plus the request id and trace context.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http || !context?.authorization) return;
    request.http.headers.set('authorization', context.authorization);
    request.http.headers.set('x-request-id', context.requestId);
    if (context.traceparent) request.http.headers.set('traceparent', context.traceparent);
  }
}
