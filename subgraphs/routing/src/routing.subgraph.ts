import { caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { AgencyReferral } from './agency-referral.entity';
import { AgencyReferralResolver } from './agency-referral.resolver';
import { ensureAgencyTopics } from './agency-referral.topics';
import { Case } from './case.entity';
import { routingBatchSteps, routingHandlers } from './case.handlers';
import { caseReference } from './case.reference';
import { CaseRoutingResolver } from './case.resolver';
import { createRoutingLoaders, type RoutingLoaders } from './context';
import { Deadline } from './deadline.entity';
import { DeadlineScheduler } from './deadline.scheduler';
import { Agency, Department, StaffMember } from './department.entity';
import { DepartmentResolver } from './department.resolver';
import {
  routingEnvironment,
  settingsOf,
  type RoutingConfig,
  type RoutingSettings,
} from './environment';
import { routingMigrations } from './migrations/Migration20261123200000Routing';
import { RoutingHistoryEntry } from './routing-history.entity';
import { storeRoutingTable } from './routing-table.store';
import { UrgentAlert } from './urgent-alert.entity';

/**
 * The routing subgraph: owns Department, StaffMember and Agency and extends Case with where
 * it went, its priority, assignment, clocks, escalation and outcome. It routes each case
 * intake receives by the routing table, and reports breached deadlines. External agencies work
 * the cases referred to them in their referral queue and get them as events on their own topic. Importing this
 * starts nothing (the gateway's composition script imports it to print the SDL).
 */
export const routingSubgraph: SubgraphDefinition<
  RoutingLoaders,
  typeof routingEnvironment,
  RoutingSettings
> = {
  name: 'routing',
  resolvers: [
    CaseRoutingResolver,
    caseStatusResolver(Case),
    DepartmentResolver,
    AgencyReferralResolver,
  ],
  referenceResolvers: caseReference,
  entities: [
    Case,
    Deadline,
    Department,
    StaffMember,
    Agency,
    RoutingHistoryEntry,
    UrgentAlert,
    AgencyReferral,
  ],
  migrations: routingMigrations,
  environment: routingEnvironment,
  createLoaders: createRoutingLoaders,
  // The routing table is in the database, and every agency's feed topic exists, before the
  // first event or request refers to them.
  prepare: async (runtime) => {
    const config = runtime.config as RoutingConfig;
    const settings = settingsOf(config);
    await storeRoutingTable(runtime.orm, settings.table);
    await ensureAgencyTopics(
      config,
      settings.table.agencies.map((agency) => agency.id),
    );
    return settings;
  },
  eventHandlers: routingHandlers,
  eventBatchSteps: routingBatchSteps,
  workers: (runtime, settings) => [
    new DeadlineScheduler({
      orm: runtime.orm,
      events: runtime.events,
      logger: runtime.logger.child({ worker: 'deadline-scheduler' }),
      intervalMs: settings.scanIntervalMs,
    }),
  ],
};
