// Follows a keyset-paged list of the API to its end as a client does (nextCursor after nextCursor), checking the
// page contract on the way: the total on the first page only (for a list that counts), every page full but the last.
import { expect } from 'vitest';
import type { Session } from './test-app.ts';

export interface FollowOptions {
  /** false for a list that answers no total at all (the audit log): its pages' totals are not checked. */
  counted?: boolean;
}

/** The pages of `url` (which asks for `limit` rows a page), each page's items as answered. */
export async function followPages<Item>(
  session: Session,
  url: string,
  limit: number,
  { counted = true }: FollowOptions = {},
): Promise<Item[][]> {
  const pages: Item[][] = [];
  let next = url;
  for (let n = 0; n < 100; n++) {
    const res = await session.get(next);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    pages.push(body.items);
    if (counted && n === 0) expect(body.total).toEqual(expect.any(Number));
    else if (counted) expect(body.total).toBeNull();
    if (body.nextCursor === null) return pages;
    expect(body.items).toHaveLength(limit);
    next = `${url}&cursor=${body.nextCursor}`;
  }
  throw new Error('the cursor never ended');
}
