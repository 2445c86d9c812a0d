import { validateConsent, type ThirdPartyShape } from './consent.rules';

const now = new Date('2026-11-23T15:00:00Z');

function verdictOf(thirdParty: ThirdPartyShape | null) {
  const problems: { field: string; message: string }[] = [];
  const value = validateConsent(thirdParty, now, (field, message) =>
    problems.push({ field, message }),
  );
  return { value, problems };
}

describe("a complaint on someone's behalf", () => {
  it("needs that person's explicit consent", () => {
    expect(
      verdictOf({ representedPersonName: 'Bà Lan', consentGiven: false, consentMethod: 'x' })
        .problems,
    ).toEqual([
      {
        field: 'onBehalfOf.consentGiven',
        message: "a complaint on someone's behalf needs that person's explicit, recorded consent",
      },
    ]);
  });

  it('records the consent with the time and the method', () => {
    expect(
      verdictOf({
        representedPersonName: 'Bà Lan',
        relationship: 'daughter',
        consentGiven: true,
        consentMethod: 'signed form',
      }),
    ).toEqual({
      value: {
        representedPersonName: 'Bà Lan',
        relationship: 'daughter',
        consentGiven: true,
        consentRecordedAt: now,
        consentMethod: 'signed form',
      },
      problems: [],
    });
  });

  it('must name the person and say how the consent was given', () => {
    const { problems } = verdictOf({
      representedPersonName: ' ',
      consentGiven: true,
      consentMethod: '',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'onBehalfOf.representedPersonName',
      'onBehalfOf.consentMethod',
    ]);
  });

  it('is no problem when there is none', () => {
    expect(verdictOf(null)).toEqual({ value: null, problems: [] });
  });
});
