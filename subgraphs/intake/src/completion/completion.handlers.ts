import { CASE_COMPLETED, CASE_ROUTED, NOTIFICATION_REQUESTED, isUuid } from '@hub/contracts';
import { caseEvent, compareHlc, readStatus, type EventHandlers } from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Case } from '../cases/case.entity';
import type { Outcome } from '../cases/case.enums';
import {
  completionApplies,
  completionMessageWanted,
  dispositionForCouncil,
  dispositionForMessage,
  referringCouncilOffice,
} from './completion.rules';
import { CouncilOfficeNotice } from './council-notice.entity';

/*
 * Intake's side of closing the loop (docs/domain.md §3): what it does with the facts routing
 * publishes. Each handler runs inside the consumer's transaction, which also records the
 * event in the inbox, so a redelivered event changes nothing and sends nothing twice.
 */

export const completionHandlers: EventHandlers = {
  /** Public tracking names the responsible department; a just-received case is now routed. */
  [CASE_ROUTED]: async (event, { em, logger }) => {
    const routed = event.data;
    const found = await lockCase(em, routed.caseId);
    if (!found) {
      logger.debug({ caseId: routed.caseId }, 'routed case unknown to intake; nothing to do');
      return;
    }
    // Routing states the new status itself (case.status-changed.v1); intake keeps the name.
    if (keepResponsibleBody(found, routed.departmentName, event.hlc, routed.departmentId)) {
      found.updatedAt = new Date();
    }
    logger.info({ caseId: found.id }, 'routing recorded');
  },

  /**
   * The department completed the case (or routing closed it as out of jurisdiction): the case
   * ends, the reporter is sent the disposition, a referring council office gets a notice.
   */
  [CASE_COMPLETED]: async (event, { em, events, logger }) => {
    const completed = event.data;
    const found = await lockCase(em, completed.caseId);
    if (!found) {
      logger.debug({ caseId: completed.caseId }, 'completed case unknown to intake; nothing to do');
      return;
    }
    if (!completionApplies(await readStatus(em as EntityManager, found.id))) {
      logger.info(
        { caseId: found.id },
        'completion of a withdrawn case ignored; nobody is notified',
      );
      return;
    }
    const now = new Date();
    found.closedAt = now;
    found.updatedAt = now;
    keepResponsibleBody(found, completed.departmentName, event.hlc);

    const messaged = completionMessageWanted(found.kind, found.contact);
    if (messaged) {
      const parameters = {
        srNumber: found.srNumber,
        disposition: dispositionForMessage(completed.disposition),
      };
      events.publish(
        em,
        caseEvent(
          NOTIFICATION_REQUESTED,
          { caseId: found.id, template: 'completion', parameters },
          event.traceparent,
        ),
      );
    }

    const office = referringCouncilOffice(found);
    if (office) {
      await em
        .createQueryBuilder(CouncilOfficeNotice)
        .insert({
          id: randomUUID(),
          caseId: found.id,
          outcomeEventId: event.id,
          srNumber: found.srNumber,
          councilOffice: office,
          outcome: completed.outcome as Outcome,
          disposition: dispositionForCouncil(completed),
          createdAt: now,
        })
        .onConflict(['caseId', 'outcomeEventId'])
        .ignore()
        .execute();
    }
    logger.info(
      {
        caseId: found.id,
        outcome: completed.outcome,
        reporterMessaged: messaged,
        councilOfficeNotified: office !== null,
      },
      'completion recorded',
    );
  },
};

/** The case, locked against a concurrent withdrawal; null when intake does not know it. */
async function lockCase(em: EntityManager, caseId: string): Promise<Case | null> {
  if (!isUuid(caseId)) return null;
  return em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Last writer wins by clock stamp, whatever order the events come in. */
function keepResponsibleBody(
  found: Case,
  body: string,
  hlc: string,
  departmentId?: string,
): boolean {
  if (found.responsibleBodyHlc !== null && compareHlc(hlc, found.responsibleBodyHlc) <= 0) {
    return false;
  }
  const changed = found.responsibleBody !== body;
  found.responsibleBody = body;
  found.responsibleBodyHlc = hlc;
  if (departmentId !== undefined) found.responsibleDepartmentId = departmentId;
  return changed;
}
