import { CaseStatus } from '@hub/contracts';
import { badUserInput, conflict } from '@hub/service-kit';
import type { Case } from '../complaints/case.entity';
import {
  changeStatus,
  close,
  inTheFuture,
  optionalText,
  write,
} from '../complaints/complaint.writer';
import { stepRefusal } from '../complaints/stage.rules';
import {
  TitleVIClockKind,
  TitleVIProgram,
  TitleVIStage,
  TitleVIStep,
} from '../complaints/title-vi.enums';
import type { CivilRightsContext } from '../context';
import { TitleVIClock } from './clock.entity';
import { planStep } from './clock.rules';
import { cancelRunningClocks, startClocks } from './clock.service';
import { TitleVIStepRecord } from './step.entity';

/**
 * A step of the FTA procedure, on the day it happened: it stops and starts clocks. The final
 * decision (with its disposition) closes the case and opens the appeal window; an appeal
 * within the window re-opens it.
 */
export async function recordStep(
  context: CivilRightsContext,
  caseId: string,
  step: TitleVIStep,
  at: Date | null,
  note: string | null,
): Promise<Case> {
  const now = new Date();
  const when = at ?? now;
  if (inTheFuture(when, now)) throw badUserInput('at', 'must not be in the future');
  const text = optionalText('note', note);
  if (step === TitleVIStep.FINAL_DECISION && text === null) {
    throw badUserInput('note', 'the final decision needs its disposition');
  }
  return write(context, caseId, async (writer, complaint) => {
    if (complaint.program === TitleVIProgram.FHWA) {
      throw badUserInput(
        'step',
        'is a step of the FTA procedure: an FHWA complaint is forwarded to WSDOT OECR and FHWA decides (referTitleVIComplaint, recordReferralDecision)',
      );
    }
    const refusal = stepRefusal(complaint.stage, step);
    if (refusal !== null) throw conflict(refusal);
    if (complaint.signedReceivedAt && when.getTime() < complaint.signedReceivedAt.getTime()) {
      throw badUserInput('at', 'is before the signed complaint was received');
    }
    const { em, settings } = writer;
    const clocks = await em.find(TitleVIClock, { caseId: complaint.caseId });
    const plan = planStep(settings.calendar, settings.clocks, step, clocks, when);
    if (!plan.ok) {
      throw plan.field === 'step'
        ? conflict(`${step}: ${plan.message}`)
        : badUserInput(plan.field, plan.message);
    }
    for (const clock of clocks) if (plan.meets.includes(clock.clock)) clock.metAt = when;
    startClocks(em, complaint.caseId, plan.starts);
    em.persist(
      Object.assign(new TitleVIStepRecord(), {
        caseId: complaint.caseId,
        step,
        at: when,
        note: text,
        actor: context.caller.subject,
        recordedAt: now,
      }),
    );
    if (step === TitleVIStep.INVESTIGATION_REPORTED) complaint.investigationCompletedAt = when;
    if (step === TitleVIStep.FINAL_DECISION) {
      await cancelRunningClocks(em, complaint.caseId, when, [TitleVIClockKind.APPEAL_WINDOW]);
      close(complaint, when, text!);
      await changeStatus(writer, complaint.caseId, CaseStatus.CLOSED, 'final decision');
    }
    if (step === TitleVIStep.APPEAL_RECEIVED) {
      complaint.stage = TitleVIStage.APPEALED;
      complaint.closedAt = null; // open again until the appeal is decided
      await changeStatus(writer, complaint.caseId, CaseStatus.APPEALED, 'appeal received');
    }
  });
}
