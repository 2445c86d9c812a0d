import { accessLogResolver, caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { Case } from './case.entity';
import { caseReference } from './case.reference';
import { createPoliceReferralsLoaders, type PoliceReferralsLoaders } from './context';
import {
  policeReferralsEnvironment,
  settingsOf,
  type PoliceReferralsConfig,
  type PoliceReferralsSettings,
} from './environment';
import { policeReferralsMigrations } from './migrations/Migration20261123400000PoliceReferrals';
import { OpaReferral } from './opa-referral.entity';
import { policeReferralsHandlers } from './opa-referral.handlers';
import { OpaReferralResolver } from './opa-referral.resolver';
import { ACCESS_LOG_READERS } from './opa-referral.rules';

/**
 * The police-referrals subgraph (DOMAIN.md §5): extends Case with `opaReferral`, the referral
 * of a police conduct concern to the OPA investigation section (sworn fire staff: Fire
 * Operations), opened when routing sends such a case there; OPA reports its number, status
 * and outcome back, and every agency's copy of the status follows without OPA's details.
 * Importing this starts nothing (the gateway's composition script imports it for the SDL).
 */
export const policeReferralsSubgraph: SubgraphDefinition<
  PoliceReferralsLoaders,
  typeof policeReferralsEnvironment,
  PoliceReferralsSettings
> = {
  name: 'police-referrals',
  resolvers: [
    OpaReferralResolver,
    caseStatusResolver(Case),
    accessLogResolver({
      queryName: 'opaAccessLog',
      readers: ACCESS_LOG_READERS,
      description: "Who read or tried to read OPA's restricted fields, newest first. OPA only.",
    }),
  ],
  referenceResolvers: caseReference,
  entities: [Case, OpaReferral],
  migrations: policeReferralsMigrations,
  environment: policeReferralsEnvironment,
  createLoaders: createPoliceReferralsLoaders,
  prepare: (runtime) => settingsOf(runtime.config as PoliceReferralsConfig),
  eventHandlers: policeReferralsHandlers,
};
