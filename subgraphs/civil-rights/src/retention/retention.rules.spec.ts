import fc from 'fast-check';
import { addDays, daysBetween } from '../filing/local-date.rules';
import {
  basesKey,
  DEFAULT_RETENTION_POLICY,
  destructionDate,
  fiscalYearOf,
  fiscalYearRange,
  retentionExpired,
} from './retention.rules';

const policy = DEFAULT_RETENTION_POLICY;

describe('fiscal years', () => {
  it('starting in July are named by the year they end in', () => {
    expect(fiscalYearOf('2026-06-30', 7)).toBe(2026);
    expect(fiscalYearOf('2026-07-01', 7)).toBe(2027);
    expect(fiscalYearRange(2026, 7)).toEqual({ from: '2025-07-01', until: '2026-07-01' });
  });

  it('starting in January are calendar years, and October (federal) years work the same way', () => {
    expect(fiscalYearOf('2026-12-31', 1)).toBe(2026);
    expect(fiscalYearRange(2026, 1)).toEqual({ from: '2026-01-01', until: '2027-01-01' });
    expect(fiscalYearOf('2025-10-01', 10)).toBe(2026);
    expect(fiscalYearRange(2026, 10)).toEqual({ from: '2025-10-01', until: '2026-10-01' });
  });

  it('put every day in the year whose range holds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 12 }),
        (offset, start) => {
          const day = addDays('1990-01-01', offset);
          const { from, until } = fiscalYearRange(fiscalYearOf(day, start), start);
          return daysBetween(from, day) >= 0 && daysBetween(day, until) > 0;
        },
      ),
    );
  });
});

describe('retention', () => {
  it('ends four years after the end of the fiscal year the case closed in', () => {
    // Closed in FY 2020 (July 2019 - June 2020): destroyed from 1 July 2024, the start of FY 2025.
    expect(destructionDate(policy, '2019-09-01')).toBe('2024-07-01');
    expect(destructionDate(policy, '2020-06-30')).toBe('2024-07-01');
    expect(destructionDate(policy, '2020-07-01')).toBe('2025-07-01');
  });

  it('removes a case closed in FY N at the start of FY N+5 and keeps one closed in N+1', () => {
    const startOfFyNPlus5 = '2024-07-01'; // N = 2020
    expect(retentionExpired(policy, '2019-09-01', startOfFyNPlus5)).toBe(true);
    expect(retentionExpired(policy, '2019-09-01', '2024-06-30')).toBe(false);
    expect(retentionExpired(policy, '2020-08-01', startOfFyNPlus5)).toBe(false);
  });

  it('follows the configured years and start month', () => {
    expect(destructionDate({ fiscalYearStartMonth: 1, retentionYears: 6 }, '2020-03-15')).toBe(
      '2027-01-01',
    );
  });

  it('is never earlier than the retention years after closing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (offset, start, years) => {
          const closed = addDays('2000-01-01', offset);
          const destroyed = destructionDate(
            { fiscalYearStartMonth: start, retentionYears: years },
            closed,
          );
          return daysBetween(addDays(closed, years * 365), destroyed) > 0;
        },
      ),
    );
  });

  it('counts by one key per combination of bases', () => {
    expect(basesKey(['race', 'color', 'race'])).toBe('color+race');
  });
});
