import { EscalationLevel } from './escalation.enums';

/*
 * MK-ACT's escalation ladder (docs/domain.md §3), as a plain function.
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
