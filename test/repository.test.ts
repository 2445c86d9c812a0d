import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The rules of docs/conventions.md that a reader of the code relies on, checked on every file
// git holds: a design reference leads to a real section, no comment or test points to a ticket
// instead of saying what it means, and no source file outgrows one concern.

const root = resolve(__dirname, '..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && !file.startsWith('docs/') && !file.startsWith('.tmp/'));
const code = tracked.filter((file) => /\.(ts|mjs|cjs|js)$/.test(file));
const textOf = (file: string) => readFileSync(join(root, file), 'utf8');

function headingsOf(doc: string): { numbers: Set<string>; titles: Set<string> } {
  const numbers = new Set<string>();
  const titles = new Set<string>();
  for (const [, title] of textOf(`docs/${doc}`).matchAll(/^#{2,3} (.+)$/gm)) {
    titles.add(title!.trim());
    const number = /^(\d+)\./.exec(title!)?.[1];
    if (number) numbers.add(number);
  }
  return { numbers, titles };
}

describe('the repository', () => {
  it('points every design reference at a section that exists in docs/', () => {
    const docs = {
      'domain.md': headingsOf('domain.md'),
      'architecture.md': headingsOf('architecture.md'),
      'conventions.md': headingsOf('conventions.md'),
    };
    const broken: string[] = [];
    for (const file of [...code, ...tracked.filter((f) => f.endsWith('.md'))]) {
      const text = textOf(file);
      for (const match of text.matchAll(/docs\/(\w+\.md)((?: ?§\d+(?:-\d+)?,?)*)( "([^"]+)")?/g)) {
        const doc = docs[match[1] as keyof typeof docs];
        if (!doc) {
          broken.push(`${file}: ${match[0]} (no such document)`);
          continue;
        }
        for (const number of match[2]!.match(/\d+/g) ?? []) {
          if (!doc.numbers.has(number)) broken.push(`${file}: ${match[0]} (no §${number})`);
        }
        // A heading quoted across lines of a comment: join them again.
        const title = match[4]?.replace(/\s*\n\s*(?:\*|\/\/)?\s*/g, ' ').replace(/\s+/g, ' ');
        if (title && !doc.titles.has(title)) broken.push(`${file}: ${match[0]} (no such heading)`);
      }
      if (/\b(DOMAIN|ARCHITECTURE|CONVENTIONS)\.md/.test(text)) {
        broken.push(`${file}: cites a design document outside the repository`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no comment, test name or header that cites an issue number', () => {
    const citing = code.filter((file) =>
      /\b(?:[Ii]ssues?|[Tt]ickets?) #?\d+\b|\((?:see )?#\d+\)/.test(textOf(file)),
    );
    expect(citing).toEqual([]);
  });

  it('keeps every source file under 400 lines, migrations and generated files aside', () => {
    const long = code
      .filter((file) => /^(subgraphs\/[^/]+|packages\/[^/]+|gateway)\/src\//.test(file))
      .filter((file) => !file.includes('/migrations/') && !file.endsWith('.generated.ts'))
      .map((file) => ({ file, lines: textOf(file).split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
