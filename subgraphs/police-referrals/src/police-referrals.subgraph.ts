import {
  accessLogResolver,
  caseStatusResolver,
  serviceKitMigrations,
  type SubgraphDefinition,
} from '@hub/service-kit';
// type-graphql lists queries in the order their modules load: the queue, then the summary.
import { QueueResolver } from './queue.resolver';
import { MonthlySummaryResolver } from './monthly-summary.resolver';
import { Case } from './case.entity';
import { caseReference } from './case.reference';
import {
  policeReferralsEnvironment,
  settingsOf,
  type PoliceReferralsConfig,
  type PoliceReferralsSettings,
} from './environment';
import { policeReferralsMigrations } from './migrations/Migration20261123400000PoliceReferrals';
import { OpaReferral } from './opa-referral.entity';
import { policeReferralsHandlers } from './opa-referral.handlers';
import { createPoliceReferralsLoaders, type PoliceReferralsLoaders } from './opa-referral.loader';
import { OpaReferralResolver } from './opa-referral.resolver';
import { OPA_ONLY } from './opa-referral.rules';

/**
 * The police-referrals subgraph (docs/domain.md §5): extends Case with `opaReferral`, the
 * referral of a police conduct concern to the OPA investigation section (sworn fire staff:
 * Fire Operations), opened when routing sends such a case there; OPA reports its number,
 * status and outcome back, and every agency's copy of the status follows without OPA's
 * details. Importing this starts nothing (the gateway's composition script imports it for
 * the SDL).
 */
export const policeReferralsSubgraph: SubgraphDefinition<
  PoliceReferralsLoaders,
  typeof policeReferralsEnvironment,
  PoliceReferralsSettings
> = {
  name: 'police-referrals',
  resolvers: [
    QueueResolver,
    MonthlySummaryResolver,
    OpaReferralResolver,
    caseStatusResolver(Case),
    accessLogResolver({
      queryName: 'opaAccessLog',
      readers: OPA_ONLY,
      description: "Who read or tried to read OPA's restricted fields, newest first. OPA only.",
    }),
  ],
  referenceResolvers: caseReference,
  entities: [Case, OpaReferral],
  migrations: [...serviceKitMigrations, ...policeReferralsMigrations],
  environment: policeReferralsEnvironment,
  createLoaders: createPoliceReferralsLoaders,
  prepare: (runtime) => settingsOf(runtime.config as PoliceReferralsConfig),
  eventHandlers: policeReferralsHandlers,
};
