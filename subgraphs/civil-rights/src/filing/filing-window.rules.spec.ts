import { DEFAULT_FILING_POLICY, filingWindow } from './filing-window.rules';
import { addDays } from './local-date.rules';

describe('the filing window', () => {
  const policy = DEFAULT_FILING_POLICY;

  it('is in time on day 179 and 180, and late on day 181', () => {
    const filedOn = '2026-11-25';
    expect(filingWindow(policy, addDays(filedOn, -179), filedOn)).toEqual({
      daysAfterIncident: 179,
      late: false,
    });
    expect(filingWindow(policy, addDays(filedOn, -180), filedOn).late).toBe(false);
    expect(filingWindow(policy, addDays(filedOn, -181), filedOn)).toEqual({
      daysAfterIncident: 181,
      late: true,
    });
  });

  it('follows the configured number of days', () => {
    expect(filingWindow({ filingWindowDays: 90 }, '2026-01-01', '2026-04-02').late).toBe(true);
  });
});
