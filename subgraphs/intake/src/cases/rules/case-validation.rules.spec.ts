import { CaseKind } from '@hub/contracts';
import { Channel } from '../case.enums';
import { validateCase, type CaseInputShape, type CaseRuleOptions } from './case-validation.rules';

const now = new Date('2026-11-23T15:00:00Z');
const options: CaseRuleOptions = { now, maxDescriptionLength: 4000, idempotencyKeyRequired: true };

const report = (overrides: Partial<CaseInputShape> = {}): CaseInputShape => ({
  idempotencyKey: 'key-0001-abcd',
  kind: CaseKind.SERVICE_REQUEST,
  channel: Channel.WEB,
  description: 'Streetlight out at the park entrance',
  location: { latitude: 42.3594, longitude: -71.0587 },
  ...overrides,
});

function problemsOf(input: CaseInputShape, opts: CaseRuleOptions = options) {
  const verdict = validateCase(input, opts);
  return verdict.ok ? [] : verdict.problems;
}

describe('a case at intake', () => {
  it('an anonymous web report with GPS only is accepted, anonymous, in English by default', () => {
    const verdict = validateCase(report(), options);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.reporter).toMatchObject({
      anonymous: true,
      preferredLanguage: 'en',
      wantsContact: false,
      excludedCompanions: [],
    });
    expect(verdict.value.receivedAt).toBe(now);
    expect(verdict.value.location).toEqual({
      address: null,
      latitude: 42.3594,
      longitude: -71.0587,
    });
  });

  it('every problem is reported at once, each with its field path, in the order of the form', () => {
    const problems = problemsOf(
      report({
        idempotencyKey: 'short',
        description: '   ',
        location: { latitude: 91, longitude: -181 },
        reporter: {
          email: 'not-an-email',
          preferredLanguage: 'not a language',
          homePhone: 'call me',
        },
        onBehalfOf: { representedPersonName: 'Ana', consentGiven: false, consentMethod: 'phone' },
        attachments: [{ url: 'http://example.org/a.jpg', mediaType: 'image', sha256: 'abc' }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'idempotencyKey',
      'description',
      'location.latitude',
      'location.longitude',
      'reporter.email',
      'reporter.homePhone',
      'reporter.preferredLanguage',
      'onBehalfOf.consentGiven',
      'attachments.0.url',
      'attachments.0.mediaType',
      'attachments.0.sha256',
    ]);
  });

  it('the idempotency key is required on the public form and optional for agents', () => {
    const fields = (opts: CaseRuleOptions) =>
      problemsOf(report({ idempotencyKey: null }), opts).map((p) => p.field);
    expect(fields(options)).toEqual(['idempotencyKey']);
    expect(fields({ ...options, idempotencyKeyRequired: false })).toEqual([]);
  });

  it('the description limit is the configured one', () => {
    const limited = { ...options, maxDescriptionLength: 10 };
    expect(problemsOf(report({ description: 'x'.repeat(11) }), limited)).toEqual([
      { field: 'description', message: 'must be at most 10 characters' },
    ]);
  });

  it('a receipt time given in the past is kept; the consent is recorded at the time of receipt', () => {
    const earlier = new Date('2026-11-20T09:00:00Z');
    const verdict = validateCase(
      report({
        receivedAt: earlier,
        onBehalfOf: { representedPersonName: 'Bà Lan', consentGiven: true, consentMethod: 'form' },
      }),
      options,
    );
    expect(verdict.ok && verdict.value.receivedAt).toBe(earlier);
    expect(verdict.ok && verdict.value.onBehalfOf?.consentRecordedAt).toBe(now);
  });

  it('a representative on the excluded list is refused naming `representative`', () => {
    const problems = problemsOf(
      report({
        kind: CaseKind.STAFF_COMPLAINT,
        location: null,
        representative: '  NGUYEN  van duc ',
        excludedCompanions: ['Nguyễn Văn Đức'],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['representative']);
  });

  it('text is kept exactly as written, in any language', () => {
    const description = 'Đèn đường bị hỏng — 路灯坏了 — Le lampadaire est cassé. Ça clignote.';
    const verdict = validateCase(
      report({ description, reporter: { name: 'Trần Thị Hương' } }),
      options,
    );
    expect(verdict.ok && verdict.value.description).toBe(description);
    expect(verdict.ok && verdict.value.reporter.name).toBe('Trần Thị Hương');
  });

  it('a council office referral keeps its office', () => {
    const verdict = validateCase(
      report({ channel: Channel.COUNCIL_OFFICE, councilOffice: 'District 3' }),
      { ...options, idempotencyKeyRequired: false },
    );
    expect(verdict.ok && verdict.value.councilOffice).toBe('District 3');
  });

  it('no message quotes what was submitted', () => {
    const secret = 'Zebulon.Quill@example';
    const problems = problemsOf(
      report({
        description: '',
        reporter: { email: secret, name: secret.repeat(50), homePhone: secret },
        representative: secret,
        excludedCompanions: [secret],
        attachments: [{ url: secret, mediaType: secret, sha256: secret }],
      }),
    );
    expect(problems.length).toBeGreaterThan(4);
    for (const { message } of problems) expect(message).not.toContain('Zebulon');
  });
});
