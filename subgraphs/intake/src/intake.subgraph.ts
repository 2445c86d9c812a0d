import { accessLogResolver, caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { Case } from './cases/case.entity';
import { caseReference } from './cases/case.reference';
import { CaseResolver } from './cases/case.resolver';
import { completionHandlers } from './completion/completion.handlers';
import { CouncilOfficeNotice } from './completion/council-notice.entity';
import { CouncilOfficeNoticeResolver } from './completion/council-notice.resolver';
import { createIntakeLoaders, type IntakeLoaders } from './context';
import {
  intakeEnvironment,
  settingsOf,
  type IntakeConfig,
  type IntakeSettings,
} from './environment';
import { intakeMigrations } from './migrations/Migration20261123100000Intake';
import { councilNoticeMigrations } from './migrations/Migration20261123130000CouncilNotices';
import { withdrawalMigrations } from './migrations/Migration20261206100000Withdrawals';
import { officeOutcomeMigrations } from './migrations/Migration20261206110000OfficeOutcomes';
import { caseRecipients } from './notifications/case-recipients';
import {
  notificationEntities,
  notificationEnvironment,
  notificationHandlers,
  notificationMigrations,
  notificationWorkers,
} from './notifications/notification.module';

const environment = { ...intakeEnvironment, ...notificationEnvironment };

/**
 * The intake subgraph: owns Case; takes cases from every channel, issues SR numbers, answers
 * public tracking, acknowledges receipt by email, and closes the loop when routing completes a
 * case (the reporter's message, a referring council office's notice). Importing this starts
 * nothing (the gateway's composition script imports it to print the SDL); main.ts starts it.
 */
export const intakeSubgraph: SubgraphDefinition<IntakeLoaders, typeof environment, IntakeSettings> =
  {
    name: 'intake',
    resolvers: [
      CaseResolver,
      caseStatusResolver(Case),
      CouncilOfficeNoticeResolver,
      accessLogResolver({
        queryName: 'intakeAccessLog',
        readers: ['agent', 'audit'],
        description:
          "Roles agent (the 311 office, which holds reporters' identities) and audit (which " +
          "reads whistleblowers'): every attempt to read a reporter's identity or a third " +
          "party's consent, granted or refused, newest first; of one case when caseId is given.",
      }),
    ],
    referenceResolvers: caseReference,
    entities: [Case, CouncilOfficeNotice, ...notificationEntities],
    migrations: [
      ...intakeMigrations,
      ...notificationMigrations,
      ...councilNoticeMigrations,
      ...withdrawalMigrations,
      ...officeOutcomeMigrations,
    ],
    environment,
    createLoaders: createIntakeLoaders,
    eventHandlers: { ...notificationHandlers(caseRecipients), ...completionHandlers },
    // The ward map is read and checked once, before the first request.
    prepare: (runtime) => settingsOf(runtime.config as IntakeConfig),
    workers: (runtime) => notificationWorkers(runtime),
  };
