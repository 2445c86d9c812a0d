import { CaseKind } from '@hub/contracts';
import { acknowledgmentFor } from './acknowledgment.rules';

describe('acknowledgments', () => {
  const withEmail = { email: 'r@example.org', wantsContact: false };

  it('each kind gets its receipt; staff complaints and fraud reports get their legal notices', () => {
    expect(acknowledgmentFor(CaseKind.SERVICE_REQUEST, withEmail)).toBe('receipt');
    expect(acknowledgmentFor(CaseKind.POLICE_CONDUCT, withEmail)).toBe('receipt');
    expect(acknowledgmentFor(CaseKind.STAFF_COMPLAINT, withEmail)).toBe('staff-complaint-receipt');
    expect(acknowledgmentFor(CaseKind.FRAUD_WASTE_ABUSE, withEmail)).toBe('fraud-receipt');
  });

  it('compliments and suggestions are answered only when the reporter asked and gave details', () => {
    expect(acknowledgmentFor(CaseKind.COMPLIMENT, withEmail)).toBeNull();
    expect(acknowledgmentFor(CaseKind.SUGGESTION, { ...withEmail, wantsContact: true })).toBe(
      'receipt',
    );
    expect(acknowledgmentFor(CaseKind.SUGGESTION, { email: null, wantsContact: true })).toBeNull();
  });

  it('without an email there is nobody to acknowledge', () => {
    expect(
      acknowledgmentFor(CaseKind.SERVICE_REQUEST, { email: null, wantsContact: true }),
    ).toBeNull();
  });
});
