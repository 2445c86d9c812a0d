import { CaseStatus } from '@hub/contracts';
import { validateWithdrawalReason, withdrawalRefusal } from './withdrawal.rules';

describe('withdrawing a case', () => {
  it('a case that has ended cannot be withdrawn', () => {
    for (const status of [
      CaseStatus.WITHDRAWN,
      CaseStatus.CLOSED,
      CaseStatus.RESOLVED,
      CaseStatus.OUT_OF_JURISDICTION,
    ]) {
      expect(withdrawalRefusal(status)).not.toBeNull();
    }
    expect(withdrawalRefusal(CaseStatus.RECEIVED)).toBeNull();
    expect(withdrawalRefusal(CaseStatus.IN_PROGRESS)).toBeNull();
    expect(withdrawalRefusal(null)).toBeNull();
  });

  it('needs a reason of at most 2000 characters', () => {
    expect(validateWithdrawalReason('Fixed by a neighbour')).toEqual([]);
    expect(validateWithdrawalReason('   ').map((p) => p.field)).toEqual(['reason']);
    expect(validateWithdrawalReason('x'.repeat(2001))).toEqual([
      { field: 'reason', message: 'must be at most 2000 characters' },
    ]);
  });
});
