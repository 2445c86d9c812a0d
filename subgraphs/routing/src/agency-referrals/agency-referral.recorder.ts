import { CASE_REFERRED, type CaseReferredData, type ReferralDecidedData } from '@hub/contracts';
import { caseEvent } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Case } from '../cases/case.entity';
import type { Writer } from '../cases/case.writer';
import { AgencyReferral } from './agency-referral.entity';
import { AgencyReferralProgram, AgencyReferralState } from './agency-referral.enums';
import { stateOfDecision } from './agency-referral.rules';

/*
 * Routing owns Agency, so it keeps one referral per (case, agency) whoever referred the case:
 * civil rights (case.referred.v1 of a Title VI complaint) or routing itself (an
 * out-of-jurisdiction closure). What the agency then does with it is agency-referral.service.ts.
 */

/** Routing closes a case as out of jurisdiction: the body it names gets a referral. */
export function referOutOfJurisdiction(
  writer: Writer,
  routed: Case,
  agencyId: string,
  now: Date,
): void {
  const referral = Object.assign(new AgencyReferral(), {
    id: randomUUID(),
    caseId: routed.id,
    agencyId,
    program: AgencyReferralProgram.OUT_OF_JURISDICTION,
    state: AgencyReferralState.PENDING,
    kind: routed.kind,
    receivedAt: routed.receivedAt,
    referredAt: now,
    updatedAt: now,
  });
  writer.em.persist(referral);
  writer.events.publish(
    writer.em,
    caseEvent(
      CASE_REFERRED,
      {
        caseId: routed.id,
        referralId: referral.id,
        agencyId,
        program: AgencyReferralProgram.OUT_OF_JURISDICTION,
      },
      writer.traceparent,
    ),
  );
}

// --- applied from events (inside the consumer's transaction) ---------------------------------

/**
 * A referral heard on the topic (civil rights', or routing's own coming back): kept once per
 * (case, agency), with the case's kind and receipt time when routing holds the case.
 */
export async function recordReferral(
  em: EntityManager,
  data: CaseReferredData,
  referredAt: Date,
): Promise<void> {
  await em.execute(
    `insert into agency_referral
       (id, case_id, agency_id, program, state, kind, received_at, referred_at, updated_at)
     select ?::uuid, ?::uuid, ?, ?, 'pending', c.kind, c.received_at, ?, now()
       from (select 1) as one left join routed_case c on c.id = ?::uuid
     on conflict do nothing`,
    [data.referralId, data.caseId, data.agencyId, data.program, referredAt, data.caseId],
  );
}

/** A decision recorded elsewhere (civil rights) shows in the agency's queue too. */
export async function mirrorDecision(
  em: EntityManager,
  data: ReferralDecidedData,
  decidedAt: Date,
): Promise<void> {
  const state = stateOfDecision(data.decision);
  if (!state) return;
  await em.execute(
    `update agency_referral set state = ?, decided_at = ?, updated_at = now()
      where case_id = ?::uuid and agency_id = ? and state = 'pending'`,
    [state, decidedAt, data.caseId, data.agencyId],
  );
}
