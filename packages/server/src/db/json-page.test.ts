// The statement around a joined list page (json-page.ts): the rows' texts aggregated as they come from the window
// that numbers them, not sorted a second time; the last shown row's time made text once; the bytes by textsend.
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { joinedPage } from './json-page.ts';

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
