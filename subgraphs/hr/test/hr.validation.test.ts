import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CASE_COMPLETED } from '@hub/contracts';
import { randomUUID } from 'node:crypto';
import {
  ADD_PERSON,
  CLOSE,
  closedCase,
  dataOf,
  fileOf,
  FINDINGS,
  openedFile,
  PEOPLE,
  QUEUE,
  REVIEW,
  reviewedFile,
  reviewInput,
  startHr,
  SUMMARY,
  type HrHarness,
} from './support';
import type {
  HrDisclosureInput,
  HrMonthlySummaryQueryVariables,
  HrReviewInput,
} from './graphql/graphql';

/*
 * Bad input gets an error that names the problem, and nothing is saved or published: the
 * files, the people, the status copy and the outbox are exactly as they were.
 */

const TEXT_MAX = 200;
const DISCLOSURE_MAX = 150;

describe('HR refuses bad input and changes nothing', () => {
  let hr: HrHarness;
  let hrToken: string;
  /** A file in review, with findings: ready to close. */
  let ready: string;
  /** A file just opened: no review yet. */
  let opened: string;

  beforeAll(async () => {
    hr = await startHr('validation', {
      HUB_HR_TEXT_MAX_LENGTH: String(TEXT_MAX),
      HUB_HR_DISCLOSURE_MAX_LENGTH: String(DISCLOSURE_MAX),
      HUB_HR_PEOPLE_MAX: '3',
      HUB_HR_SUMMARY_MAX_MONTHS: '12',
    });
    hrToken = await hr.token(['hr'], { subject: 'hr-validation' });
    ready = await reviewedFile(hr, hrToken);
    opened = await openedFile(hr);
    dataOf(
      await hr.graphql(
        FINDINGS,
        { input: { caseId: ready, findings: 'The complaint is borne out.' } },
        hrToken,
      ),
    );
  });

  afterAll(async () => {
    await hr?.stop();
  });

  /** Everything a write could change (reads are logged separately, so the log is left out). */
  async function footprint() {
    const [files] = await hr.sql<{ digest: string }>(
      `select md5(coalesce(string_agg(f::text, '|' order by case_id), '')) as digest
         from staff_complaint f`,
    );
    return {
      files: files!.digest,
      people: await hr.count('person_involved'),
      outbox: await hr.count('outbox_message'),
      statusHistory: await hr.count('case_status_history'),
    };
  }

  async function expectRefused<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: NoInfer<Variables>,
    expected: { code: string; field?: string; message?: RegExp },
    token = hrToken,
  ) {
    const before = await footprint();
    const answer = await hr.graphql(document, variables, token);
    expect(answer.body.errors).toHaveLength(1);
    const error = answer.body.errors![0]!;
    expect(error.extensions?.code).toBe(expected.code);
    if (expected.field) expect(error.extensions?.field).toBe(expected.field);
    if (expected.message) expect(error.message).toMatch(expected.message);
    // Refused while running, the operation answers `data: null`; refused before it runs (a
    // page larger than any list allows), it answers no `data` at all.
    expect(answer.body.data ?? null).toBeNull();
    expect(await footprint()).toEqual(before);
    return error;
  }

  const partial = (text: string): HrDisclosureInput => ({ decision: 'PARTIAL', text });

  describe('closing', () => {
    it('refuses an outcome without a disclosure decision', async () => {
      await expectRefused(
        CLOSE,
        { caseId: ready, outcome: 'UPHELD', disclosure: { text: 'We looked into it.' } },
        { code: 'BAD_USER_INPUT', field: 'disclosure.decision', message: /FULL, PARTIAL or NONE/ },
      );
      await expectRefused(
        CLOSE,
        { caseId: ready, outcome: 'NOT_UPHELD' },
        { code: 'BAD_USER_INPUT', field: 'disclosure', message: /employment law/ },
      );
    });

    it('refuses a FULL or PARTIAL disclosure without text, blank, or too long', async () => {
      const disclosures: HrDisclosureInput[] = [
        { decision: 'FULL' },
        { decision: 'PARTIAL', text: '   ' },
        partial('x'.repeat(DISCLOSURE_MAX + 1)),
      ];
      for (const disclosure of disclosures) {
        await expectRefused(
          CLOSE,
          { caseId: ready, outcome: 'UPHELD', disclosure },
          { code: 'BAD_USER_INPUT', field: 'disclosure.text' },
        );
      }
    });

    it('refuses a text under NONE: the reporter gets the fixed protected-findings text', async () => {
      await expectRefused(
        CLOSE,
        {
          caseId: ready,
          outcome: 'UPHELD',
          disclosure: { decision: 'NONE', text: 'The clerk was warned.' },
        },
        { code: 'BAD_USER_INPUT', field: 'disclosure.text', message: /must be left out/ },
      );
    });

    it('refuses a disclosure naming the subject employee or someone involved, without echoing it', async () => {
      for (const text of [
        `We spoke with ${PEOPLE.subject.name}.`,
        'Mr. Quillfeather has been counselled.',
        `${PEOPLE.witness.name} confirmed your account.`,
      ]) {
        const error = await expectRefused(
          CLOSE,
          { caseId: ready, outcome: 'UPHELD', disclosure: partial(text) },
          { code: 'BAD_USER_INPUT', field: 'disclosure.text', message: /must not name/ },
        );
        expect(error.message).not.toContain('Quillfeather');
      }
    });

    it('refuses to close before the review and findings', async () => {
      await expectRefused(
        CLOSE,
        { caseId: opened, outcome: 'UPHELD', disclosure: partial('Upheld.') },
        { code: 'CONFLICT', message: /review and findings/ },
      );
    });

    it('refuses to close an already closed file (CONFLICT), publishing nothing more', async () => {
      const caseId = await closedCase(hr, hrToken);
      await expectRefused(
        CLOSE,
        { caseId, outcome: 'NOT_UPHELD', disclosure: { decision: 'NONE' } },
        { code: 'CONFLICT', message: /already closed/ },
      );
      const completed = (await hr.published(CASE_COMPLETED)).filter(
        (event) => event.subject === caseId,
      );
      expect(completed).toHaveLength(1);
      // Nothing else is taken once closed either.
      await expectRefused(
        REVIEW,
        { input: reviewInput(caseId) },
        { code: 'CONFLICT', message: /closed/ },
      );
      await expectRefused(
        ADD_PERSON,
        { caseId, person: { name: 'Late Witness', role: 'witness' } },
        { code: 'CONFLICT', message: /closed/ },
      );
    });
  });

  describe('the review, people and findings', () => {
    it('refuses blank or oversized texts, naming each field', async () => {
      const cases: [Partial<HrReviewInput>, string][] = [
        [{ reviewer: ' ' }, 'input.reviewer'],
        [{ notes: '' }, 'input.notes'],
        [{ notes: 'x'.repeat(TEXT_MAX + 1) }, 'input.notes'],
        [{ subjectEmployee: { ...PEOPLE.subject, name: '  ' } }, 'input.subjectEmployee.name'],
        [
          { subjectEmployee: { ...PEOPLE.subject, jobTitle: 'x'.repeat(201) } },
          'input.subjectEmployee.jobTitle',
        ],
        [
          { peopleInvolved: [PEOPLE.witness, { name: 'Ann Lee', role: '' }] },
          'input.peopleInvolved.1.role',
        ],
      ];
      for (const [overrides, field] of cases) {
        await expectRefused(
          REVIEW,
          { input: reviewInput(opened, overrides) },
          { code: 'BAD_USER_INPUT', field },
        );
      }
      const file = await fileOf(hr, opened);
      expect(file.status).toBe('open');
    });

    it('refuses more people than a file may hold', async () => {
      await expectRefused(
        REVIEW,
        {
          input: reviewInput(opened, {
            peopleInvolved: [
              { name: 'A One', role: 'witness' },
              { name: 'B Two', role: 'witness' },
              { name: 'C Three', role: 'witness' },
              { name: 'D Four', role: 'witness' },
            ],
          }),
        },
        { code: 'BAD_USER_INPUT', field: 'input.peopleInvolved', message: /at most 3/ },
      );
    });

    it('refuses a person without a name, and the same person twice', async () => {
      await expectRefused(
        ADD_PERSON,
        { caseId: ready, person: { name: '', role: 'witness' } },
        { code: 'BAD_USER_INPUT', field: 'person.name' },
      );
      await expectRefused(
        ADD_PERSON,
        {
          caseId: ready,
          person: { name: ` ${PEOPLE.witness.name.toUpperCase()} `, role: 'Witness' },
        },
        { code: 'CONFLICT', message: /already on file/ },
      );
    });

    it('refuses empty or oversized findings, and findings before the review', async () => {
      await expectRefused(
        FINDINGS,
        { input: { caseId: ready, findings: '  ' } },
        { code: 'BAD_USER_INPUT', field: 'input.findings' },
      );
      await expectRefused(
        FINDINGS,
        { input: { caseId: ready, findings: 'x'.repeat(TEXT_MAX + 1) } },
        { code: 'BAD_USER_INPUT', field: 'input.findings' },
      );
      await expectRefused(
        FINDINGS,
        { input: { caseId: ready, findings: 'ok', action: { kind: 'TRAINING', details: ' ' } } },
        { code: 'BAD_USER_INPUT', field: 'input.action.details' },
      );
      await expectRefused(
        FINDINGS,
        { input: { caseId: opened, findings: 'Too early.' } },
        { code: 'CONFLICT', message: /review before its findings/ },
      );
    });
  });

  describe('cases and callers', () => {
    it('answers NOT_FOUND for a case HR holds no file for, and names a malformed id', async () => {
      const unknown = randomUUID();
      const notFound = { code: 'NOT_FOUND', message: /HR file/ };
      await expectRefused(REVIEW, { input: reviewInput(unknown) }, notFound);
      await expectRefused(ADD_PERSON, { caseId: unknown, person: PEOPLE.supervisor }, notFound);
      await expectRefused(FINDINGS, { input: { caseId: unknown, findings: 'Nothing.' } }, notFound);
      await expectRefused(
        CLOSE,
        { caseId: unknown, outcome: 'UPHELD', disclosure: partial('Upheld.') },
        notFound,
      );
      await expectRefused(
        CLOSE,
        { caseId: 'SR-26-0000-0000', outcome: 'UPHELD', disclosure: partial('Upheld.') },
        { code: 'BAD_USER_INPUT', field: 'caseId' },
      );
    });

    it('lets no role but hr write', async () => {
      for (const role of ['agent', 'department_head', 'analyst', 'council', 'resident', 'opa']) {
        const token = await hr.token([role]);
        await expectRefused(REVIEW, { input: reviewInput(opened) }, { code: 'FORBIDDEN' }, token);
        await expectRefused(
          CLOSE,
          { caseId: ready, outcome: 'UPHELD', disclosure: partial('Upheld.') },
          { code: 'FORBIDDEN' },
          token,
        );
      }
    });
  });

  describe('reading', () => {
    it('names a malformed or reversed month range, or one wider than configured', async () => {
      const cases: [HrMonthlySummaryQueryVariables, string, RegExp][] = [
        [{ fromMonth: '2026-13', toMonth: '2026-12' }, 'fromMonth', /YYYY-MM/],
        [{ fromMonth: '2026-01', toMonth: 'December' }, 'toMonth', /YYYY-MM/],
        [{ fromMonth: '2026-05', toMonth: '2026-04' }, 'toMonth', /before fromMonth/],
        [{ fromMonth: '2025-01', toMonth: '2026-01' }, 'toMonth', /at most 12 months/],
      ];
      for (const [variables, field, message] of cases) {
        await expectRefused(SUMMARY, variables, { code: 'BAD_USER_INPUT', field, message });
      }
    });

    it("names a bad page size or cursor of HR's queue", async () => {
      await expectRefused(QUEUE, { first: 0 }, { code: 'BAD_USER_INPUT', field: 'first' });
      await expectRefused(QUEUE, { first: 101 }, { code: 'BAD_USER_INPUT', field: 'first' });
      await expectRefused(
        QUEUE,
        { first: 5, after: 'not-a-cursor' },
        { code: 'BAD_USER_INPUT', field: 'after' },
      );
    });
  });
});
