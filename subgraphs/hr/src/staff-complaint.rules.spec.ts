import { ROLES } from '@hub/contracts';
import { HrDisclosureDecision, HrFileStatus } from './staff-complaint.enums';
import {
  accessLogField,
  checkDisclosure,
  checkMonthRange,
  checkOptionalText,
  checkPeopleCount,
  checkReview,
  checkText,
  closeRefusal,
  dispositionOf,
  effectOfRouting,
  findingsRefusal,
  HR_FILE_READERS,
  namesAnyone,
  RESTRICTED_FIELD_READERS,
  reviewRefusal,
  SUMMARY_READERS,
  type HrLimits,
} from './staff-complaint.rules';

const limits: HrLimits = {
  nameMaxLength: 20,
  textMaxLength: 50,
  disclosureMaxLength: 60,
  peopleMax: 3,
};

const fields = (problems: readonly { field: string }[]) => problems.map((p) => p.field);

describe('who may read a staff complaint', () => {
  it('keeps every detail for role hr alone, except the disclosure which 311 agents may read too', () => {
    for (const [field, readers] of Object.entries(RESTRICTED_FIELD_READERS)) {
      expect(readers).toContain('hr');
      const others = readers.filter((role) => role !== 'hr');
      expect(others).toEqual(field === 'disclosure' ? ['agent'] : []);
    }
  });

  it('shows that a file exists to city staff, never to residents or external agencies', () => {
    expect(HR_FILE_READERS).not.toContain('external_agency');
    expect(HR_FILE_READERS).not.toContain('resident');
    expect(HR_FILE_READERS).not.toContain('gateway');
    expect(HR_FILE_READERS).toEqual(
      expect.arrayContaining(['agent', 'department_head', 'hr', 'analyst', 'council']),
    );
    for (const role of HR_FILE_READERS) expect(ROLES).toContain(role);
  });

  it('gives the monthly summary to hr, the council and analysts', () => {
    expect([...SUMMARY_READERS].sort()).toEqual(['analyst', 'council', 'hr']);
  });

  it('logs reads under the Case field, then the StaffComplaint field', () => {
    expect(accessLogField(null)).toBe('staffComplaint');
    expect(accessLogField('findings')).toBe('staffComplaint.findings');
  });
});

describe('texts', () => {
  it('refuses a missing, blank or oversized text, naming the field', () => {
    expect(checkText('input.notes', '   ', 10)).toEqual([
      { field: 'input.notes', message: 'is required and must not be blank' },
    ]);
    expect(checkText('input.notes', null, 10)).toHaveLength(1);
    expect(checkText('input.notes', 'x'.repeat(11), 10)).toEqual([
      { field: 'input.notes', message: 'must be at most 10 characters' },
    ]);
    expect(checkText('input.notes', 'x'.repeat(10), 10)).toEqual([]);
  });

  it('lets an optional text be left out, but not be blank', () => {
    expect(checkOptionalText('input.action.details', null, 10)).toEqual([]);
    expect(checkOptionalText('input.action.details', ' ', 10)).toHaveLength(1);
  });
});

describe('a review', () => {
  const review = {
    reviewer: 'HR reviewer',
    notes: 'Spoke with the supervisor.',
    subjectEmployee: { name: 'Sam Doe', jobTitle: 'Clerk', department: 'Permits' },
    peopleInvolved: [{ name: 'Ann Lee', role: 'witness' }],
  };

  it('passes when every text is present and short enough', () => {
    expect(checkReview(review, limits, 0)).toEqual([]);
  });

  it('names every bad field at once, people by their position', () => {
    const problems = checkReview(
      {
        ...review,
        notes: '',
        subjectEmployee: { name: 'Sam Doe', jobTitle: ' ', department: 'x'.repeat(21) },
        peopleInvolved: [
          { name: 'Ann Lee', role: 'witness' },
          { name: '', role: 'witness' },
        ],
      },
      limits,
      0,
    );
    expect(fields(problems)).toEqual([
      'input.notes',
      'input.subjectEmployee.jobTitle',
      'input.subjectEmployee.department',
      'input.peopleInvolved.1.name',
    ]);
  });

  it('refuses more people than a file may hold, counting those already on file', () => {
    expect(checkReview(review, limits, 2)).toEqual([]);
    expect(fields(checkReview(review, limits, 3))).toEqual(['input.peopleInvolved']);
    expect(checkPeopleCount('person', 2, [{}], limits)).toEqual([]);
    expect(checkPeopleCount('person', 3, [{}], limits)).toHaveLength(1);
  });
});

