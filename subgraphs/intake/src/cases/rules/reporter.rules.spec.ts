import {
  applyContactUpdate,
  isAnonymous,
  validateContact,
  type ReporterContactShape,
  type ReporterDraft,
} from './reporter.rules';

function checked(contact: ReporterContactShape) {
  const fields: string[] = [];
  const draft = validateContact(contact, 'reporter', (field) => fields.push(field));
  return { draft, fields };
}

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

describe("the reporter's contact details", () => {
  it('may all be left out: English, no contact wanted', () => {
    expect(checked({})).toEqual({
      draft: {
        name: null,
        email: null,
        homePhone: null,
        mobilePhone: null,
        mailingAddress: null,
        bestTimeToContact: null,
        preferredLanguage: 'en',
        wantsContact: false,
      },
      fields: [],
    });
  });

  it('a malformed email or phone number names its field under `reporter`', () => {
    expect(checked({ email: 'not-an-email', homePhone: 'call me' }).fields).toEqual([
      'reporter.email',
      'reporter.homePhone',
    ]);
    expect(
      checked({ email: 'name@example.org', mobilePhone: '+1 (617) 555-0100 ext 12' }).fields,
    ).toEqual([]);
  });

  it('a preferred language must be a BCP 47 tag and is kept in its canonical form', () => {
    const language = (tag: string) => {
      const { draft, fields } = checked({ preferredLanguage: tag });
      return fields.length === 0 ? draft.preferredLanguage : null;
    };
    expect(language('vi')).toBe('vi');
    expect(language('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(language('fr-CA')).toBe('fr-CA');
    expect(language('english')).toBeNull();
    expect(language('en_US')).toBeNull();
  });

  it('a reporter is anonymous when nothing identifies or reaches them', () => {
    expect(isAnonymous({ preferredLanguage: 'vi', wantsContact: true })).toBe(true);
    expect(isAnonymous({ name: '  ' })).toBe(true);
    expect(isAnonymous({ mailingAddress: '1 Main St' })).toBe(false);
  });
});

describe('a change of contact details', () => {
  it('changes only the fields it names; null clears; the changed names are listed', () => {
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
});
