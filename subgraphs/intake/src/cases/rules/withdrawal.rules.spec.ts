import { CaseKind, CaseStatus, type Role } from '@hub/contracts';
import { mayWithdraw, validateWithdrawalReason, withdrawalRefusal } from './withdrawal.rules';

const caller = (roles: Role[], department: string | null = null) => ({
  roles,
  department,
  anonymous: false,
});

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

  it('an ordinary case may be withdrawn by an agent or by its responsible department only', () => {
    const pothole = { kind: CaseKind.SERVICE_REQUEST, responsibleDepartmentId: 'public-works' };
    expect(mayWithdraw(caller(['agent']), pothole)).toBe(true);
    expect(mayWithdraw(caller(['department_staff'], 'public-works'), pothole)).toBe(true);
    expect(mayWithdraw(caller(['department_head'], 'public-works'), pothole)).toBe(true);
    expect(mayWithdraw(caller(['department_staff'], 'parks'), pothole)).toBe(false);
    expect(mayWithdraw(caller(['department_staff']), pothole)).toBe(false);
    expect(mayWithdraw(caller(['hr']), pothole)).toBe(false);
    const unrouted = { kind: CaseKind.SERVICE_REQUEST, responsibleDepartmentId: null };
    expect(mayWithdraw(caller(['department_head'], 'public-works'), unrouted)).toBe(false);
    expect(mayWithdraw({ ...caller(['agent']), anonymous: true }, pothole)).toBe(false);
  });

  it('a confidential case may be withdrawn by its office alone, not by an agent or a department', () => {
    const offices: [CaseKind, Role][] = [
      [CaseKind.STAFF_COMPLAINT, 'hr'],
      [CaseKind.POLICE_CONDUCT, 'opa'],
      [CaseKind.FRAUD_WASTE_ABUSE, 'audit'],
      [CaseKind.CIVIL_RIGHTS, 'title_vi_coordinator'],
    ];
    for (const [kind, office] of offices) {
      const found = { kind, responsibleDepartmentId: 'public-works' };
      expect(mayWithdraw(caller([office]), found)).toBe(true);
      expect(mayWithdraw(caller(['agent']), found)).toBe(false);
      expect(mayWithdraw(caller(['department_head'], 'public-works'), found)).toBe(false);
      for (const [, other] of offices.filter(([, o]) => o !== office)) {
        expect(mayWithdraw(caller([other]), found)).toBe(false);
      }
    }
  });
});
