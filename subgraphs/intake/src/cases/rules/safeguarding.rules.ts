import { MAX_SHORT_TEXT, isBlank, optionalText, textLength, type Report } from './input.rules';

/*
 * Safeguarding (docs/domain.md §2): a complainant may name people who must never accompany or
 * represent them, such as someone alleged to have abused them; such a person is refused as
 * their representative however the name is written.
 */

const MAX_EXCLUDED_COMPANIONS = 20;

// Letters NFKD leaves whole (Vietnamese đ, Polish ł, Nordic ø, ...), folded by hand.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/**
 * A name reduced for comparison only (never stored): compatibility-decomposed (NFKD), accents
 * and other marks dropped, lower-cased, all whitespace removed, so "Nguyễn  Văn Đức" and
 * "NGUYEN VAN DUC" are the same person.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðłøħŧıßæœþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[\s\p{Zs}]+/gu, '');
}

export function isExcluded(person: string, excluded: readonly string[]): boolean {
  const wanted = comparableName(person);
  return wanted !== '' && excluded.some((name) => comparableName(name) === wanted);
}

/** The representative and the people excluded from standing beside the complainant. */
export function validateRepresentation(
  input: {
    readonly representative?: string | null;
    readonly excludedCompanions?: readonly string[] | null;
  },
  problem: Report,
): { representative: string | null; excludedCompanions: string[] } {
  const representative = optionalText('representative', input.representative, problem);
  const excludedCompanions = (input.excludedCompanions ?? []).filter((name) => !isBlank(name));
  if (excludedCompanions.length > MAX_EXCLUDED_COMPANIONS) {
    problem('excludedCompanions', `must list at most ${MAX_EXCLUDED_COMPANIONS} people`);
  }
  excludedCompanions.forEach((name, index) => {
    if (textLength(name) > MAX_SHORT_TEXT) {
      problem(`excludedCompanions.${index}`, `must be at most ${MAX_SHORT_TEXT} characters`);
    }
  });
  if (representative !== null && isExcluded(representative, excludedCompanions)) {
    problem(
      'representative',
      'a person on the excluded list may not represent or accompany the complainant ' +
        '(safeguarding: someone alleged to have abused the complainant never represents them)',
    );
  }
  return { representative, excludedCompanions };
}
