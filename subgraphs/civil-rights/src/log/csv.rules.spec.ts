import { csvCell, toCsv } from './csv.rules';

describe('the annual report CSV', () => {
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Tran, Minh')).toBe('"Tran, Minh"');
    expect(csvCell('said "go away"')).toBe('"said ""go away"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes empty cells for nulls and CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [null, 3],
          [true, new Date('2026-01-02T03:04:05Z')],
        ],
      ),
    ).toBe('a,b\r\n,3\r\ntrue,2026-01-02T03:04:05.000Z\r\n');
  });
});
