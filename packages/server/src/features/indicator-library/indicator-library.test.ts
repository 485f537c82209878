// The indicator library: similar names of the same 二级指标 from approved forms, with how often they
// were used and their usual values; drawn only from approved forms the caller may see, or published ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parseIndicatorValue } from '@jixiao/core';
import { forms } from '../../db/schema.ts';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { suggest, type LibraryRow } from './library.ts';
import { nameSimilarity } from './similarity.ts';

describe('nameSimilarity', () => {
  it('scores alike Chinese names high and unrelated ones low', () => {
    expect(nameSimilarity('培训人次', '培训人次')).toBe(1);
    expect(nameSimilarity('培训', '组织培训人次')).toBeGreaterThanOrEqual(0.6);
    expect(nameSimilarity('证照数量', '归集电子证照数量')).toBeGreaterThan(0.5);
    expect(nameSimilarity('群众满意度', '项目完成时间')).toBe(0);
    expect(nameSimilarity('', '培训')).toBe(0);
  });
});

describe('suggest', () => {
  const row = (name: string, raw: string, formId: string, unit: string | null = '人次'): LibraryRow => ({
    name,
    level1: '产出指标',
    level2: '数量指标',
    raw,
    unit,
    basis: '计划标准',
    formId,
  });
  it('groups by name with uses, usual values and unit; the most alike first', () => {
    const rows = [
      row('培训人次', '≥200人次', 'a'),
      row('培训人次', '≥200人次', 'b'),
      row('培训 人次', '≥ 200 人次', 'c'),
      row('组织培训场次', '≥5场', 'd', '场'),
      row('道路长度', '≥3公里', 'e', '公里'),
    ];
    const out = suggest(rows, '培训人', 5);
    expect(out.map((s) => s.name)).toEqual(['培训人次', '组织培训场次']);
    expect(out[0]).toMatchObject({ uses: 3, unit: '人次', basis: '计划标准' });
    expect(out[0]!.values).toEqual([{ raw: '≥200人次', count: 3 }]); // spaces do not make another value
  });
  it('lists the most used names when nothing is typed yet', () => {
    const out = suggest([row('甲', '1', 'a'), row('乙', '1', 'b'), row('乙', '1', 'c')], '', 5);
    expect(out[0]!.name).toBe('乙');
  });
});

describe('GET /api/indicator-library', () => {
  let ctx: TestContext;
  const level2 = encodeURIComponent('数量指标');
  beforeAll(async () => {
    ctx = await createTestApp(drivers[0]!, { checkForm: () => [] });
    const make = async (account: 'fillerA1' | 'fillerB1', name: string, value: string, status: string) => {
      const form = sampleProject();
      form.indicators[0] = { ...form.indicators[0]!, name, target: parseIndicatorValue(value) };
      const res = await (await ctx.as(account)).post('/api/forms', { form });
      await ctx.database.db.update(forms).set({ status }).where(eq(forms.id, res.json().meta.id));
    };
    await make('fillerA1', '归集电子证照数量', '≥2.3万个', 'approved');
    await make('fillerB1', '归集电子证照数量', '≥3万个', 'published');
    await make('fillerB1', '电子证照归集量（乙）', '≥1万个', 'approved'); // B1's, not published
    await make('fillerA1', '电子证照草稿指标', '≥1个', 'draft'); // not approved
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('suggests approved indicators of the same 二级指标 the filler may see, and published ones', async () => {
    const res = await (
      await ctx.as('fillerA1')
    ).get(`/api/indicator-library?level2=${level2}&q=${encodeURIComponent('电子证照')}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      name: string;
      uses: number;
      values: { raw: string }[];
      unit: string;
    }[];
    expect(items.map((i) => i.name)).toEqual(['归集电子证照数量']);
    expect(items[0]!.uses).toBe(2);
    expect(items[0]!.values.map((v) => v.raw).sort()).toEqual(['≥2.3万个', '≥3万个']);
    expect(items[0]!.unit).toBe('万个'); // the unit as the 指标值 grammar reads it
  });

  it('gives finance every approved indicator', async () => {
    const res = await (
      await ctx.as('finance')
    ).get(`/api/indicator-library?level2=${level2}&q=${encodeURIComponent('电子证照')}`);
    expect(res.json().items.map((i: { name: string }) => i.name)).toContain('电子证照归集量（乙）');
  });

  it('finds nothing under another 二级指标, and refuses a missing one in Chinese', async () => {
    const filler = await ctx.as('fillerA1');
    const other = await filler.get(
      `/api/indicator-library?level2=${encodeURIComponent('质量指标')}&q=${encodeURIComponent('电子证照')}`,
    );
    expect(other.json().items).toEqual([]);
    const bad = await filler.get('/api/indicator-library?q=x');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/二级指标|level2/);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/indicator-library?level2=${level2}` })).statusCode,
    ).toBe(401);
  });
});
