import {
  assertNoProblems,
  badUserInput,
  CaseStatus,
  conflict,
  forbidden,
  hasAnyRole,
  notFound,
  recordStatusChange,
  type EventPublisher,
  lockStatusCopy,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Case, COORDINATOR, EXTERNAL_AGENCY, isCaseId } from './case.entity';
import { CIVIL_RIGHTS_KIND, retaliationAlleged, TITLE_VI_AGENCY } from './case.events';
import { TitleVIClock } from './clock.entity';
import { clocksAtReceipt, planStep, type PlannedClock } from './clock.rules';
import {
  TitleVIComplaint,
  TitleVIContact,
  TitleVIRespondent,
  TitleVISignature,
} from './complaint.entity';
import type { CivilRightsContext } from './context';
import type { CivilRightsSettings } from './environment';
import {
  filingWindow,
  isSigned,
  MAX_LONG_TEXT,
  PROCEEDING_STAGES,
  stageAtFiling,
  statusOfStage,
  validateComplaint,
  type ComplaintDraft,
  type ComplaintShape,
} from './filing.rules';
import { TitleVIReferral } from './referral.entity';
import { TitleVIRetaliationAllegation } from './retaliation.entity';
import { TitleVIStepRecord } from './step.entity';
import {
  TitleVIClockKind,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIStage,
  TitleVIStep,
} from './title-vi.enums';

/*
 * The Title VI office's writes. Each is one transaction that changes the complaint, its clocks
 * and steps, and appends its events (and the hub status change) to the outbox: saved together
 * or not at all. Every input is checked before the transaction opens, so a refused input
 * leaves nothing behind.
 */

/** Who is writing, with what. */
export interface Writer {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly settings: CivilRightsSettings;
  readonly traceparent?: string;
}

const FUTURE_TOLERANCE_MS = 60_000;

// --- filing ----------------------------------------------------------------------------------

/**
 * The coordinator files the form for a case intake received as a civil-rights complaint (or
 * routing sent to the office). It proceeds, or stops at the gate its form calls for.
 */
export async function fileComplaint(
  context: CivilRightsContext,
  caseId: string,
  input: ComplaintShape,
): Promise<Case> {
  const { settings } = context.loaders;
  const now = new Date();
  const draft = checkedForm(settings, input, now);
  return context.em.transactional(async (em) => {
    await lockStatusCopy(em, caseId);
    const found = isCaseId(caseId)
      ? await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!found || (found.kind !== CIVIL_RIGHTS_KIND && !found.routedToTitleViAt)) {
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
    keepForm(complaint, draft);
    const window = filingWindow(
      settings.filing,
      draft.incidentDate,
      settings.calendar.localDateOf(draft.receivedAt),
    );
    complaint.daysAfterIncident = window.daysAfterIncident;
    complaint.lateFiling = window.late;
    const signed = isSigned(draft);
    if (signed) complaint.signedReceivedAt = draft.receivedAt;
    complaint.stage = stageAtFiling(draft.program, signed, draft.receivedVia, window.late);
    complaint.updatedAt = now;
    em.persist(complaint);
    const writer = writerOf(context, em);
    if (complaint.stage === TitleVIStage.OPEN) openProcedure(writer, complaint);
    await publishStage(writer, complaint);
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
  const { settings } = context.loaders;
  const now = new Date();
  const draft = checkedForm(settings, input, now);
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
    if (
      complaint.stage !== TitleVIStage.AWAITING_SIGNED_COMPLAINT &&
      complaint.stage !== TitleVIStage.VERBAL_NOT_PROCESSED
    ) {
      throw conflict('the complaint is not waiting for a signed complaint');
    }
    if (draft.receivedAt.getTime() < complaint.receivedAt.getTime()) {
      throw badUserInput('receivedAt', 'is before the complaint was first received');
    }
    keepForm(complaint, draft);
    const window = filingWindow(
      settings.filing,
      draft.incidentDate,
      settings.calendar.localDateOf(complaint.receivedAt),
    );
    complaint.daysAfterIncident = window.daysAfterIncident;
    complaint.lateFiling = window.late;
    complaint.signedReceivedAt = draft.receivedAt;
    complaint.stage = window.late ? TitleVIStage.AWAITING_LATE_REVIEW : TitleVIStage.OPEN;
    if (complaint.stage === TitleVIStage.OPEN) openProcedure(writer, complaint);
    await publishStage(writer, complaint);
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
      openProcedure(writer, complaint);
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

// --- the FTA procedure -----------------------------------------------------------------------

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
  if (Number.isNaN(when.getTime()) || when.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw badUserInput('at', 'must not be in the future');
  }
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
    const appealing = step === TitleVIStep.APPEAL_RECEIVED;
    if (
      appealing
        ? complaint.stage !== TitleVIStage.CLOSED
        : !PROCEEDING_STAGES.includes(complaint.stage)
    ) {
      throw conflict(
        appealing
          ? 'there is no final decision to appeal'
          : `the complaint does not proceed at this stage (${complaint.stage})`,
      );
    }
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
    if (appealing) {
      complaint.stage = TitleVIStage.APPEALED;
      complaint.closedAt = null; // open again until the appeal is decided
      await changeStatus(writer, complaint.caseId, CaseStatus.APPEALED, 'appeal received');
    }
  });
}

