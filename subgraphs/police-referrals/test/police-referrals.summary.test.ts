import { refusal } from '@hub/local-stack';
import {
  ACCEPT,
  closedReferral,
  dataOf,
  nextOpaNumber,
  openReferral,
  PERSON_ROLES,
  startPoliceReferrals,
  type Harness,
} from './support';
import { graphql } from './graphql';

/*
 * The monthly summary to the Mayor and Council (docs/domain.md §5, §8): counts of referrals
 * by month forwarded, destination and classification, and status; never a name or an OPA
 * number.
 */

const ROLES: string[] = PERSON_ROLES;

const SUMMARY = graphql(`
  query OpaMonthlySummary($from: String!, $to: String!) {
    opaMonthlySummary(fromMonth: $from, toMonth: $to) {
      month
      category
      status
      count
    }
  }
`);

/** Months around the test run, so a run across a month's end still finds its referrals. */
function monthFromNow(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
    .toISOString()
    .slice(0, 7);
}
const MONTHS = { from: monthFromNow(-1), to: monthFromNow(1) };

describe('the monthly summary to the Mayor and Council', () => {
  let harness: Harness;
  let opa: string;
  let opaNumber: string;
  const disposition = 'OPA reviewed your concern; the allegation was not sustained.';
  const outcomeSummary = 'Body-worn video reviewed; conduct within policy.';

  beforeAll(async () => {
    harness = await startPoliceReferrals('summary');
    opa = await harness.token(['opa'], { subject: 'opa-setup' });
    ({ opaNumber } = await closedReferral(harness, opa, {
      outcome: 'NOT_SUSTAINED_LAWFUL_AND_PROPER',
      disposition,
      summary: outcomeSummary,
    }));
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function summary(token: string) {
    const answer = await harness.graphql(SUMMARY, MONTHS, token);
    expect(answer.body.errors).toBeUndefined();
    return dataOf(answer).opaMonthlySummary;
  }
  const countOf = (rows: Awaited<ReturnType<typeof summary>>, category: string, status: string) =>
    rows
      .filter((row) => row.category === category && row.status === status)
      .reduce((sum, row) => sum + row.count, 0);

  it('counts referrals by destination and classification and status', async () => {
    const council = await harness.token(['council'], { subject: 'council-member-3' });
    const before = await summary(council);
    await openReferral(harness, 'fire-operations');
    const accepted = await openReferral(harness);
    await harness.graphql(
      ACCEPT,
      { caseId: accepted, opaNumber: nextOpaNumber(), classification: 'CONTACT_LOG' },
      opa,
    );
    const after = await summary(council);

    expect(countOf(after, 'fire_operations.unclassified', 'referred')).toBe(
      countOf(before, 'fire_operations.unclassified', 'referred') + 1,
    );
    expect(countOf(after, 'opa.contact_log', 'in_progress')).toBe(
      countOf(before, 'opa.contact_log', 'in_progress') + 1,
    );
    expect(countOf(after, 'opa.investigation', 'closed')).toBeGreaterThanOrEqual(1);
    const total = after.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(await harness.count('opa_referral'));
  });

  it('holds counts only: no OPA number, no text of OPA, no name', async () => {
    const rows = await summary(await harness.token(['analyst']));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['category', 'count', 'month', 'status']);
      expect([MONTHS.from, monthFromNow(0), MONTHS.to]).toContain(row.month);
      expect(row.category).toMatch(/^(opa|fire_operations)\.[a-z_]+$/);
      expect(row.status).toMatch(/^[a-z_]+$/);
      expect(Number.isInteger(row.count)).toBe(true);
    }
    const text = JSON.stringify(rows);
    for (const secret of [opaNumber, 'OPA-', disposition, outcomeSummary, 'opa-setup']) {
      expect(text).not.toContain(secret);
    }
  });

  it.each(['opa', 'council', 'analyst'])('is readable by %s', async (role) => {
    expect(Array.isArray(await summary(await harness.token([role])))).toBe(true);
  });

  it.each(ROLES.filter((role) => !['opa', 'council', 'analyst'].includes(role)))(
    'is refused to %s',
    async (role) => {
      const answer = await harness.graphql(
        SUMMARY,
        MONTHS,
        await harness.token([role], { department: 'police-opa' }),
      );
      expect(refusal(answer).code).toBe('FORBIDDEN');
    },
  );

  it.each([
    [{ from: '2026-13', to: '2026-12' }, 'fromMonth'],
    [{ from: 'last month', to: '2026-12' }, 'fromMonth'],
    [{ from: '2026-01', to: '2026/02' }, 'toMonth'],
    [{ from: '2026-05', to: '2026-01' }, 'toMonth'],
    [{ from: '2020-01', to: '2026-12' }, 'toMonth'],
  ])('refuses the months %j naming %s', async (variables, field) => {
    const answer = await harness.graphql(SUMMARY, variables, opa);
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