describe('a disclosure', () => {
  const names = ['Sam Doe', 'Ann Lee'];

  it('is required, and so is its decision, with an outcome', () => {
    expect(fields(checkDisclosure(null, names, limits))).toEqual(['disclosure']);
    expect(fields(checkDisclosure({ text: 'We looked into it.' }, names, limits))).toEqual([
      'disclosure.decision',
    ]);
  });

  it('needs the text the reporter receives for FULL and PARTIAL, within the limit', () => {
    for (const decision of [HrDisclosureDecision.FULL, HrDisclosureDecision.PARTIAL]) {
      expect(fields(checkDisclosure({ decision }, names, limits))).toEqual(['disclosure.text']);
      expect(fields(checkDisclosure({ decision, text: ' ' }, names, limits))).toEqual([
        'disclosure.text',
      ]);
      expect(fields(checkDisclosure({ decision, text: 'x'.repeat(61) }, names, limits))).toEqual([
        'disclosure.text',
      ]);
      expect(
        checkDisclosure({ decision, text: 'The complaint was upheld.' }, names, limits),
      ).toEqual([]);
    }
  });

  it('takes no text under NONE, so nothing HR typed can reach the reporter', () => {
    expect(checkDisclosure({ decision: HrDisclosureDecision.NONE }, names, limits)).toEqual([]);
    expect(
      fields(
        checkDisclosure(
          { decision: HrDisclosureDecision.NONE, text: 'Sam was warned.' },
          names,
          limits,
        ),
      ),
    ).toEqual(['disclosure.text']);
  });

  it('refuses a text that names the subject employee or anyone involved', () => {
    const problems = checkDisclosure(
      { decision: HrDisclosureDecision.PARTIAL, text: 'We spoke with sam  DOE about it.' },
      names,
      limits,
    );
    expect(problems).toEqual([
      {
        field: 'disclosure.text',
        message: 'must not name the subject employee or anyone involved in the matter',
      },
    ]);
  });

  it('finds a full name in any case and a family name as written, as whole words only', () => {
    expect(namesAnyone('Mr. Doe was counselled.', ['Sam Doe'])).toBe(true);
    expect(namesAnyone('ANN LEE was a witness', ['Ann Lee'])).toBe(true);
    expect(namesAnyone('The doe in the park', ['Sam Doe'])).toBe(false);
    expect(namesAnyone('Leeds office', ['Ann Lee'])).toBe(false);
    // A family name that is also a word: only as written, capitalised.
    expect(namesAnyone('The matter may be reviewed again.', ['Will May'])).toBe(false);
    expect(namesAnyone('We thank you.', [])).toBe(false);
  });

  it('gives the reporter exactly the allowed text, or the protected-findings text under NONE', () => {
    expect(dispositionOf(HrDisclosureDecision.PARTIAL, '  Upheld; steps taken. ', 'P')).toBe(
      'Upheld; steps taken.',
    );
    expect(dispositionOf(HrDisclosureDecision.NONE, null, 'Protected by law.')).toBe(
      'Protected by law.',
    );
  });
});

describe("the file's life", () => {
  it('takes a review while open or in review; not once closed or transferred', () => {
    expect(reviewRefusal(HrFileStatus.OPEN)).toBeNull();
    expect(reviewRefusal(HrFileStatus.IN_REVIEW)).toBeNull();
    expect(reviewRefusal(HrFileStatus.CLOSED)).toMatch(/closed/);
    expect(reviewRefusal(HrFileStatus.TRANSFERRED)).toMatch(/routed away/);
  });

  it('takes findings only once the review has started', () => {
    expect(findingsRefusal(HrFileStatus.OPEN)).toMatch(/review before its findings/);
    expect(findingsRefusal(HrFileStatus.IN_REVIEW)).toBeNull();
    expect(findingsRefusal(HrFileStatus.CLOSED)).toMatch(/closed/);
  });

  it('closes once, after the findings', () => {
    expect(closeRefusal(HrFileStatus.IN_REVIEW, true)).toBeNull();
    expect(closeRefusal(HrFileStatus.IN_REVIEW, false)).toMatch(/findings before closing/);
    expect(closeRefusal(HrFileStatus.OPEN, false)).toMatch(/review and findings/);
    expect(closeRefusal(HrFileStatus.CLOSED, true)).toBe('the staff complaint is already closed');
    expect(closeRefusal(HrFileStatus.TRANSFERRED, true)).toMatch(/routed away/);
  });

  it('opens a file when a case is routed to HR, once; a routing elsewhere moves only open work', () => {
    const hr = 'human-resources';
    expect(effectOfRouting(hr, hr, null)).toBe('open');
    expect(effectOfRouting(hr, hr, HrFileStatus.OPEN)).toBe('none');
    expect(effectOfRouting(hr, hr, HrFileStatus.CLOSED)).toBe('none');
    expect(effectOfRouting(hr, hr, HrFileStatus.TRANSFERRED)).toBe('reopen');
    expect(effectOfRouting(hr, 'public-works', null)).toBe('none');
    expect(effectOfRouting(hr, 'public-works', HrFileStatus.OPEN)).toBe('transfer');
    expect(effectOfRouting(hr, 'public-works', HrFileStatus.IN_REVIEW)).toBe('transfer');
    expect(effectOfRouting(hr, 'public-works', HrFileStatus.CLOSED)).toBe('none');
    // The office is configuration: another id opens files instead.
    expect(effectOfRouting('personnel', 'personnel', null)).toBe('open');
    expect(effectOfRouting('personnel', hr, null)).toBe('none');
  });
});

describe('the monthly summary range', () => {
  it('turns YYYY-MM to YYYY-MM into first days, the end exclusive, across a year end', () => {
    expect(checkMonthRange('2026-11', '2027-01', 36)).toEqual({
      problems: [],
      range: { start: '2026-11-01', end: '2027-02-01' },
    });
    expect(checkMonthRange('2026-12', '2026-12', 1).range).toEqual({
      start: '2026-12-01',
      end: '2027-01-01',
    });
  });

  it('names each malformed month', () => {
    expect(fields(checkMonthRange('2026-13', '26-01', 36).problems)).toEqual([
      'fromMonth',
      'toMonth',
    ]);
    expect(fields(checkMonthRange('2026-1', '2026-02', 36).problems)).toEqual(['fromMonth']);
  });

  it('refuses a range that ends before it starts or is wider than allowed', () => {
    expect(checkMonthRange('2026-05', '2026-04', 36).problems).toEqual([
      { field: 'toMonth', message: 'must not be before fromMonth' },
    ]);
    expect(checkMonthRange('2026-01', '2026-12', 12).problems).toEqual([]);
    expect(checkMonthRange('2026-01', '2027-01', 12).problems).toEqual([
      { field: 'toMonth', message: 'the range may span at most 12 months' },
    ]);
  });
});
