import type { Role } from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import {
  DisclosureDecision,
  type AllegationCategory,
  type AuditOutcome,
} from './audit-review.enums';

/*
 * Internal Audit's rules (docs/domain.md §6, §8) as plain functions of their inputs: who reads
 * what, what a valid assessment, step, finding or closing is, what the reporter may be told,
 * and which months a summary covers. No I/O. Messages name the field and what is allowed,
 * never the value: it may identify a whistleblower.
 */

// --- who may do what ---------------------------------------------------------------------

/**
 * The allegation, the whistleblower's protection and the working papers (steps, findings,
 * conclusion): Internal Audit alone. Not the department concerned, not HR, not the council.
 */
export const AUDIT_ONLY: readonly Role[] = ['audit'];
/** Counts by category, status and month, for the Mayor and Council (docs/domain.md §8). */
export const SUMMARY_READERS: readonly Role[] = ['audit', 'council', 'analyst'];

/** The restricted fields of AuditReview and who reads each: Internal Audit alone. */
export const RESTRICTED_FIELD_READERS = {
  allegation: AUDIT_ONLY,
  whistleblowerProtection: AUDIT_ONLY,
  steps: AUDIT_ONLY,
  findings: AUDIT_ONLY,
  outcome: AUDIT_ONLY,
} as const satisfies Record<string, readonly Role[]>;

export type RestrictedField = keyof typeof RESTRICTED_FIELD_READERS;

/** The name a read is logged under: the Case field, then the AuditReview field. */
export function accessLogField(field: RestrictedField): string {
  return `auditReview.${field}`;
}

/** Why a restricted field was refused; the same words for every field of the file. */
export function refusalOf(field: RestrictedField): string {
  return `${accessLogField(field)}: fraud, waste and abuse files are for Internal Audit only (whistleblower protection)`;
}

// --- limits ------------------------------------------------------------------------------

/** Names and labels: a program, a staff id, what a step was. */
export const MAX_SHORT_TEXT = 200;
/**
 * Narratives: a summary, notes, findings, the disclosable text. The disclosable text
 * travels in case.completed.v1, whose contract allows 4000 characters.
 */
export const MAX_LONG_TEXT = 4000;
/** Money in dollars and cents, below a trillion: numeric(15, 2) in the database. */
export const MAX_ESTIMATED_AMOUNT = 999_999_999_999.99;

/** Characters as a person counts them (code points), not UTF-16 units. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

// Line breaks and tabs are writing; other control characters (NUL above all, which
// PostgreSQL refuses in text) are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A required text: present, not blank, not over `max`, no control characters. */
export function checkText(
  field: string,
  text: string | null | undefined,
  max: number,
  what: string,
): InputProblem[] {
  if (text === null || text === undefined || text.trim() === '') {
    return [{ field, message: `is required: ${what}` }];
  }
  return checkOptionalText(field, text, max);
}

/** An optional text: absent is fine; present, it must not be blank or over `max`. */
export function checkOptionalText(
  field: string,
  text: string | null | undefined,
  max: number,
): InputProblem[] {
  if (text === null || text === undefined) return [];
  if (text.trim() === '') return [{ field, message: 'must not be blank; leave it out instead' }];
  if (textLength(text) > max) return [{ field, message: `must be at most ${max} characters` }];
  if (CONTROL.test(text)) {
    return [{ field, message: 'must not contain control characters other than line breaks' }];
  }
  return [];
}

/** Blank text given for an optional field is stored as nothing, trimmed otherwise. */
export function tidy(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : text.trim();
}

// --- the allegation and the whistleblower's protection ------------------------------------

export interface AssessmentInput {
  readonly category?: AllegationCategory | null;
  readonly summary?: string | null;
  readonly programConcerned?: string | null;
  readonly estimatedAmount?: number | null;
  readonly identityProtected?: boolean | null;
  readonly retaliationConcern?: string | null;
}

export function validateAssessment(input: AssessmentInput): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!input.category) {
    problems.push({ field: 'category', message: 'is required: FRAUD, WASTE or ABUSE' });
  }
  problems.push(
    ...checkText(
      'summary',
      input.summary,
      MAX_LONG_TEXT,
      'the allegation as Internal Audit records it',
    ),
    ...checkText(
      'programConcerned',
      input.programConcerned,
      MAX_SHORT_TEXT,
      'the program or department the allegation concerns',
    ),
    ...checkOptionalText('retaliationConcern', input.retaliationConcern, MAX_LONG_TEXT),
    ...checkAmount(input.estimatedAmount),
  );
  if (input.identityProtected === null) {
    problems.push({
      field: 'identityProtected',
      message: 'must be true or false, or left out to keep the protection (true by default)',
    });
  }
  return problems;
}

