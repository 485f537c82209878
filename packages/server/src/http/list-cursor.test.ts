import { describe, expect, it } from 'vitest';
import { decodeCursor, pageEnd, pageOf } from './list-cursor.ts';

const row = (k: number) => ({
  at: `2025-03-01 08:00:0${k}.123456+08`,
  id: `00000000-0000-4000-8000-00000000000${k}`,
});

describe('the end of a keyset page', () => {
  it('shows `limit` rows of the one more read, and says more follow', () => {
    expect(pageOf([row(1), row(2), row(3)], 2)).toEqual({ shown: [row(1), row(2)], more: true });
    expect(pageOf([row(1), row(2)], 2)).toEqual({ shown: [row(1), row(2)], more: false });
  });

  it('gives the cursor after the last row shown while more follow, and the first page’s count', () => {
    const end = pageEnd([row(1), row(2)], true, { total: 1500, estimated: true });
    expect(end).toMatchObject({ total: 1500, totalCapped: true });
    expect(decodeCursor(end.nextCursor!)).toEqual(row(2));
  });

  it('gives no cursor on the last page, and no total on a page that did not count', () => {
    expect(pageEnd([row(1)], false, undefined)).toEqual({
      total: null,
      totalCapped: false,
      nextCursor: null,
    });
  });
});
