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
import { hrEnvironment, settingsOf, type HrConfig, type HrSettings } from './environment';
import { hrMigrations } from './migrations/Migration20261124100000Hr';
import { PersonInvolved } from './person-involved.entity';
import { StaffComplaint } from './staff-complaint.entity';
import { hrHandlers } from './staff-complaint.handlers';
import { createHrLoaders, type HrLoaders } from './staff-complaint.loader';
import { StaffComplaintResolver } from './staff-complaint.resolver';
import { HR_ONLY } from './staff-complaint.rules';

/**
 * The HR subgraph (docs/domain.md §4, §8): extends Case with HR's file of a staff complaint
 * about non-sworn staff. It opens the file when routing sends a case to HR, records HR's
 * review, findings and action, closes it with what employment law lets the reporter be told,
 * and reports monthly counts to the Mayor and Council. Importing this starts nothing.
 */
export const hrSubgraph: SubgraphDefinition<HrLoaders, typeof hrEnvironment, HrSettings> = {
  name: 'hr',
  resolvers: [
    QueueResolver,
    MonthlySummaryResolver,
    StaffComplaintResolver,
    caseStatusResolver(Case),
    accessLogResolver({
      queryName: 'hrAccessLog',
      readers: HR_ONLY,
      description:
        "Role hr: HR's access log, newest first: every attempt to read a staff complaint's " +
        'restricted fields, granted or refused, with who asked.',
    }),
  ],
  referenceResolvers: caseReference,
  entities: [StaffComplaint, PersonInvolved],
  migrations: [...serviceKitMigrations, ...hrMigrations],
  environment: hrEnvironment,
  createLoaders: createHrLoaders,
  prepare: (runtime) => settingsOf(runtime.config as HrConfig),
  eventHandlers: hrHandlers,
};
