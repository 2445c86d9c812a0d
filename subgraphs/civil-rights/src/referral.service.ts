import {
  assertNoProblems,
  badUserInput,
  CaseStatus,
  conflict,
  forbidden,
  hasAnyRole,
  mayChangeStatus,
  readStatus,
  type EventEnvelope,
} from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { COORDINATOR, EXTERNAL_AGENCY, type Case } from './case.entity';
import { caseReferred, referralDecided, type ReferralDecidedData } from './case.events';
import { TitleVIClock } from './clock.entity';
import { dueAt } from './clock.rules';
import {
  cancelRunningClocks,
  changeStatus,
  close,
  lockComplaint,
  startClocks,
  write,
  type Writer,
} from './complaint.service';
import type { CivilRightsContext } from './context';
import type { CivilRightsSettings } from './environment';
import { MAX_LONG_TEXT } from './filing.rules';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referral.entity';
import { decisionEffect, validateInvestigator, validateReferral } from './referral.rules';
import { TitleVIClockKind, TitleVIStage, type ReferralDecision } from './title-vi.enums';

/*
 * Referrals to external agencies and their decisions. A referral and its event are one
 * transaction; a decision is recorded here and published as `referral.decided.v1`, and the
 * case changes when that event comes back through the consumer (as it would from any other
 * system an agency reports through), inside the consumer's transaction with its inbox.
 */

/** Referral and investigation happen once the complaint proceeds, or on appeal. */
const REFERRABLE_STAGES: readonly TitleVIStage[] = [
  TitleVIStage.OPEN,
  TitleVIStage.REFERRED,
  TitleVIStage.APPEALED,
];
const MAX_AGENCY_STATUS = 200;
/** This subgraph's name, the end of the source of the events it publishes. */
const CIVIL_RIGHTS_SOURCE = 'civil-rights';

