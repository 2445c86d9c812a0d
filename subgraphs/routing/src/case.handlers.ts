import type { EventHandlers } from '@hub/service-kit';
import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  ROUTING_AGENCY,
  type CaseCompletedData,
  type CaseReceivedData,
  type CaseStatusChangedData,
} from './case.events';
import { completeRoutedCaseElsewhere, routeReceivedCase, withdrawRoutedCase } from './case.service';
import type { RoutingSettings } from './environment';

/**
 * What routing does with the facts it hears. Each runs inside the consumer's transaction,
 * which also records the event in the inbox: a redelivery changes nothing.
 */
export const routingHandlers = (settings: RoutingSettings): EventHandlers => ({
  [CASE_RECEIVED]: async (event, { em, events, logger }) => {
    const received = event.data as unknown as CaseReceivedData;
    await routeReceivedCase({ em, events, settings, traceparent: event.traceparent }, received);
    logger.info({ caseId: received.caseId }, 'case routed');
  },
  [CASE_STATUS_CHANGED]: async (event, { em }) => {
    const change = event.data as unknown as CaseStatusChangedData;
    // Routing's own changes come back on the same topic; only a withdrawal concerns it.
    if (change.agency === ROUTING_AGENCY || change.status !== 'withdrawn') return;
    await withdrawRoutedCase(em, change.caseId, change.reason ?? null);
  },
  [CASE_COMPLETED]: async (event, { em, logger }) => {
    // Routing's own completions come back too; an office's closes routing's side of the case.
    if (event.source.endsWith(`/${ROUTING_AGENCY}`)) return;
    const completed = event.data as unknown as CaseCompletedData;
    await completeRoutedCaseElsewhere(em, completed, completed.departmentName);
    logger.info({ caseId: completed.caseId }, 'completed by the office it was routed to');
  },
});
