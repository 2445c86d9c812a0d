import {
  CASE_RECEIVED,
  CASE_REPORTER_CONTACT_UPDATED,
  CaseStatus,
  NOTIFICATION_REQUESTED,
  isUuid,
} from '@hub/contracts';
import {
  assertNoProblems,
  caseEvent,
  conflict,
  forbidden,
  lockStatusCopy,
  notFound,
  publishAndApply,
  readStatus,
  recordStatusChange,
} from '@hub/service-kit';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { IntakeContext } from '../context';
import { issueSrNumber } from '../sr-numbers/sr-number';
import { Case, Location, Reporter, ThirdPartyConsent } from './case.entity';
import { receivedData } from './case.received';
import { acknowledgmentFor } from './rules/acknowledgment.rules';
import { validateCase, type CaseDraft, type CaseInputShape } from './rules/case-validation.rules';
import { fingerprintOf } from './rules/idempotency.rules';
import type { Verdict } from './rules/input.rules';
import {
  applyContactUpdate,
  type ContactField,
  type ReporterContactShape,
  type ReporterDraft,
} from './rules/reporter.rules';
import {
  INTAKE_AGENCY,
  mayWithdraw,
  validateWithdrawalReason,
  withdrawalRefusal,
} from './rules/withdrawal.rules';

/*
 * Intake's writes. Each is one transaction that changes the case and appends its events to
 * the outbox, so the change and the facts about it are saved together or not at all.
 */

const IDEMPOTENCY_INDEX = 'case_record_idempotency_key_unique';
const SR_NUMBER_INDEX = 'case_record_sr_number_unique';
/** 35 random bits a year make a clash rare; a few more draws make a failure practically nil. */
const SR_NUMBER_ATTEMPTS = 5;

export type Intake = 'submit' | 'log';

export interface ReceiveOptions {
  /** For tests: the random source of SR numbers. */
  readonly random?: (max: number) => number;
}

/**
 * Receives a case from the public form (`submit`) or from an agent, department or council
 * office (`log`). With an idempotency key, a retry of the same report returns the case the
 * first attempt created, even when the attempts run at the same moment: the unique index on
 * the key lets exactly one insert through, and the others read what it wrote.
 */
export async function receiveCase(
  context: IntakeContext,
  input: CaseInputShape,
  intake: Intake,
  options: ReceiveOptions = {},
): Promise<Case> {
  const { em, events, caller, settings, traceparent } = context;
  const now = new Date();
  const verdict = validateCase(input, {
    now,
    maxDescriptionLength: settings.maxDescriptionLength,
    idempotencyKeyRequired: intake === 'submit',
  });
  const draft = accepted(verdict);
  const fingerprint = draft.idempotencyKey ? fingerprintOf({ intake, input }) : null;

  if (draft.idempotencyKey) {
    const earlier = await em.findOne(Case, { idempotencyKey: draft.idempotencyKey });
    if (earlier) return sameReport(earlier, fingerprint);
  }

  for (let attempt = 1; ; attempt += 1) {
    const created = caseFromDraft(draft, {
      srNumber: issueSrNumber(now, {
        prefix: settings.srPrefix,
        timeZone: settings.timeZone,
        random: options.random,
      }),
      ward: wardOf(draft, context),
      loggedBy: intake === 'log' ? caller.subject : null,
      fingerprint,
      now,
    });
    try {
      await em.transactional(async (tx) => {
        tx.persist(created);
        await publishAndApply(
          tx,
          events,
          caseEvent(CASE_RECEIVED, receivedData(created), traceparent),
        );
        const template = acknowledgmentFor(created.kind, created.contact);
        if (template) {
          const parameters = { srNumber: created.srNumber };
          events.publish(
            tx,
            caseEvent(
              NOTIFICATION_REQUESTED,
              { caseId: created.id, template, parameters },
              traceparent,
            ),
          );
        }
      });
      return created;
    } catch (error) {
      const index = violatedIndex(error);
      if (index === IDEMPOTENCY_INDEX && draft.idempotencyKey) {
        // A concurrent retry of the same report won the race; answer with its case.
        const winner = await em
          .fork()
          .findOneOrFail(Case, { idempotencyKey: draft.idempotencyKey });
        return sameReport(winner, fingerprint);
      }
      if (index === SR_NUMBER_INDEX && attempt < SR_NUMBER_ATTEMPTS) continue;
      throw error;
    }
  }
}

/** The value of a verdict without problems; BAD_USER_INPUT listing them all otherwise. */
function accepted<T>(verdict: Verdict<T>): T {
  if (verdict.ok) return verdict.value;
  assertNoProblems(verdict.problems);
  throw new Error('unreachable: a refused verdict lists at least one problem');
}

