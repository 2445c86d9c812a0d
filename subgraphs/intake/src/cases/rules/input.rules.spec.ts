import { isBlank, optionalText, textLength } from './input.rules';

describe('text at intake', () => {
  it('is counted as a person counts characters, not in UTF-16 units', () => {
    expect(textLength('路灯坏了')).toBe(4);
    expect(textLength('💡💡')).toBe(2);
    expect(textLength('')).toBe(0);
  });

  it('left out, empty or only white space is blank', () => {
    for (const text of [null, undefined, '', '  \n\t ']) expect(isBlank(text)).toBe(true);
    expect(isBlank(' a ')).toBe(false);
  });

  it('optional text is null when blank, kept exactly as written otherwise, and limited', () => {
    const problems: [string, string][] = [];
    const problem = (field: string, message: string) => problems.push([field, message]);
    expect(optionalText('name', '   ', problem)).toBeNull();
    expect(optionalText('name', '  Ana  ', problem)).toBe('  Ana  ');
    expect(optionalText('name', 'x'.repeat(11), problem, 10)).toBe('x'.repeat(11));
    expect(problems).toEqual([['name', 'must be at most 10 characters']]);
  });
});
