import { caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { Case } from './case.entity';
import { routingHandlers } from './case.handlers';
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
 * intake receives by the routing table, and reports breached deadlines. Importing this
 * starts nothing (the gateway's composition script imports it to print the SDL).
 */
export const routingSubgraph: SubgraphDefinition<
  RoutingLoaders,
  typeof routingEnvironment,
  RoutingSettings
> = {
  name: 'routing',
  resolvers: [CaseRoutingResolver, caseStatusResolver(Case), DepartmentResolver],
  referenceResolvers: caseReference,
  entities: [Case, Deadline, Department, StaffMember, Agency, RoutingHistoryEntry, UrgentAlert],
  migrations: routingMigrations,
  environment: routingEnvironment,
  createLoaders: createRoutingLoaders,
  // The routing table is in the database before the first event or request refers to it.
  prepare: async (runtime) => {
    const settings = settingsOf(runtime.config as RoutingConfig);
    await storeRoutingTable(runtime.orm, settings.table);
    return settings;
  },
  eventHandlers: routingHandlers,
  workers: (runtime, settings) => [
    new DeadlineScheduler({
      orm: runtime.orm,
      events: runtime.events,
      logger: runtime.logger.child({ worker: 'deadline-scheduler' }),
      intervalMs: settings.scanIntervalMs,
    }),
  ],
};
