import { comparableName, isExcluded, validateRepresentation } from './safeguarding.rules';

function problemsOf(representative: string | null, excludedCompanions: string[]) {
  const problems: { field: string; message: string }[] = [];
  const value = validateRepresentation({ representative, excludedCompanions }, (field, message) =>
    problems.push({ field, message }),
  );
  return { value, problems };
}

describe('who may stand beside a complainant', () => {
  it('an excluded person may not represent the complainant, however the name is written', () => {
    const { problems } = problemsOf('  NGUYEN  van duc ', ['Nguyễn Văn Đức']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('representative');
    expect(problems[0]!.message).toMatch(/excluded.*may not represent.*safeguarding/);
    expect(problems[0]!.message).not.toMatch(/nguy/i);
  });

  it('invisible characters, look-alike letters of other scripts and punctuation do not hide an excluded person', () => {
    for (const disguised of [
      'Nguyen\u200bVan Duc', // a zero-width space
      'Ngu\u00adyen Van Duc', // a soft hyphen
      'Nguyen Van D\u200duc', // a zero-width joiner
      'Nguyеn Vаn Duc', // Cyrillic е and а
      'NGUYEN-VAN DUC.',
      "Nguyen 'Van' Duc",
    ]) {
      expect(problemsOf(disguised, ['Nguyễn Văn Đức']).problems.map((p) => p.field)).toEqual([
        'representative',
      ]);
    }
    expect(comparableName('Ο’Brien')).toBe(comparableName('OBrien')); // Greek omicron
  });

  it('an excluded person may not file the complaint for the complainant either', () => {
    const problems: string[] = [];
    validateRepresentation(
      { reporter: { name: 'Marc\u200b Dutroux' }, excludedCompanions: ['Marc Dutroux'] },
      (field) => problems.push(field),
    );
    expect(problems).toEqual(['reporter.name']);
  });

  it('a representative who is not excluded is kept, with the list without blank names', () => {
    expect(problemsOf('Claire Martin', ['Jean-Pierre Lefèvre', '  '])).toEqual({
      value: { representative: 'Claire Martin', excludedCompanions: ['Jean-Pierre Lefèvre'] },
      problems: [],
    });
  });

  it('the list names at most 20 people of at most 200 characters each', () => {
    const many = Array.from({ length: 21 }, (_, index) => `Person ${index}`);
    expect(problemsOf(null, many).problems.map((p) => p.field)).toEqual(['excludedCompanions']);
    expect(problemsOf(null, ['x'.repeat(201)]).problems.map((p) => p.field)).toEqual([
      'excludedCompanions.0',
    ]);
  });

  it('names compare without case, accents, compatibility forms or whitespace', () => {
    expect(comparableName('Ｊｏｓé  Ｍａｒíａ')).toBe(comparableName('jose maria'));
    expect(isExcluded('François Lefèvre', ['francois lefevre'])).toBe(true);
    expect(isExcluded('Jo Ann', ['Joann'])).toBe(true);
    expect(isExcluded('Zoë', ['Zoe Smith'])).toBe(false);
    expect(isExcluded('   ', ['   '])).toBe(false);
  });
});
