import { nextEscalation, validateOutcome } from './escalation.rules';
import { EscalationLevel, Outcome } from './routing.enums';

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

describe('outcomes', () => {
  it('an upheld complaint records the actions taken and the steps against recurrence', () => {
    expect(
      validateOutcome({ outcome: Outcome.UPHELD, disposition: 'We apologise.' }).map(
        (p) => p.field,
      ),
    ).toEqual(['actionsTaken', 'recurrencePrevention']);
    expect(
      validateOutcome({
        outcome: Outcome.UPHELD,
        disposition: 'We apologise.',
        actionsTaken: 'Refund issued',
        recurrencePrevention: 'Staff retrained',
      }),
    ).toEqual([]);
  });

  it('a complaint not upheld gives its reasons', () => {
    expect(validateOutcome({ outcome: Outcome.NOT_UPHELD, disposition: 'Explained.' })).toEqual([
      { field: 'reasons', message: expect.stringContaining('required') },
    ]);
  });

  it('out of jurisdiction is never chosen by hand, and a disposition is always written', () => {
    expect(
      validateOutcome({ outcome: Outcome.OUT_OF_JURISDICTION, disposition: '' }).map(
        (p) => p.field,
      ),
    ).toEqual(['outcome', 'disposition']);
  });
});
