import { AccessLog, type Caller, type RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HrSettings } from './environment';
import { createHrDataLoaders, type HrDataLoaders } from './hr.loader';

/** What each request of HR gets beside the kit's context: loaders, its access log, settings. */
export interface HrLoaders extends HrDataLoaders {
  readonly accessLog: AccessLog;
  readonly settings: HrSettings;
}

export type HrContext = RequestContext<HrLoaders>;

export function createHrLoaders(
  em: EntityManager,
  caller: Caller,
  settings: HrSettings,
): HrLoaders {
  return { ...createHrDataLoaders(em), accessLog: new AccessLog(em, caller), settings };
}
