import type { Caller } from '@hub/service-kit';

/** Per request at the gateway: who calls, and what to forward to the subgraphs. */
export interface GatewayContext {
  readonly caller: Caller;
  /** The `Authorization` header the subgraphs receive. */
  readonly authorization: string;
  readonly requestId: string;
  readonly traceparent?: string;
}
