import { CITY_STAFF_ROLES, CaseStatus, isUuid } from '@hub/contracts';
import {
  assertNoProblems,
  closedByOffice,
  conflict,
  lockCaseRow,
  recordStatusChange,
  type EventPublisher,
  type InputProblem,
  type Logger,
} from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { AuditReview } from './audit-review.entity';
import type {
  AddAuditStepInput,
  AllegationAssessmentInput,
  CloseAuditFileInput,
  RecordAuditFindingsInput,
} from './audit-review.input';
import {
  AUDIT_ONLY,
  decideClosing,
  tidy,
  validateAssessment,
  validateFindings,
  validateStep,
} from './audit-review.rules';
import { AuditStep } from './audit-step.entity';
import { Case } from './case.entity';
import type { AuditContext } from './context';
import type { AuditSettings } from './environment';

/*
 * Internal Audit's writes. Each is one transaction that changes the file and appends its
 * events to the outbox: saved together or not at all. A refused input leaves no trace.
 */

interface Writer {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly settings: AuditSettings;
  readonly logger: Logger;
  readonly traceparent?: string;
}

/** The office id under which Internal Audit's status changes travel. */
const AUDIT_AGENCY = 'internal-audit';

// The agency's own words beside the hub's status. Never the outcome: every agency's copy
// keeps them, and the conclusion of an audit is for audit alone.
const AGENCY_STATUS = {
  opened: 'file opened',
  working: 'under audit',
  closed: 'file closed',
} as const;

// --- from events ----------------------------------------------------------------------------

/**
 * Opens the file of a case routing sent to Internal Audit; a case that already has one keeps
 * it (a redelivery, a re-routing back to audit). Returns whether a file was opened.
 */
export async function openAuditFile(
  writer: Writer,
  caseId: string,
  routedAt: Date,
): Promise<boolean> {
  const { em } = writer;
  // The contract lets any id through; one that is no UUID is no case's (PostgreSQL would refuse it).
  if (!isUuid(caseId)) {
    writer.logger.warn('case.routed.v1 with a case id that is not a UUID ignored');
    return false;
  }
  if (await em.findOne(AuditReview, { caseId: caseId.toLowerCase() })) return false;
  const file = new AuditReview();
  file.caseId = caseId.toLowerCase();
  file.openedAt = routedAt;
  file.updatedAt = new Date();
  em.persist(file);
  try {
    await recordAuditStatus(writer, file.caseId, CaseStatus.ROUTED, AGENCY_STATUS.opened);
  } catch (error) {
    // The copy says the case has ended (withdrawn, say): the report still reaches audit,
    // which decides whether an allegation of fraud goes on without its reporter.
    if (!(error instanceof GraphQLError) || error.extensions.code !== 'CONFLICT') throw error;
    writer.logger.warn({ caseId }, 'audit file opened on a case whose status has ended');
  }
  return true;
}

// --- by hand (GraphQL mutations, role audit) ----------------------------------------------

/** The allegation as audit assessed it, and the whistleblower's protection; may be revised. */
export async function recordAllegationAssessment(
  context: AuditContext,
  input: AllegationAssessmentInput,
): Promise<Case> {
  assertNoProblems(validateAssessment(input));
  return write(context, input.caseId, async (_writer, file, now) => {
    file.category = input.category!;
    file.allegationSummary = tidy(input.summary);
    file.programConcerned = tidy(input.programConcerned);
    file.estimatedAmount =
      input.estimatedAmount === null || input.estimatedAmount === undefined
        ? null
        : input.estimatedAmount.toFixed(2);
    file.assessedAt = now;
    file.assessedBy = context.caller.subject;
    if (typeof input.identityProtected === 'boolean') {
      file.identityProtected = input.identityProtected;
    }
    // A concern recorded in writing stays on file: leaving it out of a revision keeps it.
    const concern = tidy(input.retaliationConcern);
    if (concern !== null && concern !== file.retaliationConcern) {
      file.retaliationConcern = concern;
      file.retaliationConcernRecordedAt = now;
    }
  });
}

