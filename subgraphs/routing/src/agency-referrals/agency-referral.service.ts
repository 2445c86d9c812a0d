import { REFERRAL_DECIDED, isUuid, type CaseStatus } from '@hub/contracts';
import {
  assertNoProblems,
  badUserInput,
  caseEvent,
  conflict,
  forbidden,
  hasAnyRole,
  lockStatusCopy,
  recordStatusChange,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RoutingContext } from '../context';
import { validateReason } from '../routing/routing.rules';
import { AgencyReferral } from './agency-referral.entity';
import { AgencyReferralState } from './agency-referral.enums';
import {
  decisionRefusal,
  decisionWordOf,
  EXTERNAL_AGENCY,
  statusRefusal,
  validateAgencyStatus,
  validateOptionalReason,
} from './agency-referral.rules';

/*
 * What an external agency does with the cases referred to it (GraphQL mutations): it accepts
 * or declines a referral once, and reports the status of an accepted one in its own words.
 */

/** The agency the caller acts for: from the token, never from an argument. */
export function agencyOfCaller(context: Pick<RoutingContext, 'caller'>): string {
  const { caller } = context;
  if (!hasAnyRole(caller, [EXTERNAL_AGENCY]) || !caller.agency) {
    throw forbidden('only an external agency, with its agency in the token, works its referrals');
  }
  return caller.agency;
}

export async function acceptReferral(
  context: RoutingContext,
  caseId: string,
): Promise<AgencyReferral> {
  return writeReferral(context, caseId, async (em, referral, now) => {
    decide(context, em, referral, AgencyReferralState.ACCEPTED, now);
  });
}

export async function declineReferral(
  context: RoutingContext,
  caseId: string,
  reason: string,
): Promise<AgencyReferral> {
  assertNoProblems(validateReason(reason));
  return writeReferral(context, caseId, async (em, referral, now) => {
    referral.declineReason = reason.trim();
    decide(context, em, referral, AgencyReferralState.DECLINED, now);
  });
}

/**
 * The agency reports where the case stands: the hub status and its own word for it, through
 * the kit's status writer (the transition is checked against routing's copy; a refusal is
 * CONFLICT and nothing is saved).
 */
export async function recordAgencyStatus(
  context: RoutingContext,
  input: { caseId: string; status: CaseStatus; agencyStatus: string; reason?: string | null },
): Promise<AgencyReferral> {
  assertNoProblems([
    ...validateAgencyStatus(input.agencyStatus),
    ...validateOptionalReason(input.reason),
  ]);
  const agencyStatus = input.agencyStatus.trim();
  return writeReferral(context, input.caseId, async (em, referral, now) => {
    const refusal = statusRefusal(referral.state);
    if (refusal) throw conflict(refusal);
    await recordStatusChange(em, context.events, {
      caseId: referral.caseId,
      status: input.status,
      agency: referral.agencyId,
      agencyStatus,
      reason: input.reason?.trim() || null,
      traceparent: context.traceparent,
    });
    referral.agencyStatus = agencyStatus;
    referral.agencyStatusAt = now;
  });
}

/**
 * Locks the caller's agency's referral of the case and runs the change in one transaction.
 * A case not referred to the caller's agency is FORBIDDEN whether or not it exists, so an
 * agency learns nothing about other agencies' cases.
 */
async function writeReferral(
  context: RoutingContext,
  caseId: string,
  change: (em: EntityManager, referral: AgencyReferral, now: Date) => Promise<void>,
): Promise<AgencyReferral> {
  const agencyId = agencyOfCaller(context);
  if (!isUuid(caseId)) throw badUserInput('caseId', 'is not a case id');
  return context.em.transactional(async (em) => {
    await lockStatusCopy(em, caseId);
    const referral = await em.findOne(
      AgencyReferral,
      { caseId, agencyId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!referral) throw forbidden(`the case was not referred to ${agencyId}`);
    const now = new Date();
    await change(em, referral, now);
    referral.updatedAt = now;
    return referral;
  });
}

function decide(
  context: RoutingContext,
  em: EntityManager,
  referral: AgencyReferral,
  state: AgencyReferralState.ACCEPTED | AgencyReferralState.DECLINED,
  now: Date,
): void {
  const refusal = decisionRefusal(referral.state);
  if (refusal) throw conflict(refusal);
  referral.state = state;
  referral.decidedAt = now;
  referral.decidedBy = context.caller.subject;
  context.events.publish(
    em,
    caseEvent(
      REFERRAL_DECIDED,
      {
        caseId: referral.caseId,
        referralId: referral.id,
        decisionId: randomUUID(),
        agencyId: referral.agencyId,
        decision: decisionWordOf(state),
        program: referral.program,
        // Civil rights shows the hub status under this word (a decline is not a dismissal
        // of the complaint's merits, so the agency's own word says what happened).
        agencyStatus: state === AgencyReferralState.DECLINED ? 'declined' : null,
      },
      context.traceparent,
    ),
  );
}