function checkAmount(amount: number | null | undefined): InputProblem[] {
  if (amount === null || amount === undefined) return [];
  const field = 'estimatedAmount';
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_ESTIMATED_AMOUNT) {
    return [{ field, message: `must be an amount in dollars from 0 to ${MAX_ESTIMATED_AMOUNT}` }];
  }
  if (Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6) {
    return [{ field, message: 'must be in dollars and cents (at most two decimals)' }];
  }
  return [];
}

// --- the audit's steps and findings ---------------------------------------------------------

export interface StepInput {
  readonly takenAt: Date;
  readonly action?: string | null;
  readonly staffId?: string | null;
  readonly notes?: string | null;
}

/** A staff id as the routing table writes them: internal-audit-lead. */
const STAFF_ID = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * A dated step of the audit. It cannot be dated in the future (beyond the clock skew other
 * machines may have). It may predate the file: audit sometimes starts on a tip before the
 * report reaches the hub.
 */
export function validateStep(
  input: StepInput,
  context: { now: Date; clockSkewMs: number },
): InputProblem[] {
  const problems: InputProblem[] = [];
  const takenAt = input.takenAt.getTime();
  if (Number.isNaN(takenAt)) {
    problems.push({ field: 'takenAt', message: 'must be a date and time' });
  } else if (takenAt > context.now.getTime() + context.clockSkewMs) {
    problems.push({ field: 'takenAt', message: 'must not be in the future' });
  }
  problems.push(
    ...checkText('action', input.action, MAX_SHORT_TEXT, 'what was done'),
    ...checkText('staffId', input.staffId, MAX_SHORT_TEXT, 'the staff id of who did it'),
    ...checkOptionalText('notes', input.notes, MAX_LONG_TEXT),
  );
  if (input.staffId && input.staffId.trim() !== '' && !STAFF_ID.test(input.staffId)) {
    problems.push({
      field: 'staffId',
      message: 'must be a staff id: lower-case letters, digits, dots, dashes, underscores',
    });
  }
  return problems;
}

export function validateFindings(findings: string | null | undefined): InputProblem[] {
  return checkText('findings', findings, MAX_LONG_TEXT, 'what the audit found');
}

// --- closing: the conclusion and what the reporter receives --------------------------------

export interface CloseInput {
  readonly outcome?: AuditOutcome | null;
  readonly disclosure?: DisclosureDecision | null;
  readonly disclosableText?: string | null;
}

export type ClosingVerdict =
  | { readonly ok: true; readonly outcome: AuditOutcome; readonly text: string }
  | { readonly ok: false; readonly problems: InputProblem[] };

/**
 * The text the reporter receives is decided here, apart from the findings: audit's own text
 * (DISCLOSE_TEXT), or the standard receipt-only text. Either is required: a closing that
 * does not say what the reporter is told is refused.
 */
export function decideClosing(input: CloseInput, receiptOnlyText: string): ClosingVerdict {
  const problems: InputProblem[] = [];
  if (!input.outcome) {
    problems.push({
      field: 'outcome',
      message:
        'is required: SUBSTANTIATED, PARTIALLY_SUBSTANTIATED, UNSUBSTANTIATED or REFERRED_TO_LAW_ENFORCEMENT',
    });
  }
  if (!input.disclosure) {
    problems.push({
      field: 'disclosure',
      message:
        'is required: DISCLOSE_TEXT with the disclosableText the reporter receives, or RECEIPT_ONLY to tell them nothing beyond the receipt',
    });
  } else if (input.disclosure === DisclosureDecision.DISCLOSE_TEXT) {
    problems.push(
      ...checkText(
        'disclosableText',
        input.disclosableText,
        MAX_LONG_TEXT,
        'the text the reporter receives (or choose RECEIPT_ONLY)',
      ),
    );
  } else if (input.disclosableText !== null && input.disclosableText !== undefined) {
    problems.push({
      field: 'disclosableText',
      message: 'must be left out with RECEIPT_ONLY: the reporter receives the standard text',
    });
  }
  if (problems.length > 0 || !input.outcome) return { ok: false, problems };
  const text =
    input.disclosure === DisclosureDecision.DISCLOSE_TEXT
      ? input.disclosableText!.trim()
      : receiptOnlyText;
  return { ok: true, outcome: input.outcome, text };
}

// --- the monthly summary --------------------------------------------------------------------

/** Files not yet assessed have no category; the summary counts them under this word. */
export const UNASSESSED = 'unassessed';
