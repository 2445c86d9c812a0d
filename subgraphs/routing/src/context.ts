import type { Caller, RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoutingSettings } from './environment';
import { createRoutingDataLoaders, type RoutingDataLoaders } from './routing.loader';

/** What each request of routing gets beside the kit's context: fresh loaders, its settings. */
export interface RoutingLoaders extends RoutingDataLoaders {
  readonly settings: RoutingSettings;
  /** One "now" per request, so every clock in one answer is judged at the same instant. */
  readonly now: Date;
}

export type RoutingContext = RequestContext<RoutingLoaders>;

export function createRoutingLoaders(
  em: EntityManager,
  _caller: Caller,
  settings: RoutingSettings,
): RoutingLoaders {
  return { ...createRoutingDataLoaders(em), settings, now: new Date() };
}
