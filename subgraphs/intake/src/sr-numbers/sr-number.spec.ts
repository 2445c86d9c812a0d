import fc from 'fast-check';
import {
  CROCKFORD_ALPHABET,
  formatSrNumber,
  issueSrNumber,
  parseSrNumber,
  srYearOf,
} from './sr-number';

const serial = fc
  .array(fc.constantFrom(...CROCKFORD_ALPHABET), { minLength: 7, maxLength: 7 })
  .map((symbols) => symbols.join(''));
const parts = fc.record({ year: fc.integer({ min: 0, max: 99 }), serial });

/** The positions of the ten symbols (year, serial, check) in `SR-26-7K3M-Q9PX`. */
const SYMBOL_POSITIONS = [3, 4, 6, 7, 8, 9, 11, 12, 13, 14];

describe('SR numbers', () => {
  it('look like SR-26-7K3M-Q9PX: prefix, year, eight Crockford symbols the last of which checks', () => {
    const issued = issueSrNumber(new Date('2026-03-01T12:00:00Z'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(issued).toMatch(/^SR-26-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseSrNumber(issued)).toMatchObject({ ok: true, srNumber: issued });
  });

  it('read back what they print, for every year and serial', () => {
    fc.assert(
      fc.property(parts, (value) => {
        const printed = formatSrNumber(value);
        const reading = parseSrNumber(printed);
        return reading.ok && reading.srNumber === printed && reading.parts.serial === value.serial;
      }),
    );
  });

  it('carry the prefix of the jurisdiction', () => {
    fc.assert(
      fc.property(parts, fc.stringMatching(/^[A-Z]{1,6}$/), (value, prefix) => {
        const printed = formatSrNumber(value, prefix);
        const reading = parseSrNumber(printed, prefix);
        return printed.startsWith(`${prefix}-`) && reading.ok && reading.srNumber === printed;
      }),
    );
  });

  it('are found however a person types them: any case, no dashes, spaces, O for 0, I or L for 1', () => {
    const printed = formatSrNumber({ year: 26, serial: '01K3M10' });
    const typed = [
      printed.toLowerCase(),
      printed.replace(/-/g, ''),
      printed.replace(/-/g, ' '),
      printed.slice(3), // without the prefix
      printed.replace(/0/g, 'O').replace('1', 'I').replace('1', 'l'),
    ];
    for (const text of typed) expect(parseSrNumber(text)).toMatchObject({ srNumber: printed });
  });

  it('a single mistyped symbol is caught, wherever it is and whatever it became', () => {
    fc.assert(
      fc.property(
        parts,
        fc.constantFrom(...SYMBOL_POSITIONS),
        fc.constantFrom(...CROCKFORD_ALPHABET),
        (value, position, replacement) => {
          const printed = formatSrNumber(value);
          fc.pre(printed[position] !== replacement);
          // the year must stay digits, or it is not an SR number at all
          const mistyped = printed.slice(0, position) + replacement + printed.slice(position + 1);
          const reading = parseSrNumber(mistyped);
          return !reading.ok;
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('two neighbouring symbols swapped are caught', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: 8 }), (value, index) => {
        const compact = formatSrNumber(value).replace(/-/g, '').slice(2); // year + serial + check
        fc.pre(compact[index] !== compact[index + 1]);
        const swapped =
          compact.slice(0, index) + compact[index + 1] + compact[index] + compact.slice(index + 2);
        return !parseSrNumber(swapped).ok;
      }),
      { numRuns: 2_000 },
    );
  });

  it('an exhaustive check of one number: every single-symbol change is refused as mistyped', () => {
    const printed = formatSrNumber({ year: 26, serial: '7K3MQ9P' });
    for (const position of SYMBOL_POSITIONS) {
      for (const replacement of CROCKFORD_ALPHABET) {
        if (printed[position] === replacement) continue;
        const mistyped = printed.slice(0, position) + replacement + printed.slice(position + 1);
        const reading = parseSrNumber(mistyped);
        expect(reading.ok).toBe(false);
        if (position > 4) expect(reading).toEqual({ ok: false, reason: 'mistyped' });
      }
    }
  });

  it('text that is not an SR number is malformed, not mistyped', () => {
    for (const text of ['', 'SR-26', 'hello world', 'SR-2X-7K3M-Q9PX', 'SR-26-7K3M-Q9PU']) {
      expect(parseSrNumber(text)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it("take the year in the jurisdiction's time zone", () => {
    const newYearsEveEvening = new Date('2027-01-01T03:00:00Z'); // 19:00 on 31 December in LA
    expect(srYearOf(newYearsEveEvening, 'America/Los_Angeles')).toBe(26);
    expect(srYearOf(newYearsEveEvening, 'UTC')).toBe(27);
  });

  it('draw the seven serial symbols from the random source', () => {
    let next = 0;
    const issued = issueSrNumber(new Date('2026-06-01T00:00:00Z'), {
      timeZone: 'UTC',
      random: () => next++ % 32,
    });
    expect(issued.slice(0, 14)).toBe('SR-26-0123-456');
  });
});
