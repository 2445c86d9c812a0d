import { refusal } from '@hub/local-stack';
import {
  ASSESS,
  closeFile,
  dataOf,
  openFile,
  PERSON_ROLES,
  startAudit,
  STEP,
  SUMMARY,
  tokenFor,
  type AuditHarness,
} from './support';
import type { AuditAllegationCategory } from './graphql/graphql';

describe('the monthly summary to the Mayor and Council', () => {
  let audit: AuditHarness;
  let auditor: string;
  /** Every string this test writes into a file: none may appear in the summary. */
  const written: string[] = [];
  let expected: { month: string; category: string; status: string; count: number }[];
  let months: { from: string; to: string };

  async function assess(caseId: string, category: AuditAllegationCategory, n: number) {
    const summary = `Allegation number ${n} about the motor pool`;
    const program = `Motor pool program ${n}`;
    const concern = `Retaliation concern number ${n}`;
    written.push(summary, program, concern);
    dataOf(
      await audit.graphql(
        ASSESS,
        {
          input: {
            caseId,
            category,
            summary,
            programConcerned: program,
            estimatedAmount: 1234.56 * n,
            retaliationConcern: concern,
          },
        },
        auditor,
      ),
    );
  }

  async function close(caseId: string, n: number) {
    const text = `Disclosable text number ${n}`;
    written.push(text);
    await closeFile(audit, auditor, caseId, 'SUBSTANTIATED', text);
  }

  beforeAll(async () => {
    audit = await startAudit('summary');
    written.push('auditor-sum', 'internal-audit-lead', 'Stepped through the fuel logs');
    auditor = await tokenFor(audit, 'audit', 'auditor-sum');
    const [a, b, c, d, e] = [
      await openFile(audit),
      await openFile(audit),
      await openFile(audit),
      await openFile(audit),
      await openFile(audit),
    ] as [string, string, string, string, string];
    written.push(a, b, c, d, e);
    await assess(a, 'FRAUD', 1);
    dataOf(
      await audit.graphql(
        STEP,
        {
          input: {
            caseId: a,
            takenAt: new Date().toISOString(),
            action: 'Stepped through the fuel logs',
            staffId: 'internal-audit-lead',
          },
        },
        auditor,
      ),
    );
    await assess(b, 'WASTE', 2);
    await assess(c, 'ABUSE', 3);
    await close(c, 3);
    // d is never assessed
    await assess(e, 'FRAUD', 5);
    await close(e, 5);

    // The month each file opened in (UTC), as the database holds it.
    const rows = await audit.sql<{ case_id: string; month: string }>(
      `select case_id, to_char(opened_at at time zone 'UTC', 'YYYY-MM') as month from audit_file`,
    );
    const monthOf = new Map(rows.map((row) => [row.case_id, row.month]));
    const files = [
      [a, 'fraud', 'in_progress'],
      [b, 'waste', 'routed'],
      [c, 'abuse', 'closed'],
      [d, 'unassessed', 'routed'],
      [e, 'fraud', 'closed'],
    ] as const;
    const counts = new Map<string, number>();
    for (const [id, category, status] of files) {
      const key = [monthOf.get(id)!, category, status].join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expected = [...counts.entries()]
      .map(([key, count]) => {
        const [month, category, status] = key.split('|') as [string, string, string];
        return { month, category, status, count };
      })
      .sort((x, y) =>
        `${x.month}|${x.category}|${x.status}`.localeCompare(
          `${y.month}|${y.category}|${y.status}`,
        ),
      );
    const allMonths = [...monthOf.values()].sort();
    months = { from: allMonths[0]!, to: allMonths.at(-1)! };
  });

  afterAll(async () => {
    await audit?.stop();
  });

  it('counts files by category, status and month', async () => {
    const rows = dataOf(await audit.graphql(SUMMARY, months, auditor)).auditMonthlySummary;
    expect(rows).toEqual(expected);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(5);
  });

  it('holds no personal data and no text of any file: counts only', async () => {
    const answer = await audit.graphql(SUMMARY, months, await tokenFor(audit, 'council'));
    const json = JSON.stringify(answer.body);
    expect(answer.body.errors).toBeUndefined();
    for (const text of written) expect([text, json.includes(text)]).toEqual([text, false]);
    for (const row of answer.body.data!.auditMonthlySummary) {
      expect(Object.keys(row).sort()).toEqual(['category', 'count', 'month', 'status']);
      expect(['fraud', 'waste', 'abuse', 'unassessed']).toContain(row.category);
      expect(['routed', 'in_progress', 'closed']).toContain(row.status);
    }
  });

  it('is empty for months with no file', async () => {
    const answer = dataOf(
      await audit.graphql(SUMMARY, { from: '2019-01', to: '2019-12' }, auditor),
    );
    expect(answer.auditMonthlySummary).toEqual([]);
  });

  it.each(['council', 'analyst'])('is readable by %s', async (role) => {
    const answer = await audit.graphql(SUMMARY, months, await tokenFor(audit, role));
    expect(dataOf(answer).auditMonthlySummary).toEqual(expected);
  });

  it.each(PERSON_ROLES.filter((role) => !['audit', 'council', 'analyst'].includes(role)))(
    'is FORBIDDEN to %s',
    async (role) => {
      const answer = await audit.graphql(SUMMARY, months, await tokenFor(audit, role));
      expect(refusal(answer).code).toBe('FORBIDDEN');
      expect(answer.body.data).toBeNull();
    },
  );
});
