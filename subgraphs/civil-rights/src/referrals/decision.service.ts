import { mayChangeStatus, REFERRAL_DECIDED, type EventEnvelopeOf } from '@hub/contracts';
import {
  badUserInput,
  caseEvent,
  conflict,
  forbidden,
  hasAnyRole,
  readStatus,
} from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { cancelRunningClocks, startAppealWindow } from '../clocks/clock.service';
import type { Case } from '../complaints/case.entity';
import {
  changeStatus,
  close,
  lockComplaint,
  optionalText,
  write,
  type Writer,
} from '../complaints/complaint.writer';
import { TitleVIStage, type ReferralDecision } from '../complaints/title-vi.enums';
import { COORDINATOR, EXTERNAL_AGENCY } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { TitleVIReferral, TitleVIReferralDecisionRecord } from './referral.entity';
import { decisionEffect } from './referral.rules';

/*
 * The decisions of the agencies a complaint was referred to. A decision is recorded here and
 * published as `referral.decided.v1`, and the case changes when that event comes back through
 * the consumer (as it would from any other system an agency reports through), inside the
 * consumer's transaction with its inbox.
 */

const MAX_AGENCY_STATUS = 200;
/** This subgraph's name, the end of the source of the events it publishes. */
const CIVIL_RIGHTS_SOURCE = 'civil-rights';

type ReferralDecidedEvent = EventEnvelopeOf<typeof REFERRAL_DECIDED>;

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
  const text = optionalText('text', args.text);
  if (text === null) {
    throw badUserInput(
      'text',
      'must give the decision: its reasons, or the handler and how to reach them',
    );
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
        caseEvent(
          REFERRAL_DECIDED,
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
export async function applyReferralDecision(
  writer: Writer,
  event: ReferralDecidedEvent,
): Promise<void> {
  const { data } = event;
  const { em, settings } = writer;
  const complaint = await lockComplaint(em, data.caseId);
  if (!complaint || complaint.stage === TitleVIStage.CLOSED) return; // destroyed, or already over
  const effect = decisionEffect(
    settings.referrals,
    {
      program: complaint.program,
      investigatorAgencyId: complaint.investigatorAgencyId,
      appealed: complaint.stage === TitleVIStage.APPEALED,
    },
    data.agencyId,
    data.decision as ReferralDecision,
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
    // The Title VI office states it: which agency decided is one of its restricted words,
    // not the shared agency name every reader of the history sees.
    const word = `${data.agencyId}: ${effect.agencyStatus}`;
    await changeStatus(writer, complaint.caseId, effect.status, word);
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
  event: ReferralDecidedEvent,
): Promise<void> {
  if (event.source.endsWith(`/${CIVIL_RIGHTS_SOURCE}`)) return; // recorded with its own text
  const { data } = event;
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
