import { accessLogResolver, caseStatusResolver, type SubgraphDefinition } from '@hub/service-kit';
import { ensureAgencyTopics } from './agency-referrals/agency-feed.topics';
import { AgencyReferral } from './agency-referrals/agency-referral.entity';
import { AgencyReferralResolver } from './agency-referrals/agency-referral.resolver';
import { UrgentAlert } from './alerts/urgent-alert.entity';
import { Case } from './cases/case.entity';
import { routingBatchSteps, routingHandlers } from './cases/case.handlers';
import { caseReference } from './cases/case.reference';
import { CaseRoutingResolver } from './cases/case.resolver';
import { createRoutingLoaders, type RoutingLoaders } from './context';
import { Deadline } from './deadlines/deadline.entity';
import { DeadlineScheduler } from './deadlines/deadline.scheduler';
import { Agency, Department, StaffMember } from './departments/department.entity';
import { DepartmentResolver } from './departments/department.resolver';
import {
  routingEnvironment,
  settingsOf,
  type RoutingConfig,
  type RoutingSettings,
} from './environment';
import { routingMigrations } from './migrations/Migration20261123200000Routing';
import { RoutingHistoryEntry } from './routing/routing-history.entity';
import { storeRoutingTable } from './routing/routing-table.store';

/**
 * The routing subgraph: owns Department, StaffMember and Agency and extends Case with where
 * it went, its priority, assignment, clocks, escalation and outcome. It routes each case
 * intake receives by the routing table, and reports breached deadlines. External agencies work
 * the cases referred to them in their referral queue and get them as events on their own
 * topic. Importing this starts nothing (the composition script imports it to print the SDL).
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
    // Internal Audit audits who read what another office let routing show (Case.outcome of an
    // office's closure, that office's status words in the history), newest first.
    accessLogResolver({
      queryName: 'routingAccessLog',
      readers: ['audit'],
      description:
        "Who read, or tried to read, a value routing serves under another office's rule: " +
        "Case.outcome of a case HR, OPA or Internal Audit closed, an office's words in " +
        'Case.statusHistory. Newest first.',
    }),
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
