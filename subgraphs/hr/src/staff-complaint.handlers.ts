import { CASE_ROUTED } from '@hub/contracts';
import type { EventHandlers } from '@hub/service-kit';
import type { HrSettings } from './environment';
import { applyRouting } from './staff-complaint.service';

/**
 * What HR does with the facts it hears. Each runs inside the consumer's transaction, which
 * also records the event in the inbox: a redelivery changes nothing, and the file's key (the
 * case id) keeps a second routing to HR from opening a second file.
 */
export const hrHandlers = (settings: HrSettings): EventHandlers => ({
  [CASE_ROUTED]: async ({ data: routed }, { em, logger }) => {
    const effect = await applyRouting(em, settings, routed);
    if (effect !== 'none') logger.info({ caseId: routed.caseId, effect }, 'HR file updated');
  },
});
