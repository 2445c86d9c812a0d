import { CaseStatus, isUuid, mayChangeStatus } from '@hub/contracts';
import {
  assertNoProblems,
  badUserInput,
  closedByOffice,
  conflict,
  lockCaseRow,
  readStatus,
  recordStatusChange,
  type EventPublisher,
  type Logger,
} from '@hub/service-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from './case.entity';
import type { PoliceReferralsContext } from './context';
import type { PoliceReferralsSettings } from './environment';
import { OpaReferral } from './opa-referral.entity';
import type { OpaClassification, OpaOutcome } from './opa-referral.enums';
import {
  AGENCY_WORDS,
  RESTRICTED_FIELD_READERS,
  destinationOf,
  refusalToAccept,
  refusalToRecord,
  shouldMoveReferral,
  shouldOpenReferral,
  validateOpaNumber,
  validateOpaStatus,
  validateOutcome,
} from './opa-referral.rules';

/*
 * Police referrals' writes. Each is one transaction that changes the referral and appends its
 * events (status change, completion) to the outbox: saved together or not at all. Inputs are
 * checked before the transaction starts, so a refused input changes nothing.
 */

// --- from events (case.received.v1, case.routed.v1) ----------------------------------------

export interface EventWriter {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly logger: Logger;
  readonly settings: PoliceReferralsSettings;
  readonly traceparent?: string;
}

interface CaseFacts {
  readonly kind?: string;
  readonly departmentId?: string;
  readonly routedAt?: Date;
}

/**
 * Remembers what an event says about a case, then opens its referral once both the kind and
 * the department are known, in whichever order the two events arrive.
 */
export async function noteCaseFacts(
  writer: EventWriter,
  caseId: string,
  facts: CaseFacts,
): Promise<void> {
  const { em } = writer;
  // One statement, so the facts of two events never overwrite each other.
  const [known] = await em.execute<
    { kind: string | null; department_id: string | null; routed_at: Date | null }[]
  >(
    `insert into referral_case (id, kind, department_id, routed_at, updated_at)
     values (?, ?, ?, ?, now())
     on conflict (id) do update set
       kind = coalesce(excluded.kind, referral_case.kind),
       department_id = coalesce(excluded.department_id, referral_case.department_id),
       routed_at = coalesce(excluded.routed_at, referral_case.routed_at),
       updated_at = excluded.updated_at
     returning kind, department_id, routed_at`,
    [caseId, facts.kind ?? null, facts.departmentId ?? null, facts.routedAt ?? null],
  );
  if (!known?.department_id || !known.routed_at) return;
  await openReferralIfDue(
    writer,
    caseId,
    known.kind,
    known.department_id,
    new Date(known.routed_at),
  );
}

async function openReferralIfDue(
  writer: EventWriter,
  caseId: string,
  kind: string | null,
  departmentId: string,
  routedAt: Date,
): Promise<void> {
  const { em, events, logger, settings } = writer;
  const destination = destinationOf(settings.departments, departmentId);
  if (!shouldOpenReferral(kind, destination)) return;
  // One referral per case: a redelivery opens none, a re-routing may only move it.
  const existing = await em.findOne(OpaReferral, { caseId });
  if (existing && !shouldMoveReferral(existing, destination)) return;
  const current = await readStatus(em, caseId);
  if (!mayChangeStatus(current, CaseStatus.REFERRED)) {
    // Withdrawn or closed before routing's decision reached us: nothing left to refer.
    logger.warn({ caseId, status: current }, 'police conduct concern not referred: case ended');
    return;
  }
  await recordStatusChange(em, events, {
    caseId,
    status: CaseStatus.REFERRED,
    agency: departmentId,
    agencyStatus: AGENCY_WORDS.forwarded,
    readers: RESTRICTED_FIELD_READERS.agencyStatus,
    traceparent: writer.traceparent,
  });
  const referral = existing ?? Object.assign(new OpaReferral(), { caseId });
  Object.assign(referral, {
    destination,
    departmentId,
    forwardedAt: routedAt,
    status: CaseStatus.REFERRED,
    agencyStatus: AGENCY_WORDS.forwarded,
    updatedAt: new Date(),
  });
  em.persist(referral);
  logger.info(
    { caseId, destination },
    existing ? 'referral moved' : 'police conduct concern referred',
  );
}

// --- OPA reports back (GraphQL mutations, role opa) ------------------------------------------

