import { validateDescription } from './description.rules';

function problemsOf(description: string, maxLength = 4000): [string, string][] {
  const problems: [string, string][] = [];
  validateDescription(description, maxLength, (field, message) => problems.push([field, message]));
  return problems;
}

describe('the description of a case', () => {
  it('must not be empty', () => {
    expect(problemsOf('')).toEqual([['description', 'must not be empty']]);
    expect(problemsOf('  \n ')).toEqual([['description', 'must not be empty']]);
  });

  it('must not be longer than the configured limit, which the message states', () => {
    expect(problemsOf('x'.repeat(11), 10)).toEqual([
      ['description', 'must be at most 10 characters'],
    ]);
    expect(problemsOf('x'.repeat(10), 10)).toEqual([]);
  });

  it('is counted as a person counts characters: ten Chinese characters or emoji are ten', () => {
    expect(problemsOf('路灯坏了请尽快修理谢', 10)).toEqual([]);
    expect(problemsOf('💡'.repeat(10), 10)).toEqual([]);
  });
});
