import { refusal } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import {
  ASSESS,
  CLOSE,
  FINDINGS,
  STEP,
  ok,
  openFile,
  startAudit,
  tokenFor,
  type AuditHarness,
} from './audit-fixtures';

/*
 * Every refused input names its field (or says CONFLICT / NOT_FOUND), and leaves no trace:
 * no row of the file changes, no step, no event, no status change.
 */
describe('bad input to an Internal Audit file', () => {
  let audit: AuditHarness;
  let auditor: string;
  let caseId: string;
  let closedId: string;

  beforeAll(async () => {
    audit = await startAudit('validation');
    auditor = await tokenFor(audit, 'audit', 'auditor-val');
    caseId = await openFile(audit);
    closedId = await openFile(audit);
    ok(
      await audit.graphql(
        CLOSE,
        { input: { caseId: closedId, outcome: 'UNSUBSTANTIATED', disclosure: 'RECEIPT_ONLY' } },
        auditor,
      ),
    );
  });

  afterAll(async () => {
    await audit?.stop();
  });

  /** Everything a refused write could have touched. */
  async function footprint() {
    return {
      files: await audit.sql('select * from audit_file order by case_id'),
      steps: await audit.count('audit_step'),
      outbox: await audit.count('outbox_message'),
      statuses: await audit.count('case_status_history'),
    };
  }

  const assessment = (overrides: Record<string, unknown> = {}) => ({
    input: {
      caseId,
      category: 'ABUSE',
      summary: 'A manager uses a city vehicle for a side business',
      programConcerned: 'Building inspections',
      ...overrides,
    },
  });
  const step = (overrides: Record<string, unknown> = {}) => ({
    input: {
      caseId,
      takenAt: new Date().toISOString(),
      action: 'Checked the vehicle log',
      staffId: 'internal-audit-a',
      ...overrides,
    },
  });
  const closing = (overrides: Record<string, unknown> = {}) => ({
    input: {
      caseId,
      outcome: 'SUBSTANTIATED',
      disclosure: 'DISCLOSE_TEXT',
      disclosableText: 'The City has acted on your report.',
      ...overrides,
    },
  });
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const tooLong = 'x'.repeat(4001);

  it.each([
    [
      'closing without the decision of what to disclose',
      CLOSE,
      () => closing({ disclosure: null }),
      'disclosure',
    ],
    [
      'closing with DISCLOSE_TEXT but no text',
      CLOSE,
      () => closing({ disclosableText: null }),
      'disclosableText',
    ],
    [
      'closing with a blank disclosable text',
      CLOSE,
      () => closing({ disclosableText: '   ' }),
      'disclosableText',
    ],
    [
      'closing with an oversized disclosable text',
      CLOSE,
      () => closing({ disclosableText: tooLong }),
      'disclosableText',
    ],
    [
      'closing with RECEIPT_ONLY and a text too',
      CLOSE,
      () => closing({ disclosure: 'RECEIPT_ONLY' }),
      'disclosableText',
    ],
    ['closing without an outcome', CLOSE, () => closing({ outcome: null }), 'outcome'],
    ['a step dated in the future', STEP, () => step({ takenAt: inAYear }), 'takenAt'],
    ['a step with no action', STEP, () => step({ action: '' }), 'action'],
    ['a step with a blank action', STEP, () => step({ action: ' \n ' }), 'action'],
    ['a step with an oversized action', STEP, () => step({ action: 'a'.repeat(201) }), 'action'],
    ['a step without who did it', STEP, () => step({ staffId: null }), 'staffId'],
    [
      'a step by a name instead of a staff id',
      STEP,
      () => step({ staffId: 'Jane Roe' }),
      'staffId',
    ],
    ['a step with oversized notes', STEP, () => step({ notes: tooLong }), 'notes'],
    [
      'a step with a NUL character in its notes',
      STEP,
      () => step({ notes: 'bad \u0000 byte' }),
      'notes',
    ],
    ['an assessment without a category', ASSESS, () => assessment({ category: null }), 'category'],
    ['an assessment with an empty summary', ASSESS, () => assessment({ summary: '' }), 'summary'],
    [
      'an assessment with an oversized summary',
      ASSESS,
      () => assessment({ summary: tooLong }),
      'summary',
    ],
    [
      'an assessment without the program',
      ASSESS,
      () => assessment({ programConcerned: null }),
      'programConcerned',
    ],
    [
      'an assessment with a negative amount',
      ASSESS,
      () => assessment({ estimatedAmount: -5 }),
      'estimatedAmount',
    ],
    [
      'an assessment with fractions of a cent',
      ASSESS,
      () => assessment({ estimatedAmount: 1.005 }),
      'estimatedAmount',
    ],
    [
      'an assessment with a blank retaliation concern',
      ASSESS,
      () => assessment({ retaliationConcern: '' }),
      'retaliationConcern',
    ],
    ['empty findings', FINDINGS, () => ({ input: { caseId, findings: '' } }), 'findings'],
    ['oversized findings', FINDINGS, () => ({ input: { caseId, findings: tooLong } }), 'findings'],
  ])(
    '%s is BAD_USER_INPUT naming the field, and changes nothing',
    async (_what, mutation, variables, field) => {
      const before = await footprint();
      const answer = await audit.graphql(mutation, variables(), auditor);
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(refusal(answer).message).toMatch(new RegExp(`^${field}: `));
      expect(answer.body.data).toBeNull();
      expect(await footprint()).toEqual(before);
    },
  );

  it('never repeats the submitted text in the error', async () => {
    const answer = await audit.graphql(
      STEP,
      step({ staffId: 'Whistle Blower Name', takenAt: inAYear }),
      auditor,
    );
    expect(JSON.stringify(answer.body.errors)).not.toContain('Whistle Blower Name');
  });

  // The ids are known once beforeAll has run: the tables below build their input lazily.
  it.each([
    ['closing', CLOSE, () => closing({ caseId: closedId })],
    ['a step', STEP, () => step({ caseId: closedId })],
    ['findings', FINDINGS, () => ({ input: { caseId: closedId, findings: 'Late thoughts' } })],
    ['an assessment', ASSESS, () => assessment({ caseId: closedId })],
  ])('%s on a closed file is CONFLICT, and changes nothing', async (_what, mutation, variables) => {
    const before = await footprint();
    const answer = await audit.graphql(mutation, variables(), auditor);
    expect(refusal(answer).code).toBe('CONFLICT');
    expect(refusal(answer).message).toMatch(/already closed/);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['a case Internal Audit holds no file on', () => randomUUID()],
    ['an id that is no case id', () => 'not-a-case'],
  ])('%s is NOT_FOUND for every write, and changes nothing', async (_what, id) => {
    const caseOf = id();
    const before = await footprint();
    for (const [mutation, variables] of [
      [CLOSE, closing({ caseId: caseOf })],
      [STEP, step({ caseId: caseOf })],
      [FINDINGS, { input: { caseId: caseOf, findings: 'Something' } }],
      [ASSESS, assessment({ caseId: caseOf })],
    ] as const) {
      const answer = await audit.graphql(mutation, variables, auditor);
      expect(refusal(answer).code).toBe('NOT_FOUND');
    }
    expect(await footprint()).toEqual(before);
  });

  it('a monthly summary of months that are not months, or backwards, names the field', async () => {
    const summary = `query($from: String!, $to: String!) {
      auditMonthlySummary(fromMonth: $from, toMonth: $to) { month category status count } }`;
    for (const [from, to, field] of [
      ['2026-13', '2026-12', 'fromMonth'],
      ['November', '2026-12', 'fromMonth'],
      ['2026-01', '2026-1', 'toMonth'],
      ['2026-05', '2026-04', 'toMonth'],
      ['2020-01', '2026-12', 'toMonth'],
    ]) {
      const answer = await audit.graphql(summary, { from, to }, auditor);
      expect([from, to, refusal(answer).code, refusal(answer).field]).toEqual([
        from,
        to,
        'BAD_USER_INPUT',
        field,
      ]);
    }
  });

  it('a queue page of a size out of bounds, or a cursor from elsewhere, names the argument', async () => {
    const queue = `query($first: Int, $after: String) {
      auditQueue(first: $first, after: $after) { totalCount } }`;
    expect(refusal(await audit.graphql(queue, { first: 0 }, auditor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(refusal(await audit.graphql(queue, { first: 101 }, auditor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(
      refusal(await audit.graphql(queue, { after: 'bm90IGEgY3Vyc29y' }, auditor)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
