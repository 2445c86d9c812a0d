import { CASE_ROUTED } from '@hub/contracts';
import type { EventHandlers } from '@hub/service-kit';
import { openAuditFile } from './audit-review.service';
import type { AuditSettings } from './environment';

/**
 * What internal-audit does with the facts it hears. Each runs inside the consumer's
 * transaction, which also records the event in the inbox: a redelivery changes nothing.
 * (The kit keeps the status copy from case.received.v1 and case.status-changed.v1 itself.)
 */
export const auditHandlers = (settings: AuditSettings): EventHandlers => ({
  [CASE_ROUTED]: async ({ data: routed, time, traceparent }, { em, events, logger }) => {
    if (routed.departmentId !== settings.departmentId) return;
    const opened = await openAuditFile(
      { em, events, settings, traceparent, logger },
      routed.caseId,
      new Date(time),
    );
    if (opened) logger.info({ caseId: routed.caseId }, 'audit file opened');
  },
});
