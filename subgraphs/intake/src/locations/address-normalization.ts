/*
 * How two spellings of one address are found to be the same: residents type "42 Cross Street,
 * Boston" where the city's file says "42 Cross St  Boston  MA  02113". Both become upper-case
 * words without accents or punctuation, with the usual postal abbreviations, and each address
 * is also known by its street line (house number to street suffix), so the town, state and
 * ZIP code may be left out or differ in form.
 */

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  STREET: 'ST',
  AVENUE: 'AVE',
  AV: 'AVE',
  ROAD: 'RD',
  BOULEVARD: 'BLVD',
  DRIVE: 'DR',
  PLACE: 'PL',
  COURT: 'CT',
  LANE: 'LN',
  TERRACE: 'TER',
  SQUARE: 'SQ',
  PARKWAY: 'PKWY',
  HIGHWAY: 'HWY',
  CIRCLE: 'CIR',
  WAY: 'WAY',
  PLAZA: 'PLZ',
  ROW: 'ROW',
  WHARF: 'WHF',
  NORTH: 'N',
  SOUTH: 'S',
  EAST: 'E',
  WEST: 'W',
};

const STREET_SUFFIXES = new Set([
  'ST',
  'AVE',
  'RD',
  'BLVD',
  'DR',
  'PL',
  'CT',
  'LN',
  'TER',
  'SQ',
  'PKWY',
  'HWY',
  'CIR',
  'WAY',
  'PLZ',
  'ROW',
  'WHF',
]);

/** The words of an address, normalized; empty for text with no letters or digits. */
export function addressWords(address: string): string[] {
  return address
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => ABBREVIATIONS[word] ?? word);
}

/**
 * The keys an address is found by: its whole normalized form, then its street line when the
 * address has one (a house number, then words up to a street suffix).
 */
export function addressKeys(address: string): string[] {
  const words = addressWords(address);
  if (words.length === 0) return [];
  const keys = [words.join(' ')];
  if (/^\d/.test(words[0]!)) {
    const suffixAt = words.findIndex((word, index) => index > 1 && STREET_SUFFIXES.has(word));
    if (suffixAt > 0 && suffixAt < words.length - 1) {
      keys.push(words.slice(0, suffixAt + 1).join(' '));
    }
  }
  return keys;
}
