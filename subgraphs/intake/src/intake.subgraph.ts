import type { SubgraphDefinition } from '@hub/service-kit';
import { RestrictedFieldRead } from './access-log.entity';
import { Case } from './case.entity';
import { caseRecipients } from './case.recipients';
import { caseReference } from './case.reference';
import { CaseResolver } from './case.resolver';
import { createIntakeLoaders, type IntakeLoaders } from './context';
import { fileSettings, intakeEnvironment } from './environment';
import { intakeMigrations } from './migrations/Migration20261123100000Intake';
import {
  notificationEntities,
  notificationEnvironment,
  notificationHandlers,
  notificationMigrations,
  notificationWorkers,
} from './notification.module';

const environment = { ...intakeEnvironment, ...notificationEnvironment };

/**
 * The intake subgraph: owns Case; takes cases from every channel, issues SR numbers, answers
 * public tracking, and acknowledges receipt by email. Importing this starts nothing (the
 * gateway's composition script imports it to print the SDL); main.ts starts it.
 */
export const intakeSubgraph: SubgraphDefinition<IntakeLoaders, typeof environment> = {
  name: 'intake',
  resolvers: [CaseResolver],
  referenceResolvers: caseReference,
  entities: [Case, RestrictedFieldRead, ...notificationEntities],
  migrations: [...intakeMigrations, ...notificationMigrations],
  environment,
  createLoaders: createIntakeLoaders,
  eventHandlers: notificationHandlers(caseRecipients),
  workers: (runtime) => {
    // Runs once at start, before the first request: the resolvers' settings come from here.
    fileSettings(runtime);
    return notificationWorkers(runtime);
  },
};
