import { AllegationCategory, AuditOutcome, DisclosureDecision } from './audit-review.enums';
import {
  accessLogField,
  AUDIT_ONLY,
  checkOptionalText,
  decideClosing,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  refusalOf,
  RESTRICTED_FIELD_READERS,
  SUMMARY_READERS,
  textLength,
  validateAssessment,
  validateFindings,
  validateStep,
} from './audit-review.rules';

const fields = (problems: { field: string }[]) => problems.map((problem) => problem.field);

describe('who reads what', () => {
  it('keeps the allegation, the protection and the working papers for audit alone', () => {
    expect(AUDIT_ONLY).toEqual(['audit']);
    expect(RESTRICTED_FIELD_READERS).toEqual({
      allegation: ['audit'],
      whistleblowerProtection: ['audit'],
      steps: ['audit'],
      findings: ['audit'],
      outcome: ['audit'],
    });
  });

  it('lets the Mayor and Council (and analysts) read the counts, not the department heads', () => {
    expect([...SUMMARY_READERS].sort()).toEqual(['analyst', 'audit', 'council']);
    expect(SUMMARY_READERS).not.toContain('department_head');
  });

  it('logs reads under the Case field, then the AuditReview field', () => {
    expect(accessLogField('steps')).toBe('auditReview.steps');
  });

  it('says why a field was refused, naming the field', () => {
    expect(refusalOf('steps')).toMatch(/^auditReview\.steps: .*Internal Audit only/);
  });
});

describe('the allegation assessment', () => {
  const valid = {
    category: AllegationCategory.FRAUD,
    summary: 'Fuel cards used on private cars',
    programConcerned: 'Fleet services',
  };

  it('accepts a category, a summary and a program, with or without an amount', () => {
    expect(validateAssessment(valid)).toEqual([]);
    expect(validateAssessment({ ...valid, estimatedAmount: 12_500.5 })).toEqual([]);
    expect(validateAssessment({ ...valid, estimatedAmount: 0 })).toEqual([]);
    expect(validateAssessment({ ...valid, retaliationConcern: 'Moved to night shift' })).toEqual(
      [],
    );
  });

  it('names every missing or blank field at once', () => {
    expect(fields(validateAssessment({}))).toEqual(['category', 'summary', 'programConcerned']);
    expect(fields(validateAssessment({ ...valid, summary: '   ' }))).toEqual(['summary']);
  });

  it('refuses oversized text', () => {
    expect(
      fields(validateAssessment({ ...valid, summary: 'x'.repeat(MAX_LONG_TEXT + 1) })),
    ).toEqual(['summary']);
    expect(
      fields(validateAssessment({ ...valid, programConcerned: 'p'.repeat(MAX_SHORT_TEXT + 1) })),
    ).toEqual(['programConcerned']);
    expect(validateAssessment({ ...valid, summary: 'x'.repeat(MAX_LONG_TEXT) })).toEqual([]);
  });

  it('refuses a negative amount, fractions of a cent, and amounts that are not numbers', () => {
    for (const amount of [-1, 0.001, Number.NaN, Number.POSITIVE_INFINITY, 1e13]) {
      expect(fields(validateAssessment({ ...valid, estimatedAmount: amount }))).toEqual([
        'estimatedAmount',
      ]);
    }
  });

  it('refuses a blank retaliation concern and an explicit null protection', () => {
    expect(fields(validateAssessment({ ...valid, retaliationConcern: ' ' }))).toEqual([
      'retaliationConcern',
    ]);
    expect(fields(validateAssessment({ ...valid, identityProtected: null }))).toEqual([
      'identityProtected',
    ]);
    expect(validateAssessment({ ...valid, identityProtected: false })).toEqual([]);
  });
});

