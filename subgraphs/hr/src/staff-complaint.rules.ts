import { CITY_STAFF_ROLES, type Role } from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import { HrDisclosureDecision, HrFileStatus } from './staff-complaint.enums';

/*
 * HR's rules for staff complaints (docs/domain.md §4, §8): who may read what, what a review, the
 * findings and a disclosure must hold, and how the file moves. Plain functions, no I/O.
 * Messages name the field and what is allowed, never a submitted value (it may be a name).
 */

// --- access ----------------------------------------------------------------------------------

/**
 * Who may learn that HR holds a file and where it stands (status and dates, no personal
 * data): city staff of every office. A resident follows a case through public tracking,
 * never through HR's file; external agencies see only cases referred to them, and HR refers
 * none.
 */
export const HR_FILE_READERS: readonly Role[] = CITY_STAFF_ROLES;

/**
 * The restricted fields of `StaffComplaint` and who may read each. The subject employee,
 * the review, the people involved, the findings, the action and the outcome are HR's alone
 * (docs/domain.md §4). The disclosure is the text the reporter received: HR, and 311 agents who
 * answer the reporter when they call; HR cannot tell which resident is the reporter, so
 * residents read it in the email intake sent them, not here.
 */
export const RESTRICTED_FIELD_READERS = {
  subjectEmployee: ['hr'],
  review: ['hr'],
  peopleInvolved: ['hr'],
  findings: ['hr'],
  actionTaken: ['hr'],
  outcome: ['hr'],
  disclosure: ['hr', 'agent'],
} as const satisfies Record<string, readonly Role[]>;

export type RestrictedField = keyof typeof RESTRICTED_FIELD_READERS;

/** The name a read is logged under: the Case field, then the StaffComplaint field. */
export function accessLogField(field: RestrictedField | null): string {
  return field ? `staffComplaint.${field}` : 'staffComplaint';
}

export function refusalOf(field: RestrictedField | null): string {
  if (field === 'disclosure') {
    return 'staffComplaint.disclosure: the text disclosed to the reporter is for Human Resources and 311 agents only';
  }
  if (field === null) {
    return 'staffComplaint: an HR file is not shown to external agencies or anonymous callers';
  }
  return `staffComplaint.${field}: the details of a staff complaint are for Human Resources only (employment law)`;
}

/** HR's own work: its queue, its writes and its access log. */
export const HR_ONLY: readonly Role[] = ['hr'];

/** The monthly summary to the Mayor and Council: counts only, never a name. */
export const SUMMARY_READERS: readonly Role[] = ['hr', 'council', 'analyst'];

// --- input ------------------------------------------------------------------------------------

/** Lengths and counts from the configuration (environment.ts). */
export interface HrLimits {
  readonly nameMaxLength: number;
  readonly textMaxLength: number;
  readonly disclosureMaxLength: number;
  readonly peopleMax: number;
}

/** A required text: present, not blank, not longer than `max`. */
export function checkText(
  field: string,
  value: string | null | undefined,
  max: number,
): InputProblem[] {
  if (value === null || value === undefined || value.trim() === '') {
    return [{ field, message: 'is required and must not be blank' }];
  }
  if (value.length > max) {
    return [{ field, message: `must be at most ${max} characters` }];
  }
  return [];
}

/** An optional text: absent, or not blank and not longer than `max`. */
export function checkOptionalText(
  field: string,
  value: string | null | undefined,
  max: number,
): InputProblem[] {
  return value === null || value === undefined ? [] : checkText(field, value, max);
}

export interface PersonInput {
  readonly name: string;
  readonly role: string;
}

export function checkPerson(field: string, person: PersonInput, limits: HrLimits): InputProblem[] {
  return [
    ...checkText(`${field}.name`, person.name, limits.nameMaxLength),
    ...checkText(`${field}.role`, person.role, limits.nameMaxLength),
  ];
}

