import type { Caller, Role } from '@hub/service-kit';
import { CaseKind, CaseStatus, Channel } from './case.enums';
import {
  acknowledgmentFor,
  applyContactUpdate,
  comparableName,
  completionMessageWanted,
  dispositionForMessage,
  NOTIFICATION_DISPOSITION_MAX,
  referringCouncilOffice,
  completionApplies,
  isExcluded,
  mayReadRestricted,
  validateCase,
  withdrawalRefusal,
  type CaseInputShape,
  type CaseRuleOptions,
  type ReporterDraft,
} from './case.rules';

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

const fieldsOf = (input: CaseInputShape, opts?: CaseRuleOptions) =>
  problemsOf(input, opts).map((problem) => problem.field);

const caller = (roles: Role[], anonymous = false): Caller => ({
  subject: 'someone',
  roles,
  department: null,
  agency: null,
  anonymous,
});

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

  it('a service request without any location names the field `location`', () => {
    expect(fieldsOf(report({ location: null }))).toEqual(['location']);
    expect(fieldsOf(report({ location: {} }))).toEqual(['location']);
    // other kinds may come without one
    expect(fieldsOf(report({ kind: CaseKind.COMPLIMENT, location: null }))).toEqual([]);
  });

  it('an address alone is a location', () => {
    expect(fieldsOf(report({ location: { address: '1 City Hall Sq' } }))).toEqual([]);
  });

  it('every problem is reported at once, each with its field path', () => {
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
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
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
      ].sort(),
    );
  });

  it('the description must not be empty nor longer than the configured limit, which the message states', () => {
    expect(problemsOf(report({ description: '' }))).toEqual([
      { field: 'description', message: 'must not be empty' },
    ]);
    const limited = { ...options, maxDescriptionLength: 10 };
    expect(problemsOf(report({ description: 'x'.repeat(11) }), limited)).toEqual([
      { field: 'description', message: 'must be at most 10 characters' },
    ]);
    // counted as a person counts characters: ten Chinese characters or emoji are ten
    expect(fieldsOf(report({ description: '路灯坏了请尽快修理谢' }), limited)).toEqual([]);
    expect(fieldsOf(report({ description: '💡'.repeat(10) }), limited)).toEqual([]);
  });

  it('a latitude without a longitude, and the reverse, name the missing one', () => {
    expect(fieldsOf(report({ location: { latitude: 42.3 } }))).toEqual(['location.longitude']);
    expect(fieldsOf(report({ location: { longitude: -71 } }))).toEqual(['location.latitude']);
  });

  it('coordinates outside -90..90 and -180..180 are refused', () => {
    expect(fieldsOf(report({ location: { latitude: -90.5, longitude: 0 } }))).toEqual([
      'location.latitude',
    ]);
    expect(fieldsOf(report({ location: { latitude: 0, longitude: 180.01 } }))).toEqual([
      'location.longitude',
    ]);
    expect(fieldsOf(report({ location: { latitude: -90, longitude: 180 } }))).toEqual([]);
  });

  it('the idempotency key is required on the public form and optional for agents', () => {
    expect(fieldsOf(report({ idempotencyKey: null }))).toEqual(['idempotencyKey']);
    expect(
      fieldsOf(report({ idempotencyKey: null }), { ...options, idempotencyKeyRequired: false }),
    ).toEqual([]);
    expect(fieldsOf(report({ idempotencyKey: 'k'.repeat(101) }))).toEqual(['idempotencyKey']);
  });

  it('a preferred language must be a BCP 47 tag and is kept in its canonical form', () => {
    const language = (tag: string) => {
      const verdict = validateCase(report({ reporter: { preferredLanguage: tag } }), options);
      return verdict.ok ? verdict.value.reporter.preferredLanguage : null;
    };
    expect(language('vi')).toBe('vi');
    expect(language('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(language('fr-CA')).toBe('fr-CA');
    expect(language('english')).toBeNull();
    expect(language('en_US')).toBeNull();
  });

  it('a complaint on behalf of someone needs their explicit consent, recorded with the time and the method', () => {
    expect(
      problemsOf(
        report({
          onBehalfOf: { representedPersonName: 'Bà Lan', consentGiven: false, consentMethod: 'x' },
        }),
      ),
    ).toEqual([
      {
        field: 'onBehalfOf.consentGiven',
        message: "a complaint on someone's behalf needs that person's explicit, recorded consent",
      },
    ]);
    const verdict = validateCase(
      report({
        onBehalfOf: {
          representedPersonName: 'Bà Lan',
          relationship: 'daughter',
          consentGiven: true,
          consentMethod: 'signed form',
        },
      }),
      options,
    );
    expect(verdict.ok && verdict.value.onBehalfOf).toEqual({
      representedPersonName: 'Bà Lan',
      relationship: 'daughter',
      consentGiven: true,
      consentRecordedAt: now,
      consentMethod: 'signed form',
    });
  });

  it('an excluded person may not represent the complainant, however the name is written', () => {
    const problems = problemsOf(
      report({
        kind: CaseKind.STAFF_COMPLAINT,
        location: null,
        representative: '  NGUYEN  van duc ',
        excludedCompanions: ['Nguyễn Văn Đức'],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('representative');
    expect(problems[0]!.message).toMatch(/excluded.*may not represent.*safeguarding/);
    expect(problems[0]!.message).not.toMatch(/nguy/i);
  });

  it('names compare without case, accents, compatibility forms or whitespace', () => {
    expect(comparableName('Ｊｏｓé  Ｍａｒíａ')).toBe(comparableName('jose maria'));
    expect(isExcluded('François Lefèvre', ['francois lefevre'])).toBe(true);
    expect(isExcluded('Jo Ann', ['Joann'])).toBe(true);
    expect(isExcluded('Zoë', ['Zoe Smith'])).toBe(false);
    expect(isExcluded('   ', ['   '])).toBe(false);
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

  it('council office and receiving department are required exactly for their channels', () => {
    const logged = { ...options, idempotencyKeyRequired: false };
    expect(fieldsOf(report({ channel: Channel.COUNCIL_OFFICE }), logged)).toEqual([
      'councilOffice',
    ]);
    expect(fieldsOf(report({ channel: Channel.DEPARTMENT }), logged)).toEqual([
      'receivingDepartment',
    ]);
    expect(
      fieldsOf(
        report({
          channel: Channel.PHONE,
          councilOffice: 'District 3',
          receivingDepartment: 'Parks',
        }),
        logged,
      ),
    ).toEqual(['councilOffice', 'receivingDepartment']);
    expect(
      fieldsOf(report({ channel: Channel.COUNCIL_OFFICE, councilOffice: 'District 3' }), logged),
    ).toEqual([]);
  });

  it('a receipt time may be in the past, never in the future', () => {
    const earlier = new Date('2026-11-20T09:00:00Z');
    const verdict = validateCase(report({ receivedAt: earlier }), options);
    expect(verdict.ok && verdict.value.receivedAt).toBe(earlier);
    expect(fieldsOf(report({ receivedAt: new Date(now.getTime() + 3_600_000) }))).toEqual([
      'receivedAt',
    ]);
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

describe('who may read the reporter', () => {
  it('agents may, other roles may not', () => {
    expect(mayReadRestricted(caller(['agent']), CaseKind.SERVICE_REQUEST)).toBe(true);
    expect(mayReadRestricted(caller(['department_head']), CaseKind.SERVICE_REQUEST)).toBe(false);
    expect(mayReadRestricted(caller(['audit']), CaseKind.STAFF_COMPLAINT)).toBe(false);
    expect(mayReadRestricted(caller([], true), CaseKind.SERVICE_REQUEST)).toBe(false);
  });

  it("a whistleblower's identity is for Internal Audit alone, not even for agents", () => {
    expect(mayReadRestricted(caller(['audit']), CaseKind.FRAUD_WASTE_ABUSE)).toBe(true);
    expect(mayReadRestricted(caller(['agent']), CaseKind.FRAUD_WASTE_ABUSE)).toBe(false);
    expect(mayReadRestricted(caller(['agent', 'hr']), CaseKind.FRAUD_WASTE_ABUSE)).toBe(false);
  });
});

describe('acknowledgments', () => {
  const withEmail = { email: 'r@example.org', wantsContact: false };

  it('each kind gets its receipt; staff complaints and fraud reports get their legal notices', () => {
    expect(acknowledgmentFor(CaseKind.SERVICE_REQUEST, withEmail)).toBe('receipt');
    expect(acknowledgmentFor(CaseKind.POLICE_CONDUCT, withEmail)).toBe('receipt');
    expect(acknowledgmentFor(CaseKind.STAFF_COMPLAINT, withEmail)).toBe('staff-complaint-receipt');
    expect(acknowledgmentFor(CaseKind.FRAUD_WASTE_ABUSE, withEmail)).toBe('fraud-receipt');
  });

  it('compliments and suggestions are answered only when the reporter asked and gave details', () => {
    expect(acknowledgmentFor(CaseKind.COMPLIMENT, withEmail)).toBeNull();
    expect(acknowledgmentFor(CaseKind.SUGGESTION, { ...withEmail, wantsContact: true })).toBe(
      'receipt',
    );
    expect(acknowledgmentFor(CaseKind.SUGGESTION, { email: null, wantsContact: true })).toBeNull();
  });

  it('without an email there is nobody to acknowledge', () => {
    expect(
      acknowledgmentFor(CaseKind.SERVICE_REQUEST, { email: null, wantsContact: true }),
    ).toBeNull();
  });
});

describe('later changes', () => {
  const reporter: ReporterDraft = {
    anonymous: false,
    name: 'Ana',
    email: 'ana@example.org',
    homePhone: null,
    mobilePhone: null,
    mailingAddress: null,
    bestTimeToContact: null,
    preferredLanguage: 'es',
    wantsContact: false,
    representative: null,
    excludedCompanions: ['X'],
  };

  it('a contact update changes only the fields it names; null clears; the changed names are listed', () => {
    const verdict = applyContactUpdate(reporter, {
      email: null,
      mobilePhone: '+1 617 555 0100',
      name: 'Ana',
    });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.changedFields).toEqual(['email', 'mobilePhone']);
    expect(verdict.value.reporter).toMatchObject({
      name: 'Ana',
      email: null,
      mobilePhone: '+1 617 555 0100',
      preferredLanguage: 'es',
      excludedCompanions: ['X'],
    });
  });

  it('clearing every detail makes the reporter anonymous', () => {
    const verdict = applyContactUpdate(reporter, { name: null, email: null });
    expect(verdict.ok && verdict.value.reporter.anonymous).toBe(true);
  });

  it('a bad new value is refused with its field under `contact`', () => {
    const verdict = applyContactUpdate(reporter, { email: 'nope', preferredLanguage: '??' });
    expect(verdict.ok ? [] : verdict.problems.map((p) => p.field)).toEqual([
      'contact.email',
      'contact.preferredLanguage',
    ]);
  });

  it('a case that has ended cannot be withdrawn', () => {
    for (const status of [
      CaseStatus.WITHDRAWN,
      CaseStatus.CLOSED,
      CaseStatus.RESOLVED,
      CaseStatus.OUT_OF_JURISDICTION,
    ]) {
      expect(withdrawalRefusal(status)).not.toBeNull();
    }
    expect(withdrawalRefusal(CaseStatus.RECEIVED)).toBeNull();
    expect(withdrawalRefusal(CaseStatus.IN_PROGRESS)).toBeNull();
  });
});

describe('closing the loop', () => {
  it('a completion reaches the reporter unless the reporter withdrew the case', () => {
    for (const status of [CaseStatus.ROUTED, CaseStatus.CLOSED, CaseStatus.IN_PROGRESS, null]) {
      expect(completionApplies(status)).toBe(true);
    }
    expect(completionApplies(CaseStatus.WITHDRAWN)).toBe(false);
  });

  it('compliments and suggestions get the completion message only when the reporter asked', () => {
    for (const kind of [CaseKind.COMPLIMENT, CaseKind.SUGGESTION]) {
      expect(completionMessageWanted(kind, { wantsContact: false })).toBe(false);
      expect(completionMessageWanted(kind, { wantsContact: true })).toBe(true);
    }
    expect(completionMessageWanted(CaseKind.SERVICE_REQUEST, { wantsContact: false })).toBe(true);
    expect(completionMessageWanted(CaseKind.STAFF_COMPLAINT, { wantsContact: false })).toBe(true);
  });

  it('only a case that came through a council office names one to notify', () => {
    expect(
      referringCouncilOffice({ channel: Channel.COUNCIL_OFFICE, councilOffice: 'Ward 3' }),
    ).toBe('Ward 3');
    expect(referringCouncilOffice({ channel: Channel.PHONE, councilOffice: null })).toBeNull();
  });

  it('a disposition longer than the message contract allows is cut with an ellipsis, in characters', () => {
    expect(dispositionForMessage('  Pothole filled.  ')).toBe('Pothole filled.');
    const long = 'Đường đã được sửa. '.repeat(400);
    const cut = dispositionForMessage(long);
    // At most the contract's length; a space before the ellipsis is trimmed away.
    expect([...cut].length).toBeLessThanOrEqual(NOTIFICATION_DISPOSITION_MAX);
    expect([...cut].length).toBeGreaterThanOrEqual(NOTIFICATION_DISPOSITION_MAX - 2);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    const emoji = '🚧'.repeat(NOTIFICATION_DISPOSITION_MAX);
    expect(dispositionForMessage(emoji)).toBe(emoji);
  });
});
