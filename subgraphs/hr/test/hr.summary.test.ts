import {
  closedCase,
  dataOf,
  DISCLOSURE,
  FINDINGS_TEXT,
  openedFile,
  PEOPLE,
  PERSON_ROLES as ROLES,
  reviewedFile,
  startHr,
  SUMMARY,
  type HrHarness,
} from './support';
import type { StaffComplaintCategory } from './graphql/graphql';

/*
 * The monthly summary to the Mayor and Council (docs/domain.md §4, §8): counts of HR's files
 * by month on the city's calendar, category and status, and never a name.
 */

describe('the monthly summary to the Mayor and Council', () => {
  let hr: HrHarness;
  let hrToken: string;

  beforeAll(async () => {
    hr = await startHr('summary');
    hrToken = await hr.token(['hr'], { subject: 'hr-summary' });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  /** A file opened at `openedAt` (as if routed to HR then), taken to `stage`. */
  async function fileOpenedAt(
    openedAt: string,
    stage: 'open' | 'review' | 'closed',
    category: StaffComplaintCategory = 'DISCOURTESY',
  ): Promise<string> {
    const takenTo = {
      open: () => openedFile(hr),
      review: () => reviewedFile(hr, hrToken, { category }),
      closed: () => closedCase(hr, hrToken),
    };
    const caseId = await takenTo[stage]();
    await hr.sql(`update staff_complaint set opened_at = ? where case_id = ?`, [openedAt, caseId]);
    return caseId;
  }

  it('counts files by month on the city calendar, category and status, and never holds a name', async () => {
    await fileOpenedAt('2025-01-10T18:00:00Z', 'open');
    await fileOpenedAt('2025-01-20T18:00:00Z', 'review', 'CONDUCT');
    await fileOpenedAt('2025-01-21T18:00:00Z', 'review', 'CONDUCT');
    // 23:30 on 31 January in Los Angeles, already February in UTC: January's.
    await fileOpenedAt('2025-02-01T07:30:00Z', 'closed');
    await fileOpenedAt('2025-02-14T18:00:00Z', 'review', 'PERFORMANCE');
    // Outside the range on both sides.
    await fileOpenedAt('2024-12-31T18:00:00Z', 'open');
    await fileOpenedAt('2025-03-01T09:00:00Z', 'open');

    for (const roles of [['hr'], ['council'], ['analyst']]) {
      const token = await hr.token(roles, { subject: `${roles[0]}-reader` });
      const rows = dataOf(
        await hr.graphql(SUMMARY, { fromMonth: '2025-01', toMonth: '2025-02' }, token),
      ).hrMonthlySummary;
      expect(rows).toEqual([
        { month: '2025-01', category: 'conduct', status: 'in_review', count: 2 },
        { month: '2025-01', category: 'discourtesy', status: 'closed', count: 1 },
        { month: '2025-01', category: 'uncategorized', status: 'open', count: 1 },
        { month: '2025-02', category: 'performance', status: 'in_review', count: 1 },
      ]);
      const json = JSON.stringify(rows);
      for (const secret of [
        PEOPLE.subject.name,
        'Quillfeather',
        PEOPLE.subject.jobTitle,
        PEOPLE.witness.name,
        PEOPLE.supervisor.name,
        PEOPLE.reviewer,
        PEOPLE.email,
        '@',
        FINDINGS_TEXT,
        DISCLOSURE,
        'written_warning',
      ]) {
        expect(json).not.toContain(secret);
      }
    }
  });

  it('is refused to everyone else', async () => {
    for (const role of ROLES.filter((r) => !['hr', 'council', 'analyst'].includes(r))) {
      const answer = await hr.graphql(
        SUMMARY,
        { fromMonth: '2025-01', toMonth: '2025-02' },
        await hr.token([role]),
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.body.data).toBeNull();
    }
  });
});