export interface SubjectEmployeeInput {
  readonly name: string;
  readonly jobTitle: string;
  readonly department: string;
}

export interface ReviewInput {
  readonly reviewer: string;
  readonly notes: string;
  readonly subjectEmployee?: SubjectEmployeeInput | null;
  readonly peopleInvolved?: readonly PersonInput[] | null;
}

export function checkReview(
  input: ReviewInput,
  limits: HrLimits,
  peopleAlreadyOnFile: number,
): InputProblem[] {
  const problems = [
    ...checkText('input.reviewer', input.reviewer, limits.nameMaxLength),
    ...checkText('input.notes', input.notes, limits.textMaxLength),
  ];
  if (input.subjectEmployee) {
    const subject = input.subjectEmployee;
    problems.push(
      ...checkText('input.subjectEmployee.name', subject.name, limits.nameMaxLength),
      ...checkText('input.subjectEmployee.jobTitle', subject.jobTitle, limits.nameMaxLength),
      ...checkText('input.subjectEmployee.department', subject.department, limits.nameMaxLength),
    );
  }
  (input.peopleInvolved ?? []).forEach((person, index) =>
    problems.push(...checkPerson(`input.peopleInvolved.${index}`, person, limits)),
  );
  problems.push(
    ...checkPeopleCount('input.peopleInvolved', peopleAlreadyOnFile, input.peopleInvolved, limits),
  );
  return problems;
}

export function checkPeopleCount(
  field: string,
  onFile: number,
  adding: readonly unknown[] | null | undefined,
  limits: HrLimits,
): InputProblem[] {
  return onFile + (adding?.length ?? 0) > limits.peopleMax
    ? [{ field, message: `a file holds at most ${limits.peopleMax} people involved` }]
    : [];
}

export interface DisclosureInput {
  readonly decision?: HrDisclosureDecision | null;
  readonly text?: string | null;
}

/**
 * A disclosure must say how much the reporter may be told. FULL and PARTIAL carry the text
 * HR wrote; NONE carries none (the reporter receives the configured protected-findings text),
 * so nothing HR typed can slip out under NONE. The text never names the subject employee or
 * anyone involved: it leaves HR in `case.completed.v1`, and events carry no personal data.
 */
export function checkDisclosure(
  disclosure: DisclosureInput | null | undefined,
  protectedNames: readonly string[],
  limits: HrLimits,
): InputProblem[] {
  if (!disclosure) {
    return [
      {
        field: 'disclosure',
        message: 'is required: say what employment law lets the reporter be told',
      },
    ];
  }
  if (!disclosure.decision) {
    return [
      {
        field: 'disclosure.decision',
        message: 'is required with an outcome: FULL, PARTIAL or NONE',
      },
    ];
  }
  if (disclosure.decision === HrDisclosureDecision.NONE) {
    return disclosure.text === null ||
      disclosure.text === undefined ||
      disclosure.text.trim() === ''
      ? []
      : [
          {
            field: 'disclosure.text',
            message:
              'must be left out when the decision is NONE: the reporter receives the fixed text saying the findings are protected by employment law',
          },
        ];
  }
  const problems = checkText('disclosure.text', disclosure.text, limits.disclosureMaxLength);
  if (problems.length === 0 && namesAnyone(disclosure.text!, protectedNames)) {
    problems.push({
      field: 'disclosure.text',
      message: 'must not name the subject employee or anyone involved in the matter',
    });
  }
  return problems;
}

/**
 * Whether `text` names any of `names`: the full name in any case, or the family name (the
 * last word, three letters or more) as written, so that a name such as "Will May" does not
 * refuse every sentence with "will" or "may" in it.
 */
export function namesAnyone(text: string, names: readonly string[]): boolean {
  const normalized = text.replace(/\s+/g, ' ');
  return names.some((name) => {
    const words = name.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return false;
    const full = words.map(escapeRegExp).join('\\s+');
    if (wholeWord(full, 'iu').test(normalized)) return true;
    const family = words[words.length - 1]!;
    return (
      words.length > 1 &&
      family.length >= 3 &&
      wholeWord(escapeRegExp(family), 'u').test(normalized)
    );
  });
}

