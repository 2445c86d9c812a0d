import type { RequestContext } from '@hub/service-kit';
import type { PoliceReferralsSettings } from './environment';
import type { PoliceReferralsLoaders } from './opa-referral.loader';

/** What each request of police referrals gets: the kit's context with its loaders and settings. */
export type PoliceReferralsContext = RequestContext<
  PoliceReferralsLoaders,
  PoliceReferralsSettings
>;
