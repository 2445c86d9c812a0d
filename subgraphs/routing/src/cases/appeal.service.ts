import { CaseStatus } from '@hub/contracts';
import { assertNoProblems, badUserInput, conflict } from '@hub/service-kit';
import type { RoutingContext } from '../context';
import { startClock, startClocks } from '../deadlines/deadline.clocks';
import { Deadline } from '../deadlines/deadline.entity';
import { DeadlineClock } from '../deadlines/deadline.enums';
import {
  appealDeadlines,
  appealDecisionDue,
  nearestDue,
  validateAppeal,
} from '../deadlines/deadline.rules';
import { recordHistory } from '../routing/routing-history';
import { RoutingAction } from '../routing/routing-history.enums';
import type { Case } from './case.entity';
import { Outcome, RoutingStage } from './case.enums';
import { changeStatus, writeCase } from './case.writer';

/*
 * Appeals against an outcome (docs/domain.md §3, MK-ACT): lodged in writing within the window,
 * acknowledged (deadlines/acknowledgment.service.ts), heard, and answered in writing by
 * completing the case again.
 */

/** Lodged in writing with full reasons, within the window after the outcome. */
export async function lodgeAppeal(
  context: RoutingContext,
  caseId: string,
  appeal: { reasons: string; inWriting: boolean; receivedAt?: Date | null },
): Promise<Case> {
  const lodgedAt = appeal.receivedAt ?? new Date();
  if (lodgedAt.getTime() > Date.now() + 60_000) {
    throw badUserInput('receivedAt', 'must not be in the future');
  }
  return writeCase(context, 'lodgeAppeal', caseId, async (writer, found, now) => {
    if (found.appealLodgedAt) throw conflict('an appeal was already lodged for this case');
    if (found.outcome === Outcome.OUT_OF_JURISDICTION) {
      throw badUserInput(
        'caseId',
        'an out-of-jurisdiction referral is not appealed here: contact the body named',
      );
    }
    if (found.outcome === Outcome.CLOSED) {
      throw badUserInput(
        'caseId',
        'this case was closed by the office that handled it: appeal to that office',
      );
    }
    const { calendar, policy } = writer.settings;
    assertNoProblems(validateAppeal(calendar, policy, appeal, found.outcomeAt, lodgedAt));
    found.routingStage = RoutingStage.APPEALED;
    found.appealLodgedAt = lodgedAt;
    found.appealReasons = appeal.reasons.trim();
    startClocks(writer.em, found, appealDeadlines(calendar, policy, lodgedAt));
    recordHistory(
      writer.em,
      found.id,
      RoutingAction.APPEAL_LODGED,
      context.caller.subject,
      now,
      {},
    );
    await changeStatus(writer, found.id, CaseStatus.APPEALED, null);
  });
}

/**
 * The appellant was invited to a hearing: that clock is met, and the written result is due
 * 15 days after the hearing. Completing the appealed case gives the result.
 */
export async function inviteToAppealHearing(
  context: RoutingContext,
  caseId: string,
  hearingAt: Date,
): Promise<Case> {
  return writeCase(context, 'inviteToAppealHearing', caseId, async (writer, found, now) => {
    if (hearingAt.getTime() < now.getTime() - 60_000) {
      throw badUserInput('hearingAt', 'must not be in the past');
    }
    const clocks = await writer.em.find(Deadline, { caseId: found.id });
    const invitation = clocks.find((d) => d.clock === DeadlineClock.APPEAL_HEARING_INVITATION);
    if (!invitation || invitation.metAt) {
      throw conflict('the appellant was already invited to a hearing');
    }
    invitation.metAt = now;
    const { calendar, policy } = writer.settings;
    const decision = startClock(
      writer.em,
      found,
      DeadlineClock.APPEAL_DECISION,
      appealDecisionDue(calendar, policy, hearingAt),
    );
    found.nextDueAt = nearestDue([...clocks, decision]);
    recordHistory(
      writer.em,
      found.id,
      RoutingAction.APPEAL_HEARING_INVITED,
      context.caller.subject,
      now,
      {
        reason: `hearing on ${hearingAt.toISOString()}`,
      },
    );
  });
}
