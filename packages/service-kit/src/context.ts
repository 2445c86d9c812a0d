import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './auth';
import type { Logger } from './logger';
import type { EventPublisher } from './outbox';
import type { StatusCopyReader } from './status-copy.store';

/**
 * What a resolver gets, built fresh for each request: its own EntityManager (a fork, so no
 * identity map is shared between callers), fresh DataLoaders, and the verified caller.
 */
export interface RequestContext<Loaders = Record<string, never>> {
  readonly em: EntityManager;
  readonly loaders: Loaders;
  readonly caller: Caller;
  readonly events: EventPublisher;
  /** This subgraph's copy of every case's status, batched per request. */
  readonly statusCopies: StatusCopyReader;
  readonly requestId: string;
  readonly traceparent?: string;
  readonly logger: Logger;
}

/** Builds a request's loaders; `settings` is what the subgraph's `prepare` returned at start. */
export type LoaderFactory<Loaders, Settings = undefined> = (
  em: EntityManager,
  caller: Caller,
  settings: Settings,
) => Loaders;
