import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessLog } from '../access/access-log';
import type { Caller } from '../access/tokens';
import type { Logger } from '../config/logger';
import type { EventPublisher } from '../events/outbox';
import type { StatusCopyReader } from '../status-copy/reader';

/**
 * What a resolver gets, built fresh for each request: its own EntityManager (a fork, so no
 * identity map is shared between callers), fresh DataLoaders, the verified caller, and the
 * settings the subgraph prepared at start.
 */
export interface RequestContext<Loaders = Record<string, never>, Settings = unknown> {
  readonly em: EntityManager;
  readonly loaders: Loaders;
  /** What the subgraph's `prepare` returned at start; the same object for every request. */
  readonly settings: Settings;
  readonly caller: Caller;
  readonly events: EventPublisher;
  /** This subgraph's copy of every case's status, batched per request. */
  readonly statusCopies: StatusCopyReader;
  /** This request's attempts on restricted fields, written in one insert per tick. */
  readonly accessLog: AccessLog;
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