// --- retaliation -----------------------------------------------------------------------------

/**
 * A retaliation allegation, in writing: kept, flagged on the complaint, and told to the
 * investigator by an event that names no one.
 */
export async function recordRetaliationAllegation(
  context: CivilRightsContext,
  caseId: string,
  allegation: { description: string; inWriting: boolean; receivedAt?: Date | null },
): Promise<Case> {
  const now = new Date();
  const description = optionalText('description', allegation.description);
  if (!allegation.inWriting) {
    throw badUserInput('inWriting', 'retaliation is reported in writing to the investigator');
  }
  if (description === null) throw badUserInput('description', 'must say what is alleged');
  const receivedAt = allegation.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw badUserInput('receivedAt', 'must not be in the future');
  }
  return write(
    context,
    caseId,
    async (writer, complaint) => {
      const id = randomUUID();
      writer.em.persist(
        Object.assign(new TitleVIRetaliationAllegation(), {
          id,
          caseId: complaint.caseId,
          description,
          receivedAt,
          recordedBy: context.caller.subject,
        }),
      );
      complaint.retaliationAlleged = true;
      writer.events.publish(
        writer.em,
        retaliationAlleged(
          {
            caseId: complaint.caseId,
            allegationId: id,
            program: complaint.program,
            investigatorAgencyId: complaint.investigatorAgencyId,
          },
          writer.traceparent,
        ),
      );
    },
    { referredAgencyMay: true },
  );
}

// --- the parts -------------------------------------------------------------------------------

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

function keepForm(complaint: TitleVIComplaint, draft: ComplaintDraft): void {
  complaint.program = draft.program;
  complaint.contact = Object.assign(new TitleVIContact(), draft.contact);
  complaint.bases = draft.bases;
  complaint.basisExplanation = draft.basisExplanation;
  complaint.natureOfComplaint = draft.natureOfComplaint;
  complaint.incidentDate = draft.incidentDate;
  complaint.incidentOngoing = draft.incidentOngoing;
  complaint.respondent = Object.assign(new TitleVIRespondent(), draft.respondent);
  complaint.narrative = draft.narrative;
  complaint.remedySought = draft.remedySought;
  complaint.otherContacts = draft.otherContacts;
  complaint.priorComplaints = draft.priorComplaints;
  complaint.attorneyRetained = draft.attorneyRetained;
  complaint.signature = Object.assign(new TitleVISignature(), draft.signature);
  complaint.filedOnOwnBehalf = draft.filedOnOwnBehalf;
  complaint.filer = draft.filer;
}

function optionalText(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  const text = value.trim();
  if ([...text].length > MAX_LONG_TEXT) {
    throw badUserInput(field, `must be at most ${MAX_LONG_TEXT} characters`);
  }
  return text;
}

