import {
  accessLogResolver,
  caseStatusResolver,
  serviceKitMigrations,
  type SubgraphDefinition,
} from '@hub/service-kit';
import { AuditReview } from './audit-review.entity';
import { AuditStep } from './audit-step.entity';
import { AuditSummaryResolver } from './audit-summary.resolver';
import { AuditResolver } from './audit.resolver';
import { AUDIT_ONLY } from './audit.rules';
import { Case } from './case.entity';
import { auditHandlers } from './case.handlers';
import { caseReference } from './case.reference';
import { createAuditLoaders, type AuditLoaders } from './context';
import {
  auditEnvironment,
  settingsOf,
  type AuditConfig,
  type AuditEnvironment,
  type AuditSettings,
} from './environment';
import { internalAuditMigrations } from './migrations/Migration20261123500000InternalAudit';

/**
 * The internal-audit subgraph (DOMAIN.md §6): extends Case with Internal Audit's file on a
 * fraud, waste or abuse report. A file opens when routing sends a case to Internal Audit;
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
    AuditResolver,
    AuditSummaryResolver,
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
  prepare: (runtime) => settingsOf(runtime.config as AuditConfig),
  createLoaders: createAuditLoaders,
  eventHandlers: auditHandlers,
};
