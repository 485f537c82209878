// A joined page's answer (json-page.ts `joinedAnswer`): the bytes JSON.stringify writes of the page as objects,
// from the items as PostgreSQL's base64 gives them (lines broken every 76 characters), made in one buffer.
// And the statement around a joined list page (json-page.ts): the rows' texts aggregated as they come from the window
// that numbers them, not sorted a second time; the last shown row's time made text once; the bytes by textsend.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { joinedAnswer, joinedPage, type JoinedRow } from './json-page.ts';

/** base64 as PostgreSQL's `encode(…, 'base64')` writes it: a line break after every 76 characters. */
const postgresBase64 = (text: string) =>
  Buffer.from(text)
    .toString('base64')
    .replace(/(.{76})(?=.)/g, '$1\n');

const rowOf = (items: unknown[]): JoinedRow => ({
  items: items.length ? postgresBase64(items.map((i) => JSON.stringify(i)).join(',')) : null,
  rows: items.length,
  matching: null,
  at: null,
  id: null,
});

const item = (n: number) => ({
  id: `0000000${n}-3a20-4669-9c16-75936723d581`,
  orgName: `单位${n}`,
  projectName: `项目${n}：政务服务能力提升 "引号" \\ 𠀋`,
  status: 'pending',
  budgetLight: null,
  redCount: n,
});

describe('joinedAnswer', () => {
  it('writes the bytes JSON.stringify writes of the page, its end after the items', () => {
    const items = Array.from({ length: 50 }, (_, n) => item(n));
    const end = { total: 15000, nextCursor: 'WyIyMDI2Il0', more: true };
    expect(joinedAnswer(rowOf(items), end).toString()).toBe(JSON.stringify({ items, ...end }));
    expect(joinedAnswer(rowOf([item(1)]), { nextCursor: null }).toString()).toBe(
      JSON.stringify({ items: [item(1)], nextCursor: null }),
    );
  });

  it('answers an empty page', () => {
    expect(joinedAnswer(rowOf([]), { total: 0, nextCursor: null }).toString()).toBe(
      '{"items":[],"total":0,"nextCursor":null}',
    );
  });

  it('allocates its answer once outside the heap: no buffer of the decoded items besides it', async () => {
    const row = rowOf(Array.from({ length: 100 }, (_, n) => item(n)));
    const size = joinedAnswer(row, { nextCursor: null }).length;
    const answers = 100;
    // V8's count of external memory grows by each ArrayBuffer made and falls only when a collection frees
    // them: counted over a stretch with no collection (tried again until one has none).
    for (let attempt = 0; attempt < 20; attempt++) {
      let collections = 0;
      const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
      observer.observe({ entryTypes: ['gc'] });
      const kept: Buffer[] = [];
      const before = getHeapStatistics().external_memory;
      for (let i = 0; i < answers; i++) kept.push(joinedAnswer(row, { nextCursor: null }));
      const grown = getHeapStatistics().external_memory - before;
      collections += observer.takeRecords().length;
      observer.disconnect();
      if (collections > 0) continue;
      expect(kept).toHaveLength(answers);
      // One buffer of the answer's size each (a little more: base64's line breaks are counted, then skipped);
      // a decoded copy joined into another made it twice that.
      expect(grown / answers).toBeGreaterThanOrEqual(size);
      expect(grown / answers).toBeLessThan(size * 1.2);
      return;
    }
    throw new Error('no stretch of 100 answers without a garbage collection');
  });
});

const textOf = (withTime: boolean) =>
  new PgDialect().sqlToQuery(
    joinedPage(sql`select 'x' as item, 1 as id, now() as at, null as matching`, withTime),
  ).sql;

describe('joinedPage', () => {
  it('aggregates the rows in the order the window numbered them, with no sort of its own', () => {
    const text = textOf(true);
    expect(text).toContain("string_agg(p.item, ',') filter");
    expect(text).not.toMatch(/string_agg\([^)]*order by/i);
    expect(text).toContain('row_number() over ()');
  });

  it("makes the last shown row's time text once, and takes the bytes by textsend", () => {
    const text = textOf(true);
    expect(text).toMatch(/\(max\(p\.at\) filter \(where p\.n = \$\d+ - 1\)\)::text as at/);
    expect(text).toContain('encode(textsend(string_agg(');
    expect(text).not.toContain('convert_to');
    expect(textOf(false)).toContain('null as at');
  });
});
