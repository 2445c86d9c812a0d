import { refusal } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import {
  ASSESS,
  CLOSE,
  closeFile,
  FINDINGS,
  openFile,
  QUEUE,
  startAudit,
  STEP,
  SUMMARY,
  tokenFor,
  type AuditHarness,
} from './support';
import type {
  AddAuditStepInput,
  AllegationAssessmentInput,
  CloseAuditFileInput,
  RecordAuditFindingsInput,
} from './graphql/graphql';

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
    await closeFile(audit, auditor, closedId, 'UNSUBSTANTIATED');
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

  // Each write as the auditor, on the file in review unless `overrides` name another case.
  const sendAssessment = (overrides: Partial<AllegationAssessmentInput> = {}) =>
    audit.graphql(
      ASSESS,
      {
        input: {
          caseId,
          category: 'ABUSE',
          summary: 'A manager uses a city vehicle for a side business',
          programConcerned: 'Building inspections',
          ...overrides,
        },
      },
      auditor,
    );
  const sendStep = (overrides: Partial<AddAuditStepInput> = {}) =>
    audit.graphql(
      STEP,
      {
        input: {
          caseId,
          takenAt: new Date().toISOString(),
          action: 'Checked the vehicle log',
          staffId: 'internal-audit-a',
          ...overrides,
        },
      },
      auditor,
    );
  const sendFindings = (overrides: Partial<RecordAuditFindingsInput>) =>
    audit.graphql(FINDINGS, { input: { caseId, ...overrides } }, auditor);
  const sendClosing = (overrides: Partial<CloseAuditFileInput> = {}) =>
    audit.graphql(
      CLOSE,
      {
        input: {
          caseId,
          outcome: 'SUBSTANTIATED',
          disclosure: 'DISCLOSE_TEXT',
          disclosableText: 'The City has acted on your report.',
          ...overrides,
        },
      },
      auditor,
    );
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const tooLong = 'x'.repeat(4001);

  it.each([
    [
      'closing without the decision of what to disclose',
      () => sendClosing({ disclosure: null }),
      'disclosure',
    ],
    [
      'closing with DISCLOSE_TEXT but no text',
      () => sendClosing({ disclosableText: null }),
      'disclosableText',
    ],
    [
      'closing with a blank disclosable text',
      () => sendClosing({ disclosableText: '   ' }),
      'disclosableText',
    ],
    [
      'closing with an oversized disclosable text',
      () => sendClosing({ disclosableText: tooLong }),
      'disclosableText',
    ],
    [
      'closing with RECEIPT_ONLY and a text too',
      () => sendClosing({ disclosure: 'RECEIPT_ONLY' }),
      'disclosableText',
    ],
    ['closing without an outcome', () => sendClosing({ outcome: null }), 'outcome'],
    ['a step dated in the future', () => sendStep({ takenAt: inAYear }), 'takenAt'],
    ['a step with no action', () => sendStep({ action: '' }), 'action'],
    ['a step with a blank action', () => sendStep({ action: ' \n ' }), 'action'],
    ['a step with an oversized action', () => sendStep({ action: 'a'.repeat(201) }), 'action'],
    ['a step without who did it', () => sendStep({ staffId: null }), 'staffId'],
    ['a step by a name instead of a staff id', () => sendStep({ staffId: 'Jane Roe' }), 'staffId'],
    ['a step with oversized notes', () => sendStep({ notes: tooLong }), 'notes'],
    [
      'a step with a NUL character in its notes',
      () => sendStep({ notes: 'bad \u0000 byte' }),
      'notes',
    ],
    ['an assessment without a category', () => sendAssessment({ category: null }), 'category'],
    ['an assessment with an empty summary', () => sendAssessment({ summary: '' }), 'summary'],
    [
      'an assessment with an oversized summary',
      () => sendAssessment({ summary: tooLong }),
      'summary',
    ],
    [
      'an assessment without the program',
      () => sendAssessment({ programConcerned: null }),
      'programConcerned',
    ],
    [
      'an assessment with a negative amount',
      () => sendAssessment({ estimatedAmount: -5 }),
      'estimatedAmount',
    ],
    [
      'an assessment with fractions of a cent',
      () => sendAssessment({ estimatedAmount: 1.005 }),
      'estimatedAmount',
    ],
    [
      'an assessment with a blank retaliation concern',
      () => sendAssessment({ retaliationConcern: '' }),
      'retaliationConcern',
    ],
    ['empty findings', () => sendFindings({ findings: '' }), 'findings'],
    ['oversized findings', () => sendFindings({ findings: tooLong }), 'findings'],
  ])('%s is BAD_USER_INPUT naming the field, and changes nothing', async (_what, send, field) => {
    const before = await footprint();
    const answer = await send();
    expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(refusal(answer).message).toMatch(new RegExp(`^${field}: `));
    // Refused as it runs, the non-null mutation takes `data` with it (null); refused before it
    // runs (a NUL, by the kit), the answer has no `data` at all. Either way: no data.
    expect(answer.body.data ?? null).toBeNull();
    expect(await footprint()).toEqual(before);
  });

  it('never repeats the submitted text in the error', async () => {
    const answer = await sendStep({ staffId: 'Whistle Blower Name', takenAt: inAYear });
    expect(JSON.stringify(answer.body.errors)).not.toContain('Whistle Blower Name');
  });

  // The ids are known once beforeAll has run: the tables below send their input lazily.
  it.each([
    ['closing', () => sendClosing({ caseId: closedId })],
    ['a step', () => sendStep({ caseId: closedId })],
    ['findings', () => sendFindings({ caseId: closedId, findings: 'Late thoughts' })],
    ['an assessment', () => sendAssessment({ caseId: closedId })],
  ])('%s on a closed file is CONFLICT, and changes nothing', async (_what, send) => {
    const before = await footprint();
    const answer = await send();
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
    for (const send of [
      () => sendClosing({ caseId: caseOf }),
      () => sendStep({ caseId: caseOf }),
      () => sendFindings({ caseId: caseOf, findings: 'Something' }),
      () => sendAssessment({ caseId: caseOf }),
    ]) {
      const answer = await send();
      expect(refusal(answer).code).toBe('NOT_FOUND');
    }
    expect(await footprint()).toEqual(before);
  });

  it('a monthly summary of months that are not months, or backwards, names the field', async () => {
    const ranges: [string, string, string][] = [
      ['2026-13', '2026-12', 'fromMonth'],
      ['November', '2026-12', 'fromMonth'],
      ['2026-01', '2026-1', 'toMonth'],
      ['2026-05', '2026-04', 'toMonth'],
      ['2020-01', '2026-12', 'toMonth'],
    ];
    for (const [from, to, field] of ranges) {
      const answer = await audit.graphql(SUMMARY, { from, to }, auditor);
      expect([from, to, refusal(answer).code, refusal(answer).field]).toEqual([
        from,
        to,
        'BAD_USER_INPUT',
        field,
      ]);
    }
  });

  it('a queue page of a size out of bounds, or a cursor from elsewhere, names the argument', async () => {
    expect(refusal(await audit.graphql(QUEUE, { first: 0 }, auditor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(refusal(await audit.graphql(QUEUE, { first: 101 }, auditor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(
      refusal(await audit.graphql(QUEUE, { after: 'bm90IGEgY3Vyc29y' }, auditor)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