/** To one or several agencies at once; each referral is an event of its own. */
export async function referComplaint(
  context: CivilRightsContext,
  caseId: string,
  agencyIds: readonly string[],
): Promise<Case> {
  const requested = agencyIds.map((id) => id.trim());
  return write(context, caseId, async (writer, complaint, now) => {
    assertReferrable(complaint.stage);
    const { em, events, settings } = writer;
    const existing = await em.find(TitleVIReferral, { caseId: complaint.caseId });
    assertNoProblems(
      validateReferral(
        settings.referrals,
        {
          program: complaint.program,
          respondentAgencyId: complaint.respondent.agencyId,
          referredAgencyIds: existing.map((referral) => referral.agencyId),
        },
        requested,
      ),
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
        caseReferred(
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
    assertReferrable(complaint.stage);
    const referrals = await writer.em.find(TitleVIReferral, { caseId: complaint.caseId });
    assertNoProblems(
      validateInvestigator(
        writer.settings.referrals,
        {
          program: complaint.program,
          respondentAgencyId: complaint.respondent.agencyId,
          referredAgencyIds: referrals.map((referral) => referral.agencyId),
        },
        wanted,
      ),
    );
    if (complaint.investigatorAgencyId === wanted) {
      throw badUserInput('agencyId', `${wanted} already investigates this complaint`);
    }
    complaint.investigatorAgencyId = wanted;
  });
}

/**
 * An agency the complaint was referred to records its decision (an external agency with its
 * own token, or the coordinator for a decision received by letter). Published as
 * `referral.decided.v1`; `applyReferralDecision` does the rest when it comes back.
 */
export async function recordReferralDecision(
  context: CivilRightsContext,
  args: {
    caseId: string;
    decision: ReferralDecision;
    text: string;
    agencyStatus?: string | null;
    agencyId?: string | null;
  },
): Promise<Case> {
  const { caller } = context;
  const coordinator = hasAnyRole(caller, [COORDINATOR]);
  let agencyId: string;
  if (coordinator) {
    if (!args.agencyId?.trim()) {
      throw badUserInput('agencyId', 'name the agency whose decision you are recording');
    }
    agencyId = args.agencyId.trim();
  } else {
    if (!caller.agency || !hasAnyRole(caller, [EXTERNAL_AGENCY])) {
      throw forbidden('decisions on a referral are recorded by the agency it was referred to');
    }
    if (args.agencyId && args.agencyId !== caller.agency) {
      throw forbidden('an agency records its own decisions only');
    }
    agencyId = caller.agency;
  }
  const text = args.text.trim();
  if (!text)
    throw badUserInput(
      'text',
      'must give the decision: its reasons, or the handler and how to reach them',
    );
  if ([...text].length > MAX_LONG_TEXT) {
    throw badUserInput('text', `must be at most ${MAX_LONG_TEXT} characters`);
  }
  const agencyStatus = args.agencyStatus?.trim() || null;
  if (agencyStatus !== null && [...agencyStatus].length > MAX_AGENCY_STATUS) {
    throw badUserInput('agencyStatus', `must be at most ${MAX_AGENCY_STATUS} characters`);
  }
  return write(
    context,
    args.caseId,
    async (writer, complaint, now) => {
      const referral = await writer.em.findOne(TitleVIReferral, {
        caseId: complaint.caseId,
        agencyId,
      });
      if (!referral)
        throw badUserInput('agencyId', `the complaint was not referred to ${agencyId}`);
      if (complaint.stage === TitleVIStage.CLOSED) throw conflict('the case is closed');
      const decision = Object.assign(new TitleVIReferralDecisionRecord(), {
        id: randomUUID(),
        referralId: referral.id,
        caseId: complaint.caseId,
        agencyId,
        decision: args.decision,
        text,
        agencyStatus,
        decidedAt: now,
        decidedBy: caller.subject,
      });
      writer.em.persist(decision);
      writer.events.publish(
        writer.em,
        referralDecided(
          {
            caseId: complaint.caseId,
            referralId: referral.id,
            decisionId: decision.id,
            agencyId,
            decision: args.decision,
            program: complaint.program,
            agencyStatus,
          },
          writer.traceparent,
        ),
      );
    },
    { referredAgencyMay: true },
  );
}

/**
 * `referral.decided.v1` came back: the case follows the decision. A final decision that ends
 * the case closes it (FHWA: no appeal; FTA: the appeal window opens); any other decision is
 * published as the agency's status when the case's status allows it.
 */
export async function applyReferralDecision(writer: Writer, event: EventEnvelope): Promise<void> {
  const data = event.data as unknown as ReferralDecidedData;
  const { em, settings } = writer;
  const complaint = await lockComplaint(em, data.caseId);
  if (!complaint || complaint.stage === TitleVIStage.CLOSED) return; // destroyed, or already over
  const decision = data.decision as ReferralDecision;
  const effect = decisionEffect(
    settings.referrals,
    {
      program: complaint.program,
      investigatorAgencyId: complaint.investigatorAgencyId,
      appealed: complaint.stage === TitleVIStage.APPEALED,
    },
    data.agencyId,
    decision,
    data.agencyStatus,
  );
  const at = new Date(event.time);
  if (effect.closes) {
    const record = await em.findOne(TitleVIReferralDecisionRecord, { id: data.decisionId });
    await cancelRunningClocks(em, complaint.caseId, at);
    close(complaint, at, record?.text ?? effect.agencyStatus);
    if (effect.opensAppealWindow) startAppealWindow(em, settings, complaint.caseId, at);
  }
  complaint.updatedAt = new Date();
  if (mayChangeStatus(await readStatus(em, complaint.caseId), effect.status)) {
    await changeStatus(writer, complaint.caseId, effect.status, effect.agencyStatus, data.agencyId);
  }
}

/**
 * `referral.decided.v1` from another system (routing's agency referral queue, where an agency
 * accepts or declines with its own token): the Title VI referral gains the decision as if it
 * had been recorded here, once (its decisionId is the row's id), so the coordinator sees it.
 * The event carries no text; the row says where the decision was taken. Runs before
 * `applyReferralDecision`, which then finds the row as for a decision recorded here.
 */
export async function recordDecisionFromElsewhere(
  em: EntityManager,
  event: EventEnvelope,
): Promise<void> {
  if (event.source.endsWith(`/${CIVIL_RIGHTS_SOURCE}`)) return; // recorded with its own text
  const data = event.data as unknown as ReferralDecidedData;
  const referral = await em.findOne(TitleVIReferral, {
    id: data.referralId,
    caseId: data.caseId,
    agencyId: data.agencyId,
  });
  if (!referral) return; // not a Title VI referral (e.g. an out-of-jurisdiction one)
  await em.execute(
    `insert into title_vi_referral_decision
       (id, referral_id, case_id, agency_id, decision, text, agency_status, decided_at, decided_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do nothing`,
    [
      data.decisionId,
      referral.id,
      referral.caseId,
      data.agencyId,
      data.decision,
      `${data.agencyStatus ?? data.decision} (recorded by ${data.agencyId} in its referral queue)`,
      data.agencyStatus,
      new Date(event.time),
      `agency:${data.agencyId}`,
    ],
  );
}

function startAppealWindow(
  em: EntityManager,
  settings: CivilRightsSettings,
  caseId: string,
  at: Date,
): void {
  startClocks(em, caseId, [
    {
      clock: TitleVIClockKind.APPEAL_WINDOW,
      startedAt: at,
      dueAt: dueAt(settings.calendar, settings.clocks, TitleVIClockKind.APPEAL_WINDOW, at),
    },
  ]);
}

function assertReferrable(stage: TitleVIStage): void {
  if (REFERRABLE_STAGES.includes(stage)) return;
  throw conflict(
    stage === TitleVIStage.CLOSED
      ? 'the case is closed'
      : `the complaint does not proceed yet (${stage}): a signed written complaint, filed in time or accepted late, is required`,
  );
}
