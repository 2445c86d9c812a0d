import { CASE_REFERRED, CaseStatus } from '@hub/contracts';
import { assertNoProblems, badUserInput, caseEvent, conflict } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import { TitleVIClock } from '../clocks/clock.entity';
import type { Case } from '../complaints/case.entity';
import type { TitleVIComplaint } from '../complaints/complaint.entity';
import { changeStatus, write } from '../complaints/complaint.writer';
import { referralRefusal } from '../complaints/stage.rules';
import { TitleVIClockKind, TitleVIStage } from '../complaints/title-vi.enums';
import type { CivilRightsContext } from '../context';
import { TitleVIReferral } from './referral.entity';
import { validateInvestigator, validateReferral, type ReferredComplaint } from './referral.rules';

/*
 * Referrals to external agencies, and who investigates. A referral and its event
 * (`case.referred.v1`, one per agency) are one transaction.
 */

/** To one or several agencies at once; each referral is an event of its own. */
export async function referComplaint(
  context: CivilRightsContext,
  caseId: string,
  agencyIds: readonly string[],
): Promise<Case> {
  const requested = agencyIds.map((id) => id.trim());
  return write(context, caseId, async (writer, complaint, now) => {
    assertReferrable(complaint);
    const { em, events, settings } = writer;
    const existing = await em.find(TitleVIReferral, { caseId: complaint.caseId });
    assertNoProblems(
      validateReferral(settings.referrals, referredComplaint(complaint, existing), requested),
    );
    for (const agencyId of requested) {
      const referral = Object.assign(new TitleVIReferral(), {
        id: randomUUID(),
        caseId: complaint.caseId,
        agencyId,
        referredAt: now,
        referredBy: context.caller.subject,
      });
      em.persist(referral);
      events.publish(
        em,
        caseEvent(
          CASE_REFERRED,
          {
            caseId: complaint.caseId,
            referralId: referral.id,
            agencyId,
            program: complaint.program,
          },
          writer.traceparent,
        ),
      );
    }
    // Forwarding it to WSDOT OECR is the copy the procedure owes OECR.
    if (requested.includes(settings.referrals.oecrAgencyId)) {
      const copy = await em.findOne(TitleVIClock, {
        caseId: complaint.caseId,
        clock: TitleVIClockKind.OECR_COPY,
        metAt: null,
        cancelledAt: null,
      });
      if (copy) copy.metAt = now;
    }
    const to = `referred to ${requested.join(', ')}`;
    if (complaint.stage === TitleVIStage.APPEALED) {
      await changeStatus(writer, complaint.caseId, CaseStatus.IN_PROGRESS, `appeal ${to}`);
    } else {
      complaint.stage = TitleVIStage.REFERRED;
      await changeStatus(writer, complaint.caseId, CaseStatus.REFERRED, to);
    }
  });
}

/**
 * Who investigates: the office's own agency or an agency it was referred to, never the agency
 * complained against (the refusal says so and where to send it instead).
 */
export async function assignInvestigation(
  context: CivilRightsContext,
  caseId: string,
  agencyId: string,
): Promise<Case> {
  const wanted = agencyId.trim();
  return write(context, caseId, async (writer, complaint) => {
    assertReferrable(complaint);
    const referrals = await writer.em.find(TitleVIReferral, { caseId: complaint.caseId });
    assertNoProblems(
      validateInvestigator(
        writer.settings.referrals,
        referredComplaint(complaint, referrals),
        wanted,
      ),
    );
    if (complaint.investigatorAgencyId === wanted) {
      throw badUserInput('agencyId', `${wanted} already investigates this complaint`);
    }
    complaint.investigatorAgencyId = wanted;
  });
}

/** What the referral rules judge a complaint by. */
function referredComplaint(
  complaint: TitleVIComplaint,
  referrals: readonly TitleVIReferral[],
): ReferredComplaint {
  return {
    program: complaint.program,
    respondentAgencyId: complaint.respondent.agencyId,
    referredAgencyIds: referrals.map((referral) => referral.agencyId),
  };
}

function assertReferrable(complaint: TitleVIComplaint): void {
  const refusal = referralRefusal(complaint.stage);
  if (refusal !== null) throw conflict(refusal);
}
