import type { InputProblem } from '@hub/service-kit';
import { EscalationLevel, Outcome } from './routing.enums';

/*
 * MK-ACT's escalation ladder and the shape of an outcome, as plain functions.
 */

export type EscalationStep =
  | { readonly ok: true; readonly level: EscalationLevel }
  | { readonly ok: false; readonly reason: string };

/**
 * team leader -> head of service -> trustees (only when the complaint is about the head of
 * service) -> board. The board's decision is final, so there is no step after it.
 */
export function nextEscalation(
  current: EscalationLevel | null,
  aboutHeadOfService: boolean,
): EscalationStep {
  switch (current) {
    case null:
      return { ok: true, level: EscalationLevel.TEAM_LEADER };
    case EscalationLevel.TEAM_LEADER:
      return { ok: true, level: EscalationLevel.HEAD_OF_SERVICE };
    case EscalationLevel.HEAD_OF_SERVICE:
      return {
        ok: true,
        level: aboutHeadOfService ? EscalationLevel.TRUSTEES : EscalationLevel.BOARD,
      };
    case EscalationLevel.TRUSTEES:
      return { ok: true, level: EscalationLevel.BOARD };
    case EscalationLevel.BOARD:
      return {
        ok: false,
        reason: "the board's decision is final: a case cannot be escalated past the board",
      };
  }
}

export interface OutcomeShape {
  readonly outcome: Outcome;
  /** The text the reporter receives. */
  readonly disposition: string;
  readonly actionsTaken?: string | null;
  readonly recurrencePrevention?: string | null;
  readonly reasons?: string | null;
}

const blank = (text: string | null | undefined) => !text || text.trim() === '';
const MAX = 4000;

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
    if ([...(input[field] ?? '')].length > MAX) {
      problems.push({ field, message: `must be at most ${MAX} characters` });
    }
  }
  return problems;
}
