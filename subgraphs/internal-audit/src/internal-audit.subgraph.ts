import {
  accessLogResolver,
  caseStatusResolver,
  serviceKitMigrations,
  type SubgraphDefinition,
} from '@hub/service-kit';
// type-graphql lists queries in the order their modules load: the summary, then the queue.
import { MonthlySummaryResolver } from './monthly-summary.resolver';
import { QueueResolver } from './queue.resolver';
import { AuditReview } from './audit-review.entity';
import { auditHandlers } from './audit-review.handlers';
import { createAuditLoaders, type AuditLoaders } from './audit-review.loader';
import { AuditReviewResolver } from './audit-review.resolver';
import { AUDIT_ONLY } from './audit-review.rules';
import { AuditStep } from './audit-step.entity';
import { Case } from './case.entity';
import { caseReference } from './case.reference';
import {
  auditEnvironment,
  settingsOf,
  type AuditConfig,
  type AuditEnvironment,
  type AuditSettings,
} from './environment';
import { internalAuditMigrations } from './migrations/Migration20261123500000InternalAudit';

/**
 * The internal-audit subgraph (docs/domain.md §6): extends Case with Internal Audit's file on
 * a fraud, waste or abuse report. A file opens when routing sends a case to Internal Audit;
 * audit records its assessment, steps and findings, and closes the file with what the
 * reporter may be told. The allegation, the whistleblower's protection and the working papers
 * are for role audit only, and every attempt to read them is in the access log. Importing
 * this starts nothing (the gateway's composition script imports it to print the SDL).
 */
export const internalAuditSubgraph: SubgraphDefinition<
  AuditLoaders,
  AuditEnvironment,
  AuditSettings
> = {
  name: 'internal-audit',
  resolvers: [
    MonthlySummaryResolver,
    QueueResolver,
    AuditReviewResolver,
    caseStatusResolver(Case),
    accessLogResolver({
      queryName: 'auditAccessLog',
      readers: AUDIT_ONLY,
      description:
        "Every attempt to read Internal Audit's restricted fields, granted or refused, newest first. Audit only.",
    }),
  ],
  referenceResolvers: caseReference,
  entities: [AuditReview, AuditStep],
  migrations: [...serviceKitMigrations, ...internalAuditMigrations],
  environment: auditEnvironment,
  createLoaders: createAuditLoaders,
  prepare: (runtime) => settingsOf(runtime.config as AuditConfig),
  eventHandlers: auditHandlers,
};
