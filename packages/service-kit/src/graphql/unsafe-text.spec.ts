import { parse } from 'graphql';
import { findUnsafeLiteral, findUnsafeText, isUnsafeText } from './unsafe-text';

describe('unsafe text', () => {
  it('is a NUL or an unpaired surrogate, never ordinary text in any script or an emoji', () => {
    expect(isUnsafeText('a\u0000b')).toBe(true);
    expect(isUnsafeText('\uD800')).toBe(true);
    expect(isUnsafeText('x\uDC00')).toBe(true);
    expect(isUnsafeText('Nguyễn Thị Hương, 北京, ❤️, 😀')).toBe(false);
  });

  it('is found in variables by its dotted path', () => {
    expect(findUnsafeText({ input: { reporter: { name: 'ok' } } }, '')).toBeNull();
    expect(findUnsafeText({ input: { reporter: { name: 'Jo\u0000' } } }, '')).toBe(
      'input.reporter.name',
    );
    expect(findUnsafeText({ input: { tags: ['a', '\uDFFF'] } }, '')).toBe('input.tags.1');
  });

  it('is found in a literal of the document, named by its argument', () => {
    expect(findUnsafeLiteral(parse('{ trackCase(srNumber: "SR-1") { status } }'))).toBeNull();
    expect(findUnsafeLiteral(parse('{ trackCase(srNumber: "SR-\\u0000") { status } }'))).toBe(
      'srNumber',
    );
    expect(
      findUnsafeLiteral(
        parse('mutation { submitCase(input: { reporter: { name: "\\u0000" } }) { id } }'),
      ),
    ).toBe('reporter.name');
  });
});
