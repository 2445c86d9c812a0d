import { CaseStatus, isUuid, type CaseRoutedData } from '@hub/contracts';
import {
  assertNoProblems,
  badUserInput,
  closedByOffice,
  conflict,
  lockCaseRow,
  recordStatusChange,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from './case.entity';
import type { HrContext } from './context';
import type { HrSettings } from './environment';
import { PersonInvolved } from './person-involved.entity';
import { StaffComplaint } from './staff-complaint.entity';
import { HrFileStatus } from './staff-complaint.enums';
import type {
  CloseStaffComplaintArgs,
  HrFindingsInput,
  HrReviewInput,
  PersonInvolvedInput,
} from './staff-complaint.input';
import {
  checkDisclosure,
  checkOptionalText,
  checkPeopleCount,
  checkPerson,
  checkReview,
  checkText,
  closeRefusal,
  dispositionOf,
  effectOfRouting,
  findingsRefusal,
  HR_FILE_READERS,
  RESTRICTED_FIELD_READERS,
  reviewRefusal,
  type RoutedEffect,
} from './staff-complaint.rules';

/*
 * HR's writes. Each is one transaction that changes the file, records the status change and
 * appends its events to the outbox: saved together or not at all. Input is checked before
 * anything is written, so a refusal leaves no trace.
 */

/** HR's own words for the hub status, kept beside it (no finding, no outcome: every copy shows them). */
const AGENCY_STATUS = { inReview: 'in_review', closed: 'closed' } as const;

// --- case.routed.v1 --------------------------------------------------------------------------

/** Opens HR's file when a case is routed to HR; a case routed away leaves HR's queue. */
export async function applyRouting(
  em: EntityManager,
  settings: HrSettings,
  routed: Pick<CaseRoutedData, 'caseId' | 'departmentId'>,
  at: Date = new Date(),
): Promise<RoutedEffect> {
  if (!isUuid(routed.caseId)) return 'none';
  const existing = await em.findOne(
    StaffComplaint,
    { caseId: routed.caseId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  const effect = effectOfRouting(
    settings.departmentId,
    routed.departmentId,
    existing?.status ?? null,
  );
  if (effect === 'open') {
    em.persist(StaffComplaint.opened(routed.caseId, at));
  } else if (existing && effect === 'reopen') {
    existing.status = existing.reviewStartedAt ? HrFileStatus.IN_REVIEW : HrFileStatus.OPEN;
    existing.updatedAt = at;
  } else if (existing && effect === 'transfer') {
    existing.status = HrFileStatus.TRANSFERRED;
    existing.updatedAt = at;
  }
  return effect;
}

// --- by hand (GraphQL mutations, role hr) -----------------------------------------------------

type Work = (tx: EntityManager, file: StaffComplaint, now: Date) => Promise<void>;

/**
 * The file, locked, changed by `work`, in one transaction; the case back, its file as saved
 * in the request's loaders.
 */
async function write(context: HrContext, caseId: string, work: Work): Promise<Case> {
  checkCaseId(caseId);
  const file = await context.em.transactional(async (tx) => {
    const found = await lockCaseRow(tx, StaffComplaint, caseId, 'an HR file for this case');
    const now = new Date();
    await work(tx, found, now);
    found.updatedAt = now;
    return found;
  });
  context.loaders.fileByCase.clear(file.caseId).prime(file.caseId, file);
  context.loaders.peopleByCase.clear(file.caseId);
  return Case.of(file.caseId);
}

export function checkCaseId(caseId: string): void {
  if (!isUuid(caseId)) throw badUserInput('caseId', 'is not a case id (a UUID)');
}

/**
 * Records HR's review; the first one starts it (file IN_REVIEW, hub status in_progress).
 * Later ones update it. People listed are added to those already on file.
 */
export async function recordHrReview(context: HrContext, input: HrReviewInput): Promise<Case> {
  const { limits } = context.settings;
  checkCaseId(input.caseId);
  assertNoProblems(checkReview(input, limits, 0));
  return write(context, input.caseId, async (tx, file, now) => {
    const refusal = reviewRefusal(file.status);
    if (refusal) throw conflict(refusal);
    const onFile = await tx.find(PersonInvolved, { caseId: file.caseId });
    const adding = newPeople(onFile, input.peopleInvolved ?? []);
    assertNoProblems(checkPeopleCount('input.peopleInvolved', onFile.length, adding, limits));

    if (file.status === HrFileStatus.OPEN) {
      file.status = HrFileStatus.IN_REVIEW;
      file.reviewStartedAt = now;
      await recordStatusChange(tx, context.events, {
        caseId: file.caseId,
        status: CaseStatus.IN_PROGRESS,
        agency: context.settings.departmentId,
        agencyStatus: AGENCY_STATUS.inReview,
        readers: HR_FILE_READERS,
        traceparent: context.traceparent,
      });
    }
    file.reviewUpdatedAt = now;
    file.reviewer = input.reviewer.trim();
    file.reviewerSubject = context.caller.subject;
    file.reviewNotes = input.notes.trim();
    file.staffLevels = [...new Set(input.staffLevelsInvolved)];
    file.category = input.category;
    if (input.subjectEmployee) {
      file.subjectName = input.subjectEmployee.name.trim();
      file.subjectJobTitle = input.subjectEmployee.jobTitle.trim();
      file.subjectDepartment = input.subjectEmployee.department.trim();
    }
    for (const person of adding) tx.persist(personOf(file.caseId, person, context, now));
  });
}

export async function addPersonInvolved(
  context: HrContext,
  caseId: string,
  person: PersonInvolvedInput,
): Promise<Case> {
  const { limits } = context.settings;
  checkCaseId(caseId);
  assertNoProblems(checkPerson('person', person, limits));
  return write(context, caseId, async (tx, file, now) => {
    const refusal = reviewRefusal(file.status);
    if (refusal) throw conflict(refusal);
    const onFile = await tx.find(PersonInvolved, { caseId: file.caseId });
    if (newPeople(onFile, [person]).length === 0) {
      throw conflict('this person is already on file with this role');
    }
    assertNoProblems(checkPeopleCount('person', onFile.length, [person], limits));
    tx.persist(personOf(file.caseId, person, context, now));
  });
}

/** HR's findings and any action taken; the review must have started. */
export async function recordHrFindings(context: HrContext, input: HrFindingsInput): Promise<Case> {
  const { limits } = context.settings;
  checkCaseId(input.caseId);
  assertNoProblems([
    ...checkText('input.findings', input.findings, limits.textMaxLength),
    ...(input.action
      ? checkOptionalText('input.action.details', input.action.details, limits.textMaxLength)
      : []),
  ]);
  return write(context, input.caseId, async (_tx, file, now) => {
    const refusal = findingsRefusal(file.status);
    if (refusal) throw conflict(refusal);
    file.findingsText = input.findings.trim();
    file.findingsRecordedAt = now;
    if (input.action) {
      file.actionKind = input.action.kind;
      file.actionDetails = input.action.details?.trim() ?? null;
    }
  });
}

/**
 * Closes the file with a disclosure-limited outcome: `case.completed.v1` carries as its
 * disposition ONLY the text employment law allows (for NONE, the configured protected-
 * findings text), never the findings, the action or a name; the hub status becomes closed.
 */
export async function closeStaffComplaint(
  context: HrContext,
  { caseId, outcome, disclosure }: CloseStaffComplaintArgs,
): Promise<Case> {
  const { limits, protectedFindingsText, departmentId, departmentName } = context.settings;
  checkCaseId(caseId);
  assertNoProblems(checkDisclosure(disclosure, [], limits));
  return write(context, caseId, async (tx, file, now) => {
    const refusal = closeRefusal(file.status, file.findingsText !== null);
    if (refusal) throw conflict(refusal);
    const people = await tx.find(PersonInvolved, { caseId: file.caseId });
    assertNoProblems(checkDisclosure(disclosure, file.protectedNames(people), limits));
    const decision = disclosure!.decision!;
    const disposition = dispositionOf(decision, disclosure!.text, protectedFindingsText);

    file.status = HrFileStatus.CLOSED;
    file.closedAt = now;
    file.outcomeValue = outcome;
    file.disclosureDecision = decision;
    file.disclosureText = disposition;
    await recordStatusChange(tx, context.events, {
      caseId: file.caseId,
      status: CaseStatus.CLOSED,
      agency: departmentId,
      agencyStatus: AGENCY_STATUS.closed,
      readers: HR_FILE_READERS,
      traceparent: context.traceparent,
    });
    context.events.publish(
      tx,
      closedByOffice(
        {
          caseId: file.caseId,
          disposition,
          departmentName,
          readers: RESTRICTED_FIELD_READERS.disclosure,
        },
        context.traceparent,
      ),
    );
  });
}

/** Those not yet on file with the same name and role (case and spacing aside). */
function newPeople<Person extends { name: string; role: string }>(
  onFile: readonly PersonInvolved[],
  people: readonly Person[],
): Person[] {
  const key = (person: { name: string; role: string }) =>
    `${normalize(person.name)}\u0000${normalize(person.role)}`;
  const seen = new Set(onFile.map(key));
  return people.filter((person) => {
    const personKey = key(person);
    if (seen.has(personKey)) return false;
    seen.add(personKey);
    return true;
  });
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function personOf(
  caseId: string,
  person: PersonInvolvedInput,
  context: HrContext,
  now: Date,
): PersonInvolved {
  return Object.assign(new PersonInvolved(), {
    caseId,
    name: person.name.trim(),
    role: person.role.trim(),
    addedAt: now,
    addedBy: context.caller.subject,
  });
}
