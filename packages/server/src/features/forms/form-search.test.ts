// A search of the forms list (q=) answers the rows the whole list filtered by its part would, whatever the part
// — selective or not, of three letters or fewer — and reads no more of the table than its answer needs: a part
// found in more forms than the cap is answered from the head of the list, not by sorting every form it names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { EXACT_COUNT } from '../../db/count-capped.ts';
import { explainBuilt } from '../../db/prepared.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { searchMode, searchPageStatements } from './forms.repo.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows a plan read from the scans of `table` (its partitions' names begin with it). */
function rowsRead(node: PlanNode, table: string): number {
  const own = node['Relation Name']?.startsWith(table) ? node['Actual Rows'] * node['Actual Loops'] : 0;
  return own + (node.Plans ?? []).reduce((n, child) => n + rowsRead(child, table), 0);
}

interface Item {
  id: string;
  name: string;
  code: string | null;
}

// The newest forms (the head of the list) are 新近项目…; behind them, more than the cap of 旧档项目….
const RECENT = 150;
const OLDER = EXACT_COUNT + 10;

describe.each(drivers)('forms search on %s', (driver) => {
  let ctx: TestContext;
  let finance: Session;
  /** Every form in the list's order, read page by page without a search. */
  let all: Item[];

  beforeAll(async () => {
    ctx = await createTestApp(driver);
    const a1 = await ctx.as('fillerA1');
    await a1.post('/api/forms', { form: sampleProject({ name: '模板' }) });
    // Copies of the one form, by SQL (more than the cap: through the API it would take minutes).
    await ctx.database.db.execute(sql`
      insert into forms (region_code, org_id, year, kind, form_type, name, code, status, rest, updated_at)
      select f.region_code, f.org_id, f.year, f.kind, f.form_type,
        case when g <= ${RECENT} then '新近项目' || g else '旧档项目' || g end, 'SC' || g, f.status, f.rest,
        f.updated_at - g * interval '1 minute'
      from forms f cross join generate_series(1, ${RECENT + OLDER}) g where f.name = '模板'`);
    await ctx.database.db.execute(sql`analyze forms`);
    finance = await ctx.as('finance');
    all = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: Item[]; nextCursor: string | null } = (
        await finance.get(`/api/forms?limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      all.push(...page.items);
      cursor = page.nextCursor;
    }
  }, 300_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** The search's pages by cursor, to the end: their rows, and the total of the first. */
  async function search(q: string, limit: number, pages = Infinity) {
    const items: Item[] = [];
    let total: number | null = null;
    let totalCapped = false;
    for (let cursor: string | null = null, first = true; (first || cursor) && pages-- > 0; first = false) {
      const page: { items: Item[]; nextCursor: string | null; total: number | null; totalCapped: boolean } = (
        await finance.get(
          `/api/forms?limit=${limit}&q=${encodeURIComponent(q)}${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      if (first) ({ total, totalCapped } = page);
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    return { ids: items.map((i) => i.id), total, totalCapped };
  }

  const matching = (q: string) =>
    all.filter((f) => f.name.toLowerCase().includes(q.toLowerCase()) || f.code === q).map((f) => f.id);

  it('reads a part of three letters from the trigram index, a shorter one in a scan', () => {
    expect(searchMode('新近项目')).toBe('trigram');
    expect(searchMode('目12')).toBe('trigram');
    expect(searchMode('项目')).toBe('scan');
    expect(searchMode('a b%c')).toBe('scan');
  });

  it('answers the rows of the list that match, page after page, whatever the part', async () => {
    // Selective (counted, read from the index); in more forms than the cap, found at the head of the list
    // (项目: every form but the template) or behind it (旧档项目); a short part; a code; none.
    for (const q of ['新近项目1', '近项', '项目', '旧档项目', 'SC7', '没有这个']) {
      const expected = matching(q);
      const found = await search(q, 40);
      expect(found.ids, q).toEqual(expected);
      if (expected.length <= EXACT_COUNT)
        expect([found.total, found.totalCapped], q).toEqual([expected.length, false]);
      else {
        expect(found.totalCapped, q).toBe(true);
        expect(found.total, q).toBeGreaterThan(EXACT_COUNT);
      }
    }
  }, 120_000);

  it('answers small pages of a part most forms hold, at the head of the list or behind it', async () => {
    // Pages of 5 look through a window of 120 rows: 项目 fills it; 旧档项目 is not in it (150 新近项目 first).
    for (const q of ['项目', '旧档项目', '近项']) {
      const found = await search(q, 5, 3);
      expect(found.ids, q).toEqual(matching(q).slice(0, 15));
    }
  }, 120_000);

  it('reads no more forms than its cap and its window for a part most forms hold', async () => {
    const f = { limit: 5, offset: 0, q: '项目' };
    const statements = searchPageStatements(ctx.database.db, { kind: 'all' }, f);
    const plans = await ctx.database.db.transaction(async (tx) => {
      // As the list pool plans it (db/prepared.ts): once, for any part.
      if (driver === 'postgres') await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
      return {
        gated: (await explainBuilt(tx, statements.gated, statements.values)) as { Plan: PlanNode }[],
        window: (await explainBuilt(tx, statements.window, statements.values)) as { Plan: PlanNode }[],
      };
    });
    // The count stops at the cap, and the page behind it is not read (more match than the cap).
    expect(rowsRead(plans.gated[0]!.Plan, 'forms')).toBeLessThanOrEqual(EXACT_COUNT + 1);
    expect(rowsRead(plans.window[0]!.Plan, 'forms')).toBeLessThanOrEqual(Number(statements.values.window));
  });
});
