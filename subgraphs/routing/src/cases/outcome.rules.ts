import type { InputProblem } from '@hub/service-kit';
import { Outcome } from './case.enums';

/*
 * How a department closes the loop (docs/domain.md §3, MK-ACT): what an outcome must hold.
 * Plain functions, no I/O; messages name the field, never a submitted value.
 */

export interface OutcomeShape {
  readonly outcome: Outcome;
  /** The text the reporter receives. */
  readonly disposition: string;
  readonly actionsTaken?: string | null;
  readonly recurrencePrevention?: string | null;
  readonly reasons?: string | null;
}

const blank = (text: string | null | undefined) => !text || text.trim() === '';
/** The longest text of an outcome. */
export const MAX_OUTCOME_TEXT = 4000;

/**
 * Upheld: an apology, the actions taken and the steps against recurrence. Not upheld: an
 * explanation with reasons. A service request is simply resolved.
 */
export function validateOutcome(input: OutcomeShape): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.outcome === Outcome.OUT_OF_JURISDICTION) {
    problems.push({
      field: 'outcome',
      message:
        'OUT_OF_JURISDICTION is decided by routing itself; use UPHELD, NOT_UPHELD or RESOLVED',
    });
  }
  if (blank(input.disposition)) {
    problems.push({ field: 'disposition', message: 'is required: the text the reporter receives' });
  }
  if (input.outcome === Outcome.UPHELD) {
    if (blank(input.actionsTaken)) {
      problems.push({ field: 'actionsTaken', message: 'is required when the complaint is upheld' });
    }
    if (blank(input.recurrencePrevention)) {
      problems.push({
        field: 'recurrencePrevention',
        message: 'is required when the complaint is upheld: the steps against recurrence',
      });
    }
  }
  if (input.outcome === Outcome.NOT_UPHELD && blank(input.reasons)) {
    problems.push({ field: 'reasons', message: 'are required when the complaint is not upheld' });
  }
  for (const field of ['disposition', 'actionsTaken', 'recurrencePrevention', 'reasons'] as const) {
    if ([...(input[field] ?? '')].length > MAX_OUTCOME_TEXT) {
      problems.push({ field, message: `must be at most ${MAX_OUTCOME_TEXT} characters` });
    }
  }
  return problems;
}
