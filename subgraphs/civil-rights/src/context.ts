import { AccessLog, type Caller, type RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createCivilRightsDataLoaders, type CivilRightsDataLoaders } from './civil-rights.loader';
import type { CivilRightsSettings } from './environment';

/** What each request gets beside the kit's context: fresh loaders, the access log, settings. */
export interface CivilRightsLoaders extends CivilRightsDataLoaders {
  readonly settings: CivilRightsSettings;
  readonly accessLog: AccessLog;
  /** One "now" per request, so every clock in one answer is judged at the same instant. */
  readonly now: Date;
}

export type CivilRightsContext = RequestContext<CivilRightsLoaders>;

export function createCivilRightsLoaders(
  em: EntityManager,
  caller: Caller,
  settings: CivilRightsSettings,
): CivilRightsLoaders {
  return {
    ...createCivilRightsDataLoaders(em),
    settings,
    accessLog: new AccessLog(em, caller),
    now: new Date(),
  };
}