function wholeWord(pattern: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the reporter receives: exactly the allowed text, or the protected-findings text. */
export function dispositionOf(
  decision: HrDisclosureDecision,
  text: string | null | undefined,
  protectedFindingsText: string,
): string {
  return decision === HrDisclosureDecision.NONE ? protectedFindingsText : text!.trim();
}

// --- the file's life ---------------------------------------------------------------------------

/** Why the file cannot take this step, or null when it can. Each becomes a CONFLICT. */
export function reviewRefusal(status: HrFileStatus): string | null {
  return workRefusal(status);
}

export function findingsRefusal(status: HrFileStatus): string | null {
  if (status === HrFileStatus.OPEN) return "record HR's review before its findings";
  return workRefusal(status);
}

export function closeRefusal(status: HrFileStatus, hasFindings: boolean): string | null {
  if (status === HrFileStatus.CLOSED) return 'the staff complaint is already closed';
  if (status === HrFileStatus.OPEN) return "record HR's review and findings before closing";
  const refusal = workRefusal(status);
  if (refusal) return refusal;
  return hasFindings ? null : 'record the findings before closing';
}

function workRefusal(status: HrFileStatus): string | null {
  if (status === HrFileStatus.CLOSED) return 'the staff complaint is closed';
  if (status === HrFileStatus.TRANSFERRED) {
    return 'the case was routed away from Human Resources; it must be routed back first';
  }
  return null;
}

/** What a `case.routed.v1` means for HR's file of that case. */
export type RoutedEffect = 'open' | 'reopen' | 'transfer' | 'none';

export function effectOfRouting(
  hrDepartmentId: string,
  routedTo: string,
  existing: HrFileStatus | null,
): RoutedEffect {
  if (routedTo === hrDepartmentId) {
    if (existing === null) return 'open';
    // Routed back to HR after a transfer: the file resumes where it stood.
    return existing === HrFileStatus.TRANSFERRED ? 'reopen' : 'none';
  }
  // Away from HR before it closed its file: the file leaves HR's queue, and stays on record.
  return existing === HrFileStatus.OPEN || existing === HrFileStatus.IN_REVIEW
    ? 'transfer'
    : 'none';
}

// --- the monthly summary -------------------------------------------------------------------------

export interface MonthRange {
  /** First day of the first month, YYYY-MM-DD. */
  readonly start: string;
  /** First day of the month after the last, YYYY-MM-DD (exclusive). */
  readonly end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" to "YYYY-MM", both included, at most `maxMonths` months. */
export function checkMonthRange(
  fromMonth: string,
  toMonth: string,
  maxMonths: number,
): { problems: InputProblem[]; range: MonthRange | null } {
  const problems: InputProblem[] = [];
  const from = MONTH.exec(fromMonth);
  const to = MONTH.exec(toMonth);
  if (!from)
    problems.push({ field: 'fromMonth', message: 'must be a month as YYYY-MM, such as 2026-01' });
  if (!to)
    problems.push({ field: 'toMonth', message: 'must be a month as YYYY-MM, such as 2026-12' });
  if (!from || !to) return { problems, range: null };
  const first = Number(from[1]) * 12 + Number(from[2]) - 1;
  const last = Number(to[1]) * 12 + Number(to[2]) - 1;
  if (last < first) {
    problems.push({ field: 'toMonth', message: 'must not be before fromMonth' });
  } else if (last - first + 1 > maxMonths) {
    problems.push({ field: 'toMonth', message: `the range may span at most ${maxMonths} months` });
  }
  if (problems.length > 0) return { problems, range: null };
  return { problems, range: { start: firstDayOf(first), end: firstDayOf(last + 1) } };
}

function firstDayOf(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