export async function acceptOpaReferral(
  context: PoliceReferralsContext,
  caseId: string,
  opaNumber: string,
  classification: OpaClassification,
): Promise<Case> {
  const number = opaNumber.trim();
  assertCaseId(caseId);
  assertNoProblems(validateOpaNumber(number, context.settings.opaNumberFormat));
  try {
    return await write(context, caseId, async (em, referral, now) => {
      const refusal = refusalToAccept(referral);
      if (refusal) throw conflict(refusal);
      if (
        (await em.count(OpaReferral, { opaNumber: number, caseId: { $ne: referral.caseId } })) > 0
      ) {
        throw duplicateOpaNumber();
      }
      await recordStatusChange(em, context.events, {
        caseId: referral.caseId,
        status: CaseStatus.IN_PROGRESS,
        agency: referral.departmentId,
        agencyStatus: AGENCY_WORDS.accepted,
        readers: RESTRICTED_FIELD_READERS.agencyStatus,
        traceparent: context.traceparent,
      });
      Object.assign(referral, {
        opaNumber: number,
        classification,
        acceptedAt: now,
        status: CaseStatus.IN_PROGRESS,
        agencyStatus: AGENCY_WORDS.accepted,
      });
    });
  } catch (error) {
    // Two acceptances with one number at once: the unique index decides, the loser is told.
    if (error instanceof UniqueConstraintViolationException) throw duplicateOpaNumber();
    throw error;
  }
}

export async function recordOpaStatus(
  context: PoliceReferralsContext,
  caseId: string,
  opaStatus: string,
  status: CaseStatus,
): Promise<Case> {
  assertCaseId(caseId);
  assertNoProblems(validateOpaStatus(opaStatus, status));
  const word = opaStatus.trim();
  return write(context, caseId, async (em, referral) => {
    const refusal = refusalToRecord(referral);
    if (refusal) throw conflict(refusal);
    await recordStatusChange(em, context.events, {
      caseId: referral.caseId,
      status,
      agency: referral.departmentId,
      agencyStatus: word,
      readers: RESTRICTED_FIELD_READERS.agencyStatus,
      traceparent: context.traceparent,
    });
    Object.assign(referral, { status, agencyStatus: word });
  });
}

export async function recordOpaOutcome(
  context: PoliceReferralsContext,
  caseId: string,
  input: { outcome: OpaOutcome; disposition: string; summary?: string | null },
): Promise<Case> {
  assertCaseId(caseId);
  assertNoProblems(validateOutcome(input));
  const disposition = input.disposition.trim();
  const summary = input.summary?.trim() || null;
  return write(context, caseId, async (em, referral, now) => {
    const refusal = refusalToRecord(referral);
    if (refusal) throw conflict(refusal);
    await recordStatusChange(em, context.events, {
      caseId: referral.caseId,
      status: CaseStatus.CLOSED,
      agency: referral.departmentId,
      agencyStatus: AGENCY_WORDS.closed,
      readers: RESTRICTED_FIELD_READERS.agencyStatus,
      traceparent: context.traceparent,
    });
    // Intake emails the disposition to the reporter; the finding itself stays here.
    context.events.publish(
      em,
      closedByOffice(
        {
          caseId: referral.caseId,
          disposition,
          departmentName: context.settings.departmentNames[referral.destination],
          readers: RESTRICTED_FIELD_READERS.disposition,
        },
        context.traceparent,
      ),
    );
    Object.assign(referral, {
      outcome: input.outcome,
      outcomeSummary: summary,
      disposition,
      closedAt: now,
      status: CaseStatus.CLOSED,
      agencyStatus: AGENCY_WORDS.closed,
    });
  });
}

/** One transaction on one locked referral; the answer is the case, its referral preloaded. */
async function write(
  context: PoliceReferralsContext,
  caseId: string,
  change: (em: EntityManager, referral: OpaReferral, now: Date) => Promise<void>,
): Promise<Case> {
  const referral = await context.em.transactional(async (em) => {
    const found = await lockCaseRow(em, OpaReferral, caseId, 'an OPA referral of this case');
    const now = new Date();
    await change(em, found, now);
    found.updatedAt = now;
    return found;
  });
  context.loaders.referralByCase.clear(caseId).prime(caseId, referral);
  return Case.of(caseId);
}

function assertCaseId(caseId: string): void {
  if (!isUuid(caseId)) throw badUserInput('caseId', 'is not a case id');
}

function duplicateOpaNumber() {
  return badUserInput('opaNumber', 'is already the OPA number of another case');
}
