import { randomInt } from 'node:crypto';

/**
 * SR numbers: the tracking number a resident reads over the phone, e.g. `SR-26-7K3M-Q9PX`.
 *
 *   SR   the prefix (HUB_SR_PREFIX, letters only)
 *   26   the two-digit year it was issued
 *   7K3M-Q9P  seven random symbols (35 bits: ~34 billion numbers a year)
 *   X    a check symbol over the year and the random symbols
 *
 * Symbols are Crockford's base 32 (no I, L, O or U, so nothing looks or sounds alike). When
 * reading one back, case and dashes do not matter and O/I/L are taken as 0/1, as Crockford says.
 *
 * The check symbol is a weighted sum in the field GF(32): symbol i is multiplied by α^(i+1).
 * Every weight is non-zero, so any single wrong symbol changes the sum; adjacent weights differ,
 * so swapping two neighbouring symbols changes it too. (A plain sum modulo 32 cannot catch
 * both, and Crockford's own mod-37 check needs five extra symbols that are not phone-friendly.)
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DEFAULT_SR_PREFIX = 'SR';
const RANDOM_SYMBOLS = 7;
const YEAR_SYMBOLS = 2;

const VALUE_OF = new Map<string, number>([
  ...[...CROCKFORD_ALPHABET].map((symbol, value) => [symbol, value] as const),
  ['O', 0],
  ['I', 1],
  ['L', 1],
]);

// GF(2^5) with the primitive polynomial x^5 + x^2 + 1; α = x = 2 generates all 31 non-zero values.
const PRIMITIVE_POLYNOMIAL = 0b100101;

function gfMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    y >>= 1;
    x <<= 1;
    if (x & 0b100000) x ^= PRIMITIVE_POLYNOMIAL;
  }
  return product;
}

/** The check value of a run of symbol values (year digits first, then the random symbols). */
export function checkValue(values: readonly number[]): number {
  let sum = 0;
  let weight = 1;
  for (const value of values) {
    weight = gfMultiply(weight, 2);
    sum ^= gfMultiply(weight, value);
  }
  return sum;
}

export interface SrNumberParts {
  /** 0..99 */
  readonly year: number;
  /** Seven symbols of CROCKFORD_ALPHABET. */
  readonly serial: string;
}

export function formatSrNumber(parts: SrNumberParts, prefix: string = DEFAULT_SR_PREFIX): string {
  const year = String(parts.year).padStart(YEAR_SYMBOLS, '0');
  const values = [...year, ...parts.serial].map((symbol) => VALUE_OF.get(symbol)!);
  const check = CROCKFORD_ALPHABET[checkValue(values)]!;
  return `${prefix}-${year}-${parts.serial.slice(0, 4)}-${parts.serial.slice(4)}${check}`;
}

/** The two-digit year of `now` in the jurisdiction's time zone. */
export function srYearOf(now: Date, timeZone: string): number {
  const year = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(now);
  return Number(year) % 100;
}

export function randomSerial(random: (max: number) => number = randomInt): string {
  let serial = '';
  for (let i = 0; i < RANDOM_SYMBOLS; i += 1) serial += CROCKFORD_ALPHABET[random(32)];
  return serial;
}

export function issueSrNumber(
  now: Date,
  options: { prefix?: string; timeZone: string; random?: (max: number) => number },
): string {
  return formatSrNumber(
    { year: srYearOf(now, options.timeZone), serial: randomSerial(options.random) },
    options.prefix,
  );
}

export type SrNumberReading =
  | { readonly ok: true; readonly srNumber: string; readonly parts: SrNumberParts }
  | { readonly ok: false; readonly reason: 'malformed' | 'mistyped' };

/**
 * Reads an SR number as a person typed it: any case, with or without dashes or spaces, with or
 * without the prefix. Returns the canonical form, or why it cannot be one: `mistyped` when the
 * check symbol does not match (a symbol is wrong or two were swapped).
 */
export function parseSrNumber(text: string, prefix: string = DEFAULT_SR_PREFIX): SrNumberReading {
  let compact = text.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  const length = YEAR_SYMBOLS + RANDOM_SYMBOLS + 1;
  if (compact.length !== length) return { ok: false, reason: 'malformed' };
  const values: number[] = [];
  for (const symbol of compact) {
    const value = VALUE_OF.get(symbol);
    if (value === undefined) return { ok: false, reason: 'malformed' };
    values.push(value);
  }
  const yearValues = values.slice(0, YEAR_SYMBOLS);
  if (yearValues.some((value) => value > 9)) return { ok: false, reason: 'malformed' };
  const check = values[length - 1]!;
  if (checkValue(values.slice(0, length - 1)) !== check) return { ok: false, reason: 'mistyped' };
  const parts: SrNumberParts = {
    year: yearValues[0]! * 10 + yearValues[1]!,
    serial: values
      .slice(YEAR_SYMBOLS, YEAR_SYMBOLS + RANDOM_SYMBOLS)
      .map((value) => CROCKFORD_ALPHABET[value])
      .join(''),
  };
  return { ok: true, srNumber: formatSrNumber(parts, prefix), parts };
}
