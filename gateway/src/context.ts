import type { Caller } from '@hub/service-kit';

/** Per request at the gateway: who calls, and what to forward to the subgraphs. */
export interface GatewayContext {
  readonly caller: Caller;
  /** The `Authorization` header the subgraphs receive. */
  readonly authorization: string;
  /** The caller's X-Request-Id if it is a plain token, else one made here; in every log line. */
  readonly requestId: string;
  /** W3C traceparent forwarded to the subgraphs: the caller's trace, or one started here. */
  readonly traceparent: string;
  /** The client's address (behind trusted proxies, from X-Forwarded-For): what limits count. */
  readonly clientAddress: string;
}
