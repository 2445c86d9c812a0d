import type { EventHandlers } from '@hub/service-kit';
import type { PoliceReferralsSettings } from './environment';
import {
  CASE_RECEIVED,
  CASE_ROUTED,
  type CaseReceivedData,
  type CaseRoutedData,
} from './opa-referral.events';
import { noteCaseFacts } from './opa-referral.service';

/**
 * What police referrals does with the facts it hears: intake says what kind a case is,
 * routing says where it went; with both, a police conduct concern sent to OPA or Fire
 * Operations becomes a referral. Each runs inside the consumer's transaction, which also
 * records the event in the inbox (and, for case.received.v1, the kit's status copy first).
 */
export const policeReferralsHandlers = (settings: PoliceReferralsSettings): EventHandlers => ({
  [CASE_RECEIVED]: async (event, { em, events, logger }) => {
    const received = event.data as unknown as CaseReceivedData;
    await noteCaseFacts(
      { em, events, logger, settings, traceparent: event.traceparent },
      received.caseId,
      { kind: received.kind },
    );
  },
  [CASE_ROUTED]: async (event, { em, events, logger }) => {
    const routed = event.data as unknown as CaseRoutedData;
    await noteCaseFacts(
      { em, events, logger, settings, traceparent: event.traceparent },
      routed.caseId,
      { departmentId: routed.departmentId, routedAt: new Date(event.time) },
    );
  },
});
