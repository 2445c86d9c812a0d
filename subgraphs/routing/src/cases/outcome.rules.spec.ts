import { Outcome } from './case.enums';
import { validateOutcome } from './outcome.rules';

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
