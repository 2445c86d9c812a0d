import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_REFERRED,
  CASE_STATUS_CHANGED,
  CaseStatus,
  REFERRAL_DECIDED,
  type CaseStatusChangedData,
  type EventType,
} from '@hub/contracts';
import type { EventBatchStep, EventHandler, EventHandlers } from '@hub/service-kit';
import { forwardToAgencyFeeds } from '../agency-referrals/agency-feed';
import { mirrorDecision, recordReferral } from '../agency-referrals/agency-referral.recorder';
import type { RoutingSettings } from '../environment';
import { routeReceivedCase } from '../routing/automatic-routing.service';
import { ROUTING_AGENCY } from './case.writer';
import { completeRoutedCaseElsewhere, withdrawRoutedCase } from './closed-elsewhere.service';

/**
 * What routing does with the facts it hears. Each runs inside the consumer's transaction,
 * which also records the event in the inbox: a redelivery changes nothing. Every fact of a
 * case referred to an external agency, routing's own included (they come back on the same
 * topic), is then copied to that agency's feed in the same transaction.
 */
export const routingHandlers = (settings: RoutingSettings): EventHandlers => {
  const fed =
    <Type extends EventType>(apply: EventHandler<Type>): EventHandler<Type> =>
    async (event, context) => {
      await apply(event, context);
      await forwardToAgencyFeeds(context.em, settings, [event]);
    };
  const isOwn = (source: string) => source.endsWith(`/${ROUTING_AGENCY}`);
  return {
    [CASE_RECEIVED]: async (event, { em, events, logger }) => {
      const received = event.data;
      await routeReceivedCase({ em, events, settings, traceparent: event.traceparent }, received);
      logger.info({ caseId: received.caseId }, 'case routed');
    },
    [CASE_COMPLETED]: fed(async (event, { em, logger }) => {
      // Routing's own completions come back too; an office's closes routing's side of the case.
      if (isOwn(event.source)) return;
      const completed = event.data;
      await completeRoutedCaseElsewhere(em, completed, completed.departmentName);
      logger.info({ caseId: completed.caseId }, 'completed by the office it was routed to');
    }),
    [CASE_REFERRED]: fed(async (event, { em }) => {
      // Routing's own out-of-jurisdiction referrals are already kept; this is a no-op for them.
      await recordReferral(em, event.data, new Date(event.time));
    }),
    [REFERRAL_DECIDED]: fed(async (event, { em }) => {
      // Decisions taken in routing's queue are already in it; civil rights' are mirrored.
      if (isOwn(event.source)) return;
      await mirrorDecision(em, event.data, new Date(event.time));
    }),
  };
};

/**
 * Status changes are the frequent facts (every agency's, at any rate): routing takes a run of
 * them at once, after the kit has merged them into its copy. Only a withdrawal by someone else
 * concerns routing's own file; every change of a referred case goes to the agencies' feeds in
 * one statement.
 */
export const routingBatchSteps = (settings: RoutingSettings): EventBatchStep[] => [
  {
    types: [CASE_STATUS_CHANGED],
    apply: async (events, { em }) => {
      for (const event of events) {
        const change = event.data as CaseStatusChangedData;
        // Routing's own changes come back on the same topic.
        if (change.agency === ROUTING_AGENCY || change.status !== CaseStatus.WITHDRAWN) continue;
        await withdrawRoutedCase(em, change.caseId, change.reason ?? null);
      }
      await forwardToAgencyFeeds(em, settings, events);
    },
  },
];
