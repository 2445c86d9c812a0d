import { CaseKind, CaseStatus, isUuid } from '@hub/contracts';
import {
  assertNoProblems,
  badUserInput,
  conflict,
  lockStatusCopy,
  notFound,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import { startReceiptClocks } from '../clocks/clock.service';
import { Case } from '../complaints/case.entity';
import {
  TitleVIContact,
  TitleVIRespondent,
  TitleVISignature,
} from '../complaints/complaint-form.entity';
import { TitleVIComplaint } from '../complaints/complaint.entity';
import {
  changeStatus,
  close,
  optionalText,
  publishStage,
  write,
  writerOf,
  type Writer,
} from '../complaints/complaint.writer';
import { AWAITING_SIGNATURE_STAGES, stageAtFiling } from '../complaints/stage.rules';
import { TitleVIReceivedVia, TitleVIStage } from '../complaints/title-vi.enums';
import type { CivilRightsContext } from '../context';
import type { CivilRightsSettings } from '../environment';
import type { ComplaintDraft, ComplaintShape } from './complaint-form';
import { filingWindow } from './filing-window.rules';
import { isSigned, validateComplaint } from './form-validation.rules';

/*
 * Filing a Title VI complaint and its gates: the form is kept, judged against the filing
 * window, and stops where the procedure says (a signature due, a late filing to review) or
 * proceeds, starting its clocks.
 */

/**
 * The coordinator files the form for a case intake received as a civil-rights complaint (or
 * routing sent to the office). It proceeds, or stops at the gate its form calls for.
 */
export async function fileComplaint(
  context: CivilRightsContext,
  caseId: string,
  input: ComplaintShape,
): Promise<Case> {
  const { settings } = context;
  const now = new Date();
  const draft = checkedForm(settings, input, now);
  return context.em.transactional(async (em) => {
    await lockStatusCopy(em, caseId);
    const found = isUuid(caseId)
      ? await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!found || (found.kind !== CaseKind.CIVIL_RIGHTS && !found.routedToTitleViAt)) {
      throw notFound(
        'the civil-rights case (intake has not received it as a civil-rights complaint, nor routing sent it to the Title VI coordinator)',
      );
    }
    if (await em.findOne(TitleVIComplaint, { caseId: found.id })) {
      throw conflict(
        'a Title VI complaint was already filed for this case; a signed form is recorded with recordSignedComplaint',
      );
    }
    const complaint = new TitleVIComplaint();
    complaint.caseId = found.id;
    complaint.receivedVia = draft.receivedVia;
    complaint.receivedAt = draft.receivedAt;
    complaint.filedBy = context.caller.subject;
    keepForm(settings, complaint, draft);
    complaint.updatedAt = now;
    em.persist(complaint);
    await proceedOrHold(writerOf(context, em), complaint);
    found.updatedAt = now;
    return found;
  });
}

/**
 * The signed, written complaint arrived for one held for it (a verbal FHWA complaint on the
 * form the office sent, corrected and signed; a verbal FTA complaint now made in writing; an
 * unsigned written one now signed). Its form replaces what was recorded. The filing date stays
 * the first receipt; the clocks count from this one.
 */
export async function recordSignedComplaint(
  context: CivilRightsContext,
  caseId: string,
  input: ComplaintShape,
): Promise<Case> {
  const draft = checkedForm(context.settings, input, new Date());
  if (draft.receivedVia !== TitleVIReceivedVia.WRITTEN) {
    throw badUserInput('receivedVia', 'the signed complaint is a WRITTEN one');
  }
  if (!isSigned(draft)) {
    throw badUserInput(
      'signature',
      'must be signed: a typed signatureText or signedPaperReceived, with printedName and date',
    );
  }
  return write(context, caseId, async (writer, complaint) => {
    if (!AWAITING_SIGNATURE_STAGES.includes(complaint.stage)) {
      throw conflict('the complaint is not waiting for a signed complaint');
    }
    if (draft.receivedAt.getTime() < complaint.receivedAt.getTime()) {
      throw badUserInput('receivedAt', 'is before the complaint was first received');
    }
    keepForm(writer.settings, complaint, draft);
    await proceedOrHold(writer, complaint);
  });
}

/** A late filing is the coordinator's call: it proceeds, or it is dismissed as late. */
export async function reviewLateFiling(
  context: CivilRightsContext,
  caseId: string,
  accept: boolean,
  note: string | null,
): Promise<Case> {
  const reasons = optionalText('note', note);
  return write(context, caseId, async (writer, complaint, now) => {
    if (complaint.stage !== TitleVIStage.AWAITING_LATE_REVIEW) {
      throw conflict('the complaint is not waiting for a review of a late filing');
    }
    complaint.lateFilingAccepted = accept;
    if (accept) {
      complaint.stage = TitleVIStage.OPEN;
      startReceiptClocks(writer.em, writer.settings, complaint);
      await changeStatus(writer, complaint.caseId, CaseStatus.IN_PROGRESS, 'late filing accepted');
      return;
    }
    close(
      complaint,
      now,
      reasons ??
        `dismissed: filed ${complaint.daysAfterIncident} days after the alleged act, outside the ${writer.settings.filing.filingWindowDays}-day window`,
    );
    await changeStatus(writer, complaint.caseId, CaseStatus.CLOSED, 'dismissed: filed late');
  });
}

function checkedForm(
  settings: CivilRightsSettings,
  input: ComplaintShape,
  now: Date,
): ComplaintDraft {
  const verdict = validateComplaint(input, {
    now,
    localDateOf: (instant) => settings.calendar.localDateOf(instant),
  });
  if (!verdict.ok) assertNoProblems(verdict.problems);
  return (verdict as { value: ComplaintDraft }).value;
}

/**
 * Keeps the form on the complaint, judged against the filing window from the complaint's first
 * receipt, and sets the gate it stops at. A signed form starts the clocks from its own receipt.
 */
function keepForm(
  settings: CivilRightsSettings,
  complaint: TitleVIComplaint,
  draft: ComplaintDraft,
): void {
  // How and when the complaint was first received stay: the filing date is the first receipt.
  const { receivedVia: _via, receivedAt: _at, contact, respondent, signature, ...form } = draft;
  Object.assign(complaint, form, {
    contact: Object.assign(new TitleVIContact(), contact),
    respondent: Object.assign(new TitleVIRespondent(), respondent),
    signature: Object.assign(new TitleVISignature(), signature),
  });
  const window = filingWindow(
    settings.filing,
    draft.incidentDate,
    settings.calendar.localDateOf(complaint.receivedAt),
  );
  complaint.daysAfterIncident = window.daysAfterIncident;
  complaint.lateFiling = window.late;
  const signed = isSigned(draft);
  if (signed) complaint.signedReceivedAt = draft.receivedAt;
  complaint.stage = stageAtFiling(draft.program, signed, draft.receivedVia, window.late);
}

/** An open complaint's clocks start; whatever its stage, the hub hears of it. */
async function proceedOrHold(writer: Writer, complaint: TitleVIComplaint): Promise<void> {
  if (complaint.stage === TitleVIStage.OPEN) {
    startReceiptClocks(writer.em, writer.settings, complaint);
  }
  await publishStage(writer, complaint);
}