describe('a step of the audit', () => {
  const now = new Date('2026-11-23T18:00:00Z');
  const context = { now, clockSkewMs: 300_000 };
  const step = {
    takenAt: new Date('2026-11-20T09:00:00Z'),
    action: 'Interviewed the fleet manager',
    staffId: 'internal-audit-lead',
  };

  it('is dated up to now, earlier work included', () => {
    expect(validateStep(step, context)).toEqual([]);
    expect(validateStep({ ...step, takenAt: now }, context)).toEqual([]);
    expect(validateStep({ ...step, takenAt: new Date('2026-01-05T08:00:00Z') }, context)).toEqual(
      [],
    );
  });

  it('cannot be dated in the future, beyond the allowed clock skew', () => {
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(validateStep({ ...step, takenAt: tomorrow }, context)).toEqual([
      { field: 'takenAt', message: 'must not be in the future' },
    ]);
    const withinSkew = new Date(now.getTime() + 60_000);
    expect(validateStep({ ...step, takenAt: withinSkew }, context)).toEqual([]);
  });

  it('must be a real date', () => {
    expect(fields(validateStep({ ...step, takenAt: new Date('nonsense') }, context))).toEqual([
      'takenAt',
    ]);
  });

  it('needs what was done and who did it, a staff id', () => {
    expect(fields(validateStep({ takenAt: step.takenAt }, context))).toEqual(['action', 'staffId']);
    expect(fields(validateStep({ ...step, staffId: 'Jane Doe' }, context))).toEqual(['staffId']);
    expect(fields(validateStep({ ...step, notes: '' }, context))).toEqual(['notes']);
  });
});

describe('findings', () => {
  it('are required text of at most the long limit, without control characters', () => {
    expect(validateFindings('The cards were used on 14 weekends')).toEqual([]);
    expect(fields(validateFindings(''))).toEqual(['findings']);
    expect(fields(validateFindings(null))).toEqual(['findings']);
    expect(fields(validateFindings('x'.repeat(MAX_LONG_TEXT + 1)))).toEqual(['findings']);
    expect(fields(validateFindings('nul \u0000 byte'))).toEqual(['findings']);
    expect(validateFindings('two\nlines\tand a tab')).toEqual([]);
  });

  it('counts characters as a person does', () => {
    expect(textLength('😀'.repeat(3))).toBe(3);
    expect(checkOptionalText('notes', '😀'.repeat(MAX_SHORT_TEXT), MAX_SHORT_TEXT)).toEqual([]);
  });
});

describe('closing: what the reporter may be told', () => {
  const receiptOnly = 'We received your report.';

  it('sends exactly the disclosable text audit wrote, trimmed', () => {
    expect(
      decideClosing(
        {
          outcome: AuditOutcome.SUBSTANTIATED,
          disclosure: DisclosureDecision.DISCLOSE_TEXT,
          disclosableText: '  Action was taken.  ',
        },
        receiptOnly,
      ),
    ).toEqual({ ok: true, outcome: AuditOutcome.SUBSTANTIATED, text: 'Action was taken.' });
  });

  it('sends the configured text when audit discloses nothing beyond the receipt', () => {
    expect(
      decideClosing(
        { outcome: AuditOutcome.UNSUBSTANTIATED, disclosure: DisclosureDecision.RECEIPT_ONLY },
        receiptOnly,
      ),
    ).toEqual({ ok: true, outcome: AuditOutcome.UNSUBSTANTIATED, text: receiptOnly });
  });

  it('refuses a closing that does not say what the reporter receives', () => {
    const closing = (input: Parameters<typeof decideClosing>[0]) => {
      const verdict = decideClosing(input, receiptOnly);
      return verdict.ok ? [] : fields(verdict.problems);
    };
    expect(closing({ outcome: AuditOutcome.SUBSTANTIATED })).toEqual(['disclosure']);
    expect(
      closing({
        outcome: AuditOutcome.SUBSTANTIATED,
        disclosure: DisclosureDecision.DISCLOSE_TEXT,
      }),
    ).toEqual(['disclosableText']);
    expect(
      closing({
        outcome: AuditOutcome.SUBSTANTIATED,
        disclosure: DisclosureDecision.DISCLOSE_TEXT,
        disclosableText: ' ',
      }),
    ).toEqual(['disclosableText']);
    expect(
      closing({
        outcome: AuditOutcome.SUBSTANTIATED,
        disclosure: DisclosureDecision.DISCLOSE_TEXT,
        disclosableText: 'x'.repeat(MAX_LONG_TEXT + 1),
      }),
    ).toEqual(['disclosableText']);
    expect(
      closing({
        outcome: AuditOutcome.SUBSTANTIATED,
        disclosure: DisclosureDecision.RECEIPT_ONLY,
        disclosableText: 'also this',
      }),
    ).toEqual(['disclosableText']);
    expect(closing({})).toEqual(['outcome', 'disclosure']);
  });
});
