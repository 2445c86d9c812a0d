import type { EventHandlers } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HrSettings } from './environment';
import { CASE_ROUTED, type CaseRoutedData } from './staff-complaint.events';
import { applyRouting } from './staff-complaint.service';

/**
 * What HR does with the facts it hears. Each runs inside the consumer's transaction, which
 * also records the event in the inbox: a redelivery changes nothing, and the file's key (the
 * case id) keeps a second routing to HR from opening a second file.
 */
export const hrHandlers = (settings: HrSettings): EventHandlers => ({
  [CASE_ROUTED]: async (event, { em, logger }) => {
    const routed = event.data as unknown as CaseRoutedData;
    const effect = await applyRouting(em as EntityManager, settings, routed);
    if (effect !== 'none') logger.info({ caseId: routed.caseId, effect }, 'HR file updated');
  },
});