function writerOf(context: CivilRightsContext, em: EntityManager): Writer {
  return {
    em,
    events: context.events,
    settings: context.loaders.settings,
    traceparent: context.traceparent,
  };
}

/**
 * Locks the complaint, checks the caller may act on it, runs the change, and saves it with its
 * events in one transaction. The coordinator acts on every complaint; with `referredAgencyMay`
 * an external agency acts on the complaints referred to it (others are FORBIDDEN, not named).
 */
export async function write(
  context: CivilRightsContext,
  caseId: string,
  change: (writer: Writer, complaint: TitleVIComplaint, now: Date) => Promise<void>,
  options: { referredAgencyMay?: boolean } = {},
): Promise<Case> {
  const { caller } = context;
  const coordinator = hasAnyRole(caller, [COORDINATOR]);
  return context.em.transactional(async (em) => {
    const complaint = await lockComplaint(em, caseId);
    if (!coordinator) {
      const referred =
        options.referredAgencyMay &&
        caller.agency !== null &&
        hasAnyRole(caller, [EXTERNAL_AGENCY]) &&
        complaint !== null &&
        (await em.count(TitleVIReferral, { caseId: complaint.caseId, agencyId: caller.agency })) >
          0;
      if (!referred)
        throw forbidden(
          'only the Title VI coordinator and the agencies a complaint was referred to act on it',
        );
    }
    if (!complaint) throw notFound('the Title VI complaint (none was filed for this case)');
    const now = new Date();
    await change(writerOf(context, em), complaint, now);
    complaint.updatedAt = now;
    const found = await em.findOne(Case, { id: complaint.caseId });
    return found ?? Case.unknown(complaint.caseId);
  });
}

export async function lockComplaint(
  em: EntityManager,
  caseId: string,
): Promise<TitleVIComplaint | null> {
  if (!isCaseId(caseId)) return null;
  await lockStatusCopy(em, caseId);
  return em.findOne(TitleVIComplaint, { caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** A signed complaint proceeds: its clocks start, counted from its receipt. */
function openProcedure(writer: Writer, complaint: TitleVIComplaint): void {
  const { calendar, clocks } = writer.settings;
  startClocks(
    writer.em,
    complaint.caseId,
    clocksAtReceipt(
      calendar,
      clocks,
      complaint.program,
      complaint.respondent.kind,
      complaint.signedReceivedAt!,
    ),
  );
}

export function startClocks(
  em: EntityManager,
  caseId: string,
  planned: readonly PlannedClock[],
): void {
  for (const plan of planned) {
    em.persist(
      Object.assign(new TitleVIClock(), {
        id: randomUUID(),
        caseId,
        clock: plan.clock,
        startedAt: plan.startedAt,
        dueAt: plan.dueAt,
      }),
    );
  }
}

/** The case ended: what still runs is owed no more (a breach already past stays a breach). */
export async function cancelRunningClocks(
  em: EntityManager,
  caseId: string,
  at: Date,
  except: readonly TitleVIClockKind[] = [],
): Promise<void> {
  const running = await em.find(TitleVIClock, { caseId, metAt: null, cancelledAt: null });
  for (const clock of running) if (!except.includes(clock.clock)) clock.cancelledAt = at;
}

export function close(complaint: TitleVIComplaint, at: Date, disposition: string): void {
  complaint.stage = TitleVIStage.CLOSED;
  complaint.disposition = disposition;
  complaint.dispositionAt = at;
  complaint.closedAt = at;
}

async function publishStage(writer: Writer, complaint: TitleVIComplaint): Promise<void> {
  const { status, agencyStatus } = statusOfStage(complaint.stage);
  await changeStatus(writer, complaint.caseId, status, agencyStatus);
}

/** The hub status, decided by the Title VI office. Never a reason with personal data. */
export async function changeStatus(
  writer: Writer,
  caseId: string,
  status: CaseStatus,
  agencyStatus: string,
  agency: string = TITLE_VI_AGENCY,
): Promise<void> {
  await recordStatusChange(writer.em, writer.events, {
    caseId,
    status,
    agency,
    agencyStatus,
    traceparent: writer.traceparent,
  });
}
