import { PAGE_SIZE, pageOf, pageSizeOf, positionAfter } from './connection';

describe('connections', () => {
  it('a page holds 1 to 100 rows, and anything else names `first`', () => {
    expect(pageSizeOf(undefined)).toBe(PAGE_SIZE.default);
    expect(pageSizeOf(1)).toBe(1);
    expect(pageSizeOf(100)).toBe(100);
    for (const wrong of [0, 101, 2.5, -3]) {
      expect(() => pageSizeOf(wrong)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }),
      );
    }
  });

  it('a cursor from another list is refused naming `after`', () => {
    expect(positionAfter(null, () => 1)).toBeNull();
    expect(positionAfter('abc', () => ({ at: 3 }))).toEqual({ at: 3 });
    expect(() => positionAfter('abc', () => null)).toThrow(/after: is not a cursor from this list/);
  });

  it('one row past the page says there is a next page, and the cursors bound the page', () => {
    const rows = [1, 2, 3, 4];
    const page = pageOf(rows, 3, (n) => `c${n}`, true);
    expect(page.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
      { cursor: 'c3', node: 3 },
    ]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 'c1',
      endCursor: 'c3',
    });
    expect(pageOf([], 3, String, false).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
