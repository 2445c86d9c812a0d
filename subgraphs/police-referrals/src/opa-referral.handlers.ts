import { CASE_RECEIVED, CASE_ROUTED } from '@hub/contracts';
import type { EventHandlers } from '@hub/service-kit';
import type { PoliceReferralsSettings } from './environment';
import { noteCaseFacts } from './opa-referral.service';

/**
 * What police referrals does with the facts it hears: intake says what kind a case is,
 * routing says where it went; with both, a police conduct concern sent to OPA or Fire
 * Operations becomes a referral. Each runs inside the consumer's transaction, which also
 * records the event in the inbox (and, for case.received.v1, the kit's status copy first).
 */
export const policeReferralsHandlers = (settings: PoliceReferralsSettings): EventHandlers => ({
  [CASE_RECEIVED]: async ({ data, traceparent }, { em, events, logger }) => {
    await noteCaseFacts({ em, events, logger, settings, traceparent }, data.caseId, {
      kind: data.kind,
    });
  },
  [CASE_ROUTED]: async ({ data, time, traceparent }, { em, events, logger }) => {
    await noteCaseFacts({ em, events, logger, settings, traceparent }, data.caseId, {
      departmentId: data.departmentId,
      routedAt: new Date(time),
    });
  },
});
