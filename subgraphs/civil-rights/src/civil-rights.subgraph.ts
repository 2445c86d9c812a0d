import { accessLogResolver, caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { Case, COORDINATOR } from './case.entity';
import { civilRightsBatchSteps, civilRightsHandlers } from './case.handlers';
import { caseReference } from './case.reference';
import { TitleVIClock } from './clock.entity';
import { TitleVIClockScheduler } from './clock.scheduler';
import { TitleVIComplaint } from './complaint.entity';
import { TitleVIComplaintResolver } from './complaint.resolver';
import { createCivilRightsLoaders, type CivilRightsLoaders } from './context';
import {
  civilRightsEnvironment,
  settingsOf,
  type CivilRightsConfig,
  type CivilRightsSettings,
} from './environment';
import { TitleVILogResolver } from './log.resolver';
import { civilRightsMigrations } from './migrations/Migration20261123300000CivilRights';
import { PeriodicWorker } from './periodic.worker';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referral.entity';
import { TitleVIReferralResolver } from './referral.resolver';
import { TitleVIRetaliationAllegation } from './retaliation.entity';
import { TitleVIRetentionCount } from './retention.entity';
import { purgeExpired } from './retention.service';
import { TitleVIStepRecord } from './step.entity';

/**
 * The civil-rights subgraph: extends Case with `titleVI`, the Title VI complaint under the
 * FHWA and FTA procedures (DOMAIN.md §7): the form and its gates, the clocks and their breach
 * reports, referrals to WSDOT OECR, FHWA, FTA and US DOJ and their decisions, the complaint
 * log, the annual report and retention. Importing this starts nothing.
 */
export const civilRightsSubgraph: SubgraphDefinition<
  CivilRightsLoaders,
  typeof civilRightsEnvironment,
  CivilRightsSettings
> = {
  name: 'civil-rights',
  resolvers: [
    TitleVIComplaintResolver,
    TitleVIReferralResolver,
    TitleVILogResolver,
    caseStatusResolver(Case),
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
  workers: (runtime, settings) => {
    const scheduler = new TitleVIClockScheduler(runtime.orm, runtime.events);
    return [
      new PeriodicWorker({
        name: 'title VI breach scan',
        logger: runtime.logger.child({ worker: 'title-vi-clocks' }),
        intervalMs: settings.scanIntervalMs,
        round: (now) => scheduler.round(now),
      }),
      new PeriodicWorker({
        name: 'title VI retention purge',
        logger: runtime.logger.child({ worker: 'title-vi-retention' }),
        intervalMs: settings.purgeIntervalMs,
        round: async (now) => {
          await purgeExpired(runtime.orm.em.fork(), settings, now);
          return false;
        },
      }),
    ];
  },
};