/** A dated step of the audit; the first one puts the file IN_PROGRESS. */
export async function addAuditStep(context: AuditContext, input: AddAuditStepInput): Promise<Case> {
  const { clockSkewMs } = context.settings;
  assertNoProblems(validateStep(input, { now: new Date(), clockSkewMs }));
  return write(context, input.caseId, async (writer, file, now) => {
    const step = new AuditStep();
    step.caseId = file.caseId;
    step.takenAt = input.takenAt;
    step.action = tidy(input.action)!;
    step.staffId = input.staffId!.trim();
    step.notes = tidy(input.notes);
    step.recordedBy = context.caller.subject;
    step.recordedAt = now;
    writer.em.persist(step);
    await startWork(writer, file);
  });
}

/** What the audit found; may be revised until the file closes. Working papers, too. */
export async function recordAuditFindings(
  context: AuditContext,
  input: RecordAuditFindingsInput,
): Promise<Case> {
  assertNoProblems(validateFindings(input.findings));
  return write(context, input.caseId, async (writer, file, now) => {
    file.findings = tidy(input.findings);
    file.findingsRecordedAt = now;
    file.findingsRecordedBy = context.caller.subject;
    await startWork(writer, file);
  });
}

/**
 * Closes the file with audit's conclusion and what the reporter receives: intake emails the
 * disposition of case.completed.v1, which is exactly the disclosable text and nothing else.
 */
export async function closeAuditFile(
  context: AuditContext,
  input: CloseAuditFileInput,
): Promise<Case> {
  const { settings } = context;
  const verdict = decideClosing(input, settings.receiptOnlyText);
  if (!verdict.ok) return refuse(verdict.problems);
  return write(context, input.caseId, async (writer, file, now) => {
    file.outcome = verdict.outcome;
    file.disclosureDecision = input.disclosure!;
    file.disclosableText = verdict.text;
    file.closedAt = now;
    file.closedBy = context.caller.subject;
    file.fileStatus = CaseStatus.CLOSED;
    await recordAuditStatus(writer, file.caseId, CaseStatus.CLOSED, AGENCY_STATUS.closed);
    writer.events.publish(
      writer.em,
      closedByOffice(
        {
          caseId: file.caseId,
          disposition: verdict.text,
          departmentName: writer.settings.departmentName,
          // What the reporter was told is the file's disclosure: the city's staff read it.
          readers: CITY_STAFF_ROLES,
        },
        writer.traceparent,
      ),
    );
  });
}

// --- the parts -------------------------------------------------------------------------------

function refuse(problems: readonly InputProblem[]): never {
  assertNoProblems(problems);
  throw new Error('refuse() needs at least one problem');
}

/** Working papers were written: a file still ROUTED is now being audited. */
async function startWork(writer: Writer, file: AuditReview): Promise<void> {
  if (file.fileStatus !== CaseStatus.ROUTED) return;
  file.fileStatus = CaseStatus.IN_PROGRESS;
  await recordAuditStatus(writer, file.caseId, CaseStatus.IN_PROGRESS, AGENCY_STATUS.working);
}

/** The case's status in every agency's copy, stated by Internal Audit with its own word. */
async function recordAuditStatus(
  writer: Writer,
  caseId: string,
  status: CaseStatus,
  agencyStatus: string,
): Promise<void> {
  await recordStatusChange(writer.em, writer.events, {
    caseId,
    status,
    agency: AUDIT_AGENCY,
    agencyStatus,
    // Internal Audit's words for where a file stands stay with Internal Audit.
    readers: AUDIT_ONLY,
    traceparent: writer.traceparent,
  });
}

/**
 * Locks the file, checks it is still open, runs the change and saves it with its events in
 * one transaction. The answer's loaders then see the file as it was saved.
 */
async function write(
  context: AuditContext,
  caseId: string,
  change: (writer: Writer, file: AuditReview, now: Date) => Promise<void>,
): Promise<Case> {
  const { settings } = context;
  const file = await context.em.transactional(async (em) => {
    const found = await lockFile(em, caseId);
    if (found.fileStatus === CaseStatus.CLOSED) {
      throw conflict('the audit file is already closed: it cannot be changed');
    }
    const now = new Date();
    await change(
      {
        em,
        events: context.events,
        settings,
        logger: context.logger,
        traceparent: context.traceparent,
      },
      found,
      now,
    );
    found.updatedAt = now;
    return found;
  });
  context.loaders.fileByCase.clear(file.caseId).prime(file.caseId, file);
  context.loaders.stepsByCase.clear(file.caseId);
  return Case.of(file.caseId);
}

function lockFile(em: EntityManager, caseId: string): Promise<AuditReview> {
  return lockCaseRow(em, AuditReview, caseId, 'an Internal Audit file for this case');
}
