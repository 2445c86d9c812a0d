import { AccessLog, type Caller, type RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoliceReferralsSettings } from './environment';
import { createReferralDataLoaders, type ReferralDataLoaders } from './opa-referral.loader';

/** What each request gets beside the kit's context: fresh loaders, its access log, settings. */
export interface PoliceReferralsLoaders extends ReferralDataLoaders {
  /** Every read of a restricted field in this request, granted or refused, as one insert. */
  readonly accessLog: AccessLog;
  readonly settings: PoliceReferralsSettings;
}

export type PoliceReferralsContext = RequestContext<PoliceReferralsLoaders>;

export function createPoliceReferralsLoaders(
  em: EntityManager,
  caller: Caller,
  settings: PoliceReferralsSettings,
): PoliceReferralsLoaders {
  return { ...createReferralDataLoaders(em), accessLog: new AccessLog(em, caller), settings };
}
