import {
  CASE_RECEIVED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  CaseKind,
  CaseStatus,
  REFERRAL_DECIDED,
  type CaseStatusChangedData,
} from '@hub/contracts';
import type { EventBatchStep, EventHandlers } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { cancelRunningClocks } from '../clocks/clock.service';
import type { CivilRightsSettings } from '../environment';
import { applyReferralDecision, recordDecisionFromElsewhere } from '../referrals/decision.service';
import { close, lockComplaint } from './complaint.writer';
import { TITLE_VI_AGENCY } from './title-vi.office';

/**
 * What civil rights does with the facts it hears. Each runs inside the consumer's transaction,
 * which also records the event in the inbox: a redelivery changes nothing. (The kit keeps the
 * status copy from case.received.v1 and case.status-changed.v1 before these run.)
 *
 * A case becomes a Title VI case here when intake receives it as a civil-rights complaint, or
 * routing sends it (of whatever kind) to the Title VI coordinator. No complaint is opened for
 * it automatically: the coordinator files the form, verbal or written, with
 * `fileTitleVIComplaint`, because only the coordinator knows the program, the basis and the
 * rest of the form.
 */
export const civilRightsHandlers = (settings: CivilRightsSettings): EventHandlers => ({
  [CASE_RECEIVED]: async ({ data }, { em }) => {
    if (data.kind !== CaseKind.CIVIL_RIGHTS) return;
    await knowCase(em, data.caseId, {
      kind: data.kind,
      intakeReceivedAt: new Date(data.receivedAt),
    });
  },
  [CASE_ROUTED]: async (event, { em }) => {
    if (event.data.departmentId !== TITLE_VI_AGENCY) return;
    await knowCase(em, event.data.caseId, { routedToTitleViAt: new Date(event.time) });
  },
  [REFERRAL_DECIDED]: async (event, { em, events, logger }) => {
    await recordDecisionFromElsewhere(em, event);
    await applyReferralDecision({ em, events, settings, traceparent: event.traceparent }, event);
    logger.info({ caseId: event.subject }, 'referral decision applied');
  },
});

/**
 * Status changes are the frequent facts: the consumer hands them over in runs, after the kit
 * merged them into the copy. The office's own changes come back on the same topic; only a
 * withdrawal by the complainant concerns its file.
 */
export const civilRightsBatchSteps = (): EventBatchStep[] => [
  {
    types: [CASE_STATUS_CHANGED],
    apply: async (events, { em }) => {
      for (const event of events) {
        const change = event.data as CaseStatusChangedData;
        if (change.agency === TITLE_VI_AGENCY || change.status !== CaseStatus.WITHDRAWN) continue;
        const complaint = await lockComplaint(em, change.caseId);
        if (!complaint || complaint.closedAt) continue;
        const at = new Date(event.time);
        await cancelRunningClocks(em, complaint.caseId, at);
        close(complaint, at, 'withdrawn by the complainant');
        complaint.updatedAt = new Date();
      }
    },
  },
];

/** One row per Title VI case, whichever of intake's and routing's events comes first. */
async function knowCase(
  em: EntityManager,
  caseId: string,
  facts: { kind?: string; intakeReceivedAt?: Date; routedToTitleViAt?: Date },
): Promise<void> {
  await em.execute(
    `insert into civil_rights_case (id, kind, intake_received_at, routed_to_title_vi_at, updated_at)
     values (?, ?, ?, ?, now())
     on conflict (id) do update set
       kind = coalesce(excluded.kind, civil_rights_case.kind),
       intake_received_at = coalesce(excluded.intake_received_at, civil_rights_case.intake_received_at),
       routed_to_title_vi_at = coalesce(civil_rights_case.routed_to_title_vi_at, excluded.routed_to_title_vi_at),
       updated_at = now()`,
    [caseId, facts.kind ?? null, facts.intakeReceivedAt ?? null, facts.routedToTitleViAt ?? null],
  );
}
