import { accessLogResolver, caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { TitleVIClock } from './clocks/clock.entity';
import { TitleVIStepRecord } from './clocks/step.entity';
import { Case, historyReadersOf } from './complaints/case.entity';
import { civilRightsBatchSteps, civilRightsHandlers } from './complaints/case.handlers';
import { caseReference } from './complaints/case.reference';
import { TitleVIComplaint } from './complaints/complaint.entity';
import { COORDINATOR } from './complaints/title-vi.office';
import { createCivilRightsLoaders, type CivilRightsLoaders } from './context';
import {
  civilRightsEnvironment,
  settingsOf,
  type CivilRightsConfig,
  type CivilRightsSettings,
} from './environment';
import { civilRightsMigrations } from './migrations/Migration20261123300000CivilRights';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referrals/referral.entity';
import { TitleVIRetaliationAllegation } from './referrals/retaliation.entity';
import { TitleVIRetentionCount } from './retention/retention.entity';
import { civilRightsWorkers } from './workers/civil-rights.workers';
// The schema lists each resolver's queries and mutations in the order these modules load:
// keep this order, so the published schema (schema/subgraphs/civil-rights.graphql) stays put.
import { TitleVIFilingResolver } from './filing/filing.resolver';
import { TitleVIStepResolver } from './clocks/step.resolver';
import { TitleVIRetaliationResolver } from './referrals/retaliation.resolver';
import { TitleVILogResolver } from './log/log.resolver';
import { TitleVIRetentionResolver } from './retention/retention.resolver';
import { TitleVIReferralResolver } from './referrals/referral.resolver';

/**
 * The civil-rights subgraph: extends Case with `titleVI`, the Title VI complaint under the
 * FHWA and FTA procedures (docs/domain.md §7): the form and its gates, the clocks and their
 * breach reports, referrals to WSDOT OECR, FHWA, FTA and US DOJ and their decisions, the
 * complaint log, the annual report and retention. Importing this starts nothing.
 */
export const civilRightsSubgraph: SubgraphDefinition<
  CivilRightsLoaders,
  typeof civilRightsEnvironment,
  CivilRightsSettings
> = {
  name: 'civil-rights',
  resolvers: [
    TitleVIFilingResolver,
    TitleVIStepResolver,
    TitleVIRetaliationResolver,
    TitleVILogResolver,
    TitleVIRetentionResolver,
    TitleVIReferralResolver,
    caseStatusResolver(Case, { historyReadersOf }),
    accessLogResolver({
      queryName: 'titleVIAccessLog',
      readers: [COORDINATOR],
      description:
        'Who read, or tried to read, a Title VI complaint (Case.titleVI, the log, the annual report), newest first.',
    }),
  ],
  referenceResolvers: caseReference,
  entities: [
    Case,
    TitleVIComplaint,
    TitleVIClock,
    TitleVIStepRecord,
    TitleVIReferral,
    TitleVIReferralDecisionRecord,
    TitleVIRetaliationAllegation,
    TitleVIRetentionCount,
  ],
  migrations: civilRightsMigrations,
  environment: civilRightsEnvironment,
  createLoaders: createCivilRightsLoaders,
  prepare: (runtime) => {
    const settings = settingsOf(runtime.config as CivilRightsConfig);
    const { referralAgencyIds, oecrAgencyId, fhwaAgencyId } = settings.referrals;
    for (const [variable, id] of [
      ['HUB_CIVIL_RIGHTS_OECR_AGENCY_ID', oecrAgencyId],
      ['HUB_CIVIL_RIGHTS_FHWA_AGENCY_ID', fhwaAgencyId],
    ] as const) {
      if (!referralAgencyIds.includes(id)) {
        throw new Error(`${variable} must be one of HUB_CIVIL_RIGHTS_REFERRAL_AGENCIES`);
      }
    }
    return settings;
  },
  eventHandlers: civilRightsHandlers,
  eventBatchSteps: civilRightsBatchSteps,
  workers: civilRightsWorkers,
};
