import type { subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import { MAX_LONG_TEXT } from './audit-review.rules';

/** What the reporter receives when Internal Audit decides to tell nothing beyond the receipt. */
export const DEFAULT_RECEIPT_ONLY_TEXT =
  'Internal Audit received your report and has completed its review. The law protects the ' +
  'details of this review, so we cannot share its findings. Thank you for reporting.';

/** Internal Audit's own variables, beside the ones every subgraph reads (service-kit). */
export const auditEnvironment = {
  HUB_AUDIT_DEPARTMENT_ID: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      'must be a department id of the routing table, such as internal-audit',
    )
    .default('internal-audit')
    .describe('the department id in case.routed.v1 that opens an Internal Audit file'),
  HUB_AUDIT_DEPARTMENT_NAME: z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(200, 'must be at most 200 characters')
    .default("Internal Audit (City Manager's Office)")
    .describe('the name the reporter is told in case.completed.v1'),
  HUB_AUDIT_RECEIPT_ONLY_TEXT: z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(MAX_LONG_TEXT, `must be at most ${MAX_LONG_TEXT} characters`)
    .default(DEFAULT_RECEIPT_ONLY_TEXT)
    .describe('what the reporter receives when a file closes with RECEIPT_ONLY'),
  HUB_AUDIT_CLOCK_SKEW_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds from 0 to 3600' })
    .int('must be a whole number of seconds from 0 to 3600')
    .min(0, 'must be a whole number of seconds from 0 to 3600')
    .max(3600, 'must be a whole number of seconds from 0 to 3600')
    .default(300)
    .describe("how far ahead of this server's clock a step may be dated (other machines drift)"),
};

export type AuditEnvironment = typeof auditEnvironment;
export type AuditConfig = z.infer<z.ZodObject<typeof subgraphEnvironment & AuditEnvironment>>;

/** What internal-audit's resolvers and handlers need from the configuration. */
export interface AuditSettings {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly receiptOnlyText: string;
  readonly clockSkewMs: number;
}

export function settingsOf(config: AuditConfig): AuditSettings {
  return {
    departmentId: config.HUB_AUDIT_DEPARTMENT_ID,
    departmentName: config.HUB_AUDIT_DEPARTMENT_NAME,
    receiptOnlyText: config.HUB_AUDIT_RECEIPT_ONLY_TEXT,
    clockSkewMs: config.HUB_AUDIT_CLOCK_SKEW_SECONDS * 1000,
  };
}