function sameReport(earlier: Case, fingerprint: string | null): Case {
  if (earlier.requestFingerprint !== fingerprint) {
    throw conflict(
      'idempotencyKey: this key was already used for a different report; use a new key for a new report',
    );
  }
  return earlier;
}

function wardOf(draft: CaseDraft, context: IntakeContext): string | null {
  const { latitude, longitude } = draft.location ?? {};
  if (latitude == null || longitude == null) return null;
  return context.settings.wardMap.wardAt(latitude, longitude);
}

function violatedIndex(error: unknown): string | null {
  if (!(error instanceof UniqueConstraintViolationException)) return null;
  return (error as { constraint?: string }).constraint ?? null;
}

function caseFromDraft(
  draft: CaseDraft,
  issued: {
    srNumber: string;
    ward: string | null;
    loggedBy: string | null;
    fingerprint: string | null;
    now: Date;
  },
): Case {
  const created = new Case();
  created.id = randomUUID();
  created.srNumber = issued.srNumber;
  created.idempotencyKey = draft.idempotencyKey;
  created.requestFingerprint = issued.fingerprint;
  created.kind = draft.kind;
  created.channel = draft.channel;
  created.subjectCategory = draft.subjectCategory;
  created.councilOffice = draft.councilOffice;
  created.receivingDepartment = draft.receivingDepartment;
  created.receivedAt = draft.receivedAt;
  created.loggedBy = issued.loggedBy;
  created.serviceCode = draft.serviceCode;
  created.description = draft.description;
  if (draft.location) {
    created.location = Object.assign(new Location(), draft.location, { ward: issued.ward });
  }
  created.attachments = draft.attachments.map((attachment) => ({ ...attachment }));
  created.updatedAt = issued.now;
  created.contact = Object.assign(new Reporter(), draft.reporter, {
    excludedCompanions: [...draft.reporter.excludedCompanions],
  });
  if (draft.onBehalfOf) created.consent = Object.assign(new ThirdPartyConsent(), draft.onBehalfOf);
  return created;
}

async function lockCase(tx: EntityManager, caseId: string): Promise<Case> {
  await lockStatusCopy(tx, caseId);
  const found = isUuid(caseId)
    ? await tx.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!found) throw notFound('the case');
  return found;
}

/** The resident changed their mind: the case ends as WITHDRAWN, and every agency hears it. */
export async function withdrawCase(
  context: IntakeContext,
  caseId: string,
  reason: string,
): Promise<Case> {
  assertNoProblems(validateWithdrawalReason(reason));
  return context.em.transactional(async (tx) => {
    const found = await lockCase(tx, caseId);
    if (!mayWithdraw(context.caller, found)) {
      throw forbidden(
        'caseId: only the office responsible for this case may withdraw it ' +
          '(its department or a 311 agent; for a confidential complaint, that office alone)',
      );
    }
    const refusal = withdrawalRefusal(await readStatus(tx, caseId));
    if (refusal) throw conflict(refusal);
    const now = new Date();
    found.withdrawalReason = reason;
    found.withdrawnBy = context.caller.subject;
    found.closedAt = now;
    found.updatedAt = now;
    await recordStatusChange(tx, context.events, {
      caseId,
      status: CaseStatus.WITHDRAWN,
      agency: INTAKE_AGENCY,
      reason,
      traceparent: context.traceparent,
    });
    return found;
  });
}

/** New contact details; the event names the fields that changed, never their values. */
export async function updateReporterContact(
  context: IntakeContext,
  caseId: string,
  contact: ReporterContactShape,
): Promise<Case> {
  return context.em.transactional(async (tx) => {
    const found = await lockCase(tx, caseId);
    const { reporter, changedFields } = accepted(
      applyContactUpdate(draftOf(found.contact), contact),
    );
    if (!isNonEmpty(changedFields)) return found;
    Object.assign(found.contact, reporter);
    found.updatedAt = new Date();
    context.events.publish(
      tx,
      caseEvent(
        CASE_REPORTER_CONTACT_UPDATED,
        {
          caseId: found.id,
          changedFields, // the names only, never the values
          hasEmail: found.contact.email !== null,
          language: found.contact.preferredLanguage,
        },
        context.traceparent,
      ),
    );
    return found;
  });
}

function draftOf(reporter: Reporter): ReporterDraft {
  return { ...reporter, excludedCompanions: [...reporter.excludedCompanions] };
}

function isNonEmpty(fields: ContactField[]): fields is [ContactField, ...ContactField[]] {
  return fields.length > 0;
}
