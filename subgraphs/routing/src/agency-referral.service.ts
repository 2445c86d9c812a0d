import {
  assertNoProblems,
  badUserInput,
  conflict,
  forbidden,
  hasAnyRole,
  recordStatusChange,
  type CaseStatus,
  type EventEnvelope,
  type Role,
  lockStatusCopy,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { AgencyReferral } from './agency-referral.entity';
import {
  agencyTopicOf,
  decisionRefusal,
  decisionWordOf,
  isAgencyFeedType,
  stateOfDecision,
  statusRefusal,
  validateAgencyStatus,
  validateOptionalReason,
} from './agency-referral.rules';
import type { Case } from './case.entity';
import {
  CASE_REFERRED,
  caseReferred,
  referralDecided,
  type CaseReferredData,
  type ReferralDecidedData,
} from './case.events';
import type { Writer } from './case.service';
import type { RoutingContext } from './context';
import type { RoutingSettings } from './environment';
import { AgencyReferralProgram, AgencyReferralState } from './routing.enums';
import { validateReason } from './routing.rules';

/*
 * External agencies' referrals. Routing owns Agency, so it keeps one referral per (case,
 * agency) whoever referred the case: civil rights (case.referred.v1 of a Title VI complaint) or
 * routing itself (an out-of-jurisdiction closure). The agency accepts or declines it and
 * reports its status; and every fact of a referred case is copied to the agency's own topic
 * through the outbox, in the transaction that records the event in the inbox.
 */

/** The external_agency role of the token whose `agency` claim names the agency. */
export const EXTERNAL_AGENCY: Role = 'external_agency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// --- written by routing's own closures ---------------------------------------------------------

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
    caseReferred(
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

/**
 * Copies a fact of a referred case to the topic of each agency it was referred to, through the
 * outbox in the caller's transaction: the inbox row and the copies commit together, so a
 * redelivery copies nothing twice and a crash loses nothing. The copy keeps the event's id, so
 * an agency's consumer can deduplicate it like any other. Only agencies of the routing table
 * have a topic; a referral to any other is kept but not fed.
 */
export async function forwardToAgencyFeeds(
  em: EntityManager,
  settings: RoutingSettings,
  events: readonly EventEnvelope[],
): Promise<string[]> {
  const facts = events
    .filter((event) => isAgencyFeedType(event.type))
    .map((event) => ({
      caseId: (event.data as { caseId?: string }).caseId ?? event.subject,
      event,
    }))
    .filter(({ caseId }) => UUID.test(caseId))
    .map(({ caseId, event }, order) => ({
      order,
      case_id: caseId,
      message_key: event.subject,
      event_type: event.type,
      // The referral goes to the agency it names only, not to others the case went to.
      only_agency:
        event.type === CASE_REFERRED ? (event.data as unknown as CaseReferredData).agencyId : null,
      envelope: event,
    }));
  if (facts.length === 0) return [];
  const prefix = agencyTopicOf(settings.eventsTopic, '');
  // One statement for a whole batch of facts, in their order (the outbox relays by position).
  const fed = await em.execute<{ topic: string }[]>(
    `insert into outbox_message (id, topic, message_key, event_type, envelope)
     select gen_random_uuid(), ? || referral.agency_id, fact.message_key, fact.event_type,
            fact.envelope
       from jsonb_to_recordset(?::jsonb)
              as fact("order" int, case_id uuid, message_key text, event_type text,
                      only_agency text, envelope jsonb)
       join agency_referral referral on referral.case_id = fact.case_id
      where referral.agency_id in (select jsonb_array_elements_text(?::jsonb))
        and (fact.only_agency is null or referral.agency_id = fact.only_agency)
      order by fact."order", referral.agency_id
     returning topic`,
    [
      prefix,
      JSON.stringify(facts),
      JSON.stringify(settings.table.agencies.map((agency) => agency.id)),
    ],
  );
  return fed.map((row) => row.topic.slice(prefix.length));
}

// --- by the agency (GraphQL mutations) ---------------------------------------------------------

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
  if (!UUID.test(caseId)) throw badUserInput('caseId', 'is not a case id');
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
    referralDecided(
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
