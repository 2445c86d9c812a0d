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

// Cyrillic and Greek letters that look like Latin ones: a name typed with them is the same
// name to the eye, so it is the same name here.
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
};

/**
 * A name reduced for comparison only (never stored): compatibility-decomposed (NFKD), accents
 * and other marks dropped, lower-cased, look-alike letters of other scripts read as Latin,
 * and whitespace, punctuation and invisible characters (zero-width spaces, joiners, soft
 * hyphens) removed, so "Nguyễn  Văn Đức", "NGUYEN VAN DUC" and "Nguyen\u200bVan Duc" are the
 * same person.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðłøħŧıßæœþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(
      /[\p{Script=Cyrillic}\p{Script=Greek}\u0261]/gu,
      (letter) => LOOKALIKES[letter] ?? letter,
    )
    .replace(/[\s\p{Z}\p{P}\p{Cf}\p{Cc}]+/gu, '');
}

export function isExcluded(person: string, excluded: readonly string[]): boolean {
  const wanted = comparableName(person);
  return wanted !== '' && excluded.some((name) => comparableName(name) === wanted);
}

/**
 * The representative and the people excluded from standing beside the complainant. Neither
 * the representative nor whoever files the complaint (the reporter, for someone else) may be
 * one of those people.
 */
export function validateRepresentation(
  input: {
    readonly representative?: string | null;
    readonly excludedCompanions?: readonly string[] | null;
    readonly reporter?: { readonly name?: string | null } | null;
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
  const filer = input.reporter?.name ?? null;
  if (filer !== null && isExcluded(filer, excludedCompanions)) {
    problem(
      'reporter.name',
      'a person on the excluded list may not file for the complainant (safeguarding)',
    );
  }
  return { representative, excludedCompanions };
}
