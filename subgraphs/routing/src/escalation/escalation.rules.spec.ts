import { EscalationLevel } from './escalation.enums';
import { nextEscalation } from './escalation.rules';

describe('the escalation ladder', () => {
  it('climbs team leader, head of service, board', () => {
    expect(nextEscalation(null, false)).toEqual({ ok: true, level: EscalationLevel.TEAM_LEADER });
    expect(nextEscalation(EscalationLevel.TEAM_LEADER, false)).toEqual({
      ok: true,
      level: EscalationLevel.HEAD_OF_SERVICE,
    });
    expect(nextEscalation(EscalationLevel.HEAD_OF_SERVICE, false)).toEqual({
      ok: true,
      level: EscalationLevel.BOARD,
    });
  });

  it('passes through the trustees only when the complaint is about the head of service', () => {
    expect(nextEscalation(EscalationLevel.HEAD_OF_SERVICE, true)).toEqual({
      ok: true,
      level: EscalationLevel.TRUSTEES,
    });
    expect(nextEscalation(EscalationLevel.TRUSTEES, true)).toEqual({
      ok: true,
      level: EscalationLevel.BOARD,
    });
  });

  it('stops at the board, whose decision is final', () => {
    const step = nextEscalation(EscalationLevel.BOARD, true);
    expect(step.ok).toBe(false);
    expect(step.ok ? '' : step.reason).toMatch(/final/);
  });
});
