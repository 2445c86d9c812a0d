import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { BuildSchemaOptions } from 'type-graphql';
import type { z } from 'zod';
import type { subgraphEnvironment } from '../config/environment';
import type { Logger } from '../config/logger';
import type { EventBatchStep, EventConsumer, EventHandlers } from '../events/consumer';
import type { EventPublisher } from '../events/outbox';
import type { OutboxRelay } from '../events/relay';
import type { HubMetrics } from '../http/metrics';
import type { LoaderFactory, RequestContext } from './context';

// What a subgraph hands to `createSubgraph`, and what it gets back.

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: RequestContext<never, never>) => unknown }
>;

export interface SubgraphDefinition<
  Loaders,
  Extra extends z.ZodRawShape = z.ZodRawShape,
  Settings = undefined,
> {
  /** e.g. 'routing'; also its schema, its consumer group and its event source. */
  readonly name: string;
  readonly resolvers: BuildSchemaOptions['resolvers'];
  readonly orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  readonly referenceResolvers?: ReferenceResolvers;
  readonly entities?: EntityClass<unknown>[];
  readonly migrations?: MigrationObject[];
  /** Variables of this subgraph beyond the ones every subgraph reads. */
  readonly environment?: Extra;
  /**
   * Runs once at start, after migrations and before anything consumes, relays or serves:
   * turns the configuration into what the subgraph works with (files read, tables stored).
   * What it returns reaches every request's loaders, the event handlers and the workers.
   */
  readonly prepare?: (runtime: SubgraphRuntime<Extra>) => Promise<Settings> | Settings;
  readonly eventHandlers?: EventHandlers | ((settings: Settings) => EventHandlers);
  /**
   * Work on many events in one statement, run after the kit's status merge on the same runs
   * of events (see EventBatchStep); for frequent events a per-event handler would be slow on.
   */
  readonly eventBatchSteps?: (settings: Settings) => readonly EventBatchStep[];
  readonly createLoaders?: LoaderFactory<Loaders, Settings>;
  /** Long-running loops of the subgraph (e.g. a mail sender), started and stopped with it. */
  readonly workers?: (runtime: SubgraphRuntime<Extra>, settings: Settings) => BackgroundWorker[];
}

export interface BackgroundWorker {
  start(): void;
  stop(): Promise<void>;
}

/** What a subgraph's workers get: its configuration, database, publisher and logger. */
export interface SubgraphRuntime<Extra extends z.ZodRawShape> {
  readonly config: z.infer<z.ZodObject<typeof subgraphEnvironment & Extra>>;
  readonly orm: MikroORM;
  readonly events: EventPublisher;
  readonly logger: Logger;
  readonly metrics: HubMetrics;
}

export interface RunningSubgraph<Settings = unknown> {
  readonly name: string;
  /** What the definition's `prepare` returned at start. */
  readonly settings: Settings;
  readonly url: string;
  readonly port: number;
  /** The internal port /metrics is served on, when HUB_METRICS_PORT asks for one. */
  readonly metricsPort: number | null;
  readonly orm: MikroORM;
  readonly schema: GraphQLSchema;
  readonly events: EventPublisher;
  readonly relay: OutboxRelay;
  readonly consumer: EventConsumer | null;
  readonly metrics: HubMetrics;
  readonly logger: Logger;
  stop(): Promise<void>;
  /** SIGTERM/SIGINT: drain HTTP, stop relay and consumer, close the ORM, exit. */
  stopOnSignals(): void;
}
