// The 指标库 on a new installation (shipped entries with definitions and sources), the tree, ranked
// search, finance's CRUD, the link from a form's indicator with its usage, and the .xlsx round trip.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parseIndicatorValue } from '@jixiao/core';
import { forms } from '../../db/schema.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { SEED_ENTRIES } from './seed/entries.ts';
import { seedSql } from './seed/seed-sql.ts';
import type { LibraryEntry, LibraryTreeNode as TreeNode } from '@jixiao/core/contracts';

const enc = encodeURIComponent;

function multipart(file: Buffer, name: string) {
  const boundary = '----jxlib';
  return {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

describe('the shipped seed', () => {
  it('is the migration that seeds it (regenerate with seed-sql.ts when entries.ts changes)', () => {
    const dir = fileURLToPath(new URL('../../../drizzle/', import.meta.url));
    const file = readdirSync(dir).find((f) => f.endsWith('_indicator_library_seed.sql'));
    expect(file).toBeDefined();
    expect(readFileSync(dir + file, 'utf8')).toBe(seedSql());
  });
  it('cites a source for every entry and names no indicator twice in a sector', () => {
    const keys = new Set(SEED_ENTRIES.map((e) => `${e.sector}/${e.name}`));
    expect(keys.size).toBe(SEED_ENTRIES.length);
    expect(SEED_ENTRIES.length).toBeGreaterThanOrEqual(60);
    expect(SEED_ENTRIES.every((e) => e.source && e.definition.length > 5)).toBe(true);
  });
});

describe('/api/indicator-library on a new installation', () => {
  let ctx: TestContext;
  let filler: Session;
  let finance: Session;
  beforeAll(async () => {
    ctx = await createTestApp(drivers[0]!, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
    finance = await ctx.as('finance');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('offers library indicators with definitions for 满意度 while typing, even with no approved form', async () => {
    const res = await filler.get(
      `/api/indicator-library?level2=${enc('服务对象满意度指标')}&q=${enc('满意度')}&category=${enc('教育')}`,
    );
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      name: string;
      libraryId: string | null;
      definition: string | null;
      sector: string;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((i) => i.libraryId && i.definition)).toBe(true);
    // The project's category puts its own sector's indicators first.
    expect(items[0]!.sector).toBe('教育');
  });

  it('has the tree 教育 → 产出指标 → 数量指标 and lists its entries with definitions', async () => {
    const tree = (await filler.get('/api/indicator-library/tree')).json().sectors as TreeNode[];
    expect(tree[0]!.sector).toBe('共性');
    const edu = tree.find((s) => s.sector === '教育')!;
    const out = edu.level1.find((l) => l.name === '产出指标')!;
    expect(out.level2.map((l) => l.name)).toContain('数量指标');
    const res = await filler.get(
      `/api/indicator-library/entries?sector=${enc('教育')}&level1=${enc('产出指标')}&level2=${enc('数量指标')}`,
    );
    const items = res.json().items as LibraryEntry[];
    expect(items.length).toBe(out.level2.find((l) => l.name === '数量指标')!.count);
    expect(items.map((i) => i.name)).toContain('资助学生人次');
    expect(items.every((i) => i.sector === '教育' && i.level2 === '数量指标' && i.definition)).toBe(true);
    expect(items[0]!.sourceTitle).toBeTruthy();
  });

  it('lets finance add, change and remove entries, not a filler; errors in Chinese', async () => {
    const body = {
      sector: '文化旅游',
      field: null,
      level1: '产出指标',
      level2: '数量指标',
      name: '文化惠民演出场次',
      definition: '年度内组织的公益性文艺演出场次。',
      formula: null,
      unit: '场',
      direction: '≥',
      usualValue: null,
      scoring: null,
      dataSource: '演出台账',
      sourceTitle: null,
      sourceUrl: null,
    };
    expect((await filler.post('/api/indicator-library/entries', body)).statusCode).toBe(403);
    const created = await finance.post('/api/indicator-library/entries', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ origin: 'manual', uses: 0 });
    expect((await finance.post('/api/indicator-library/entries', body)).statusCode).toBe(409);
    const bad = await finance.post('/api/indicator-library/entries', {
      ...body,
      name: '',
      direction: '大于',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/三级指标名称|指标方向/);
    const changed = await finance.put(`/api/indicator-library/entries/${id}`, { ...body, unit: '次' });
    expect(changed.json().unit).toBe('次');
    expect((await filler.get(`/api/indicator-library/entries/${id}`)).json().unit).toBe('次');
    expect((await finance.request('DELETE', `/api/indicator-library/entries/${id}`)).statusCode).toBe(204);
    expect((await filler.get(`/api/indicator-library/entries/${id}`)).statusCode).toBe(404);
  });

  it('keeps the library link on a form indicator and counts its use once the form is approved', async () => {
    const [entry] = (
      await filler.get(`/api/indicator-library/entries?q=${enc('培训人次')}&sector=${enc('共性')}`)
    ).json().items as LibraryEntry[];
    expect(entry!.name).toBe('培训人次');
    const form = sampleProject();
    form.indicators[0] = {
      ...form.indicators[0]!,
      name: entry!.name,
      target: parseIndicatorValue('≥200人次'),
      libraryId: entry!.id,
    };
    const saved = await filler.post('/api/forms', { form });
    expect(saved.statusCode).toBe(201);
    const formId = saved.json().meta.id as string;
    const read = await filler.get(`/api/forms/${formId}`);
    expect(read.json().form.indicators[0].libraryId).toBe(entry!.id);
    expect(read.json().form.indicators[1].libraryId).toBeUndefined(); // unlinked rows keep their JSON
    expect((await filler.get(`/api/indicator-library/entries/${entry!.id}`)).json().uses).toBe(0); // a draft
    await ctx.database.db.update(forms).set({ status: 'approved' }).where(eq(forms.id, formId));
    expect((await filler.get(`/api/indicator-library/entries/${entry!.id}`)).json().uses).toBe(1);
  });

  it('exports to .xlsx and imports it back unchanged; edits add and update; bad rows are named', async () => {
    const exported = await filler.get('/api/indicator-library/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const before = (await filler.get('/api/indicator-library/entries?limit=500')).json()
      .items as LibraryEntry[];
    const upload = (who: Session, file: Buffer) => {
      const { payload, ...headers } = multipart(file, 'lib.xlsx');
      return ctx.app.inject({
        method: 'POST',
        url: '/api/indicator-library/import',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...headers },
        payload,
      });
    };
    const same = await upload(finance, exported.rawPayload);
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual({ created: 0, updated: 0, unchanged: before.length });

    // A province's edit: one definition changed, one indicator added (columns found by header).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    ws.getRow(2).getCell(col('指标解释')).value = '本省口径：按省级验收办法认定的合格比例。';
    const added = ws.addRow([]);
    const set = (h: string, v: string) => (added.getCell(col(h)).value = v);
    set('行业/领域', '文化旅游');
    set('一级指标', '产出指标');
    set('二级指标', '数量指标');
    set('三级指标', '公共文化场馆免费开放天数');
    set('计量单位', '天');
    set('指标方向', '正向');
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(filler, edited)).statusCode).toBe(403);
    const res = await upload(finance, edited);
    expect(res.json()).toEqual({ created: 1, updated: 1, unchanged: before.length - 1 });
    const [found] = (
      await filler.get(`/api/indicator-library/entries?q=${enc('公共文化场馆免费开放天数')}&limit=1`)
    ).json().items as LibraryEntry[];
    expect(found).toMatchObject({ sector: '文化旅游', direction: '≥', unit: '天', origin: 'import' });

    // Rows with errors: nothing is imported, each error names its row.
    added.getCell(col('三级指标')).value = '';
    const again = ws.addRow([]);
    again.getCell(col('行业/领域')).value = '文化旅游';
    again.getCell(col('一级指标')).value = '产出指标';
    again.getCell(col('二级指标')).value = '数量指标';
    again.getCell(col('三级指标')).value = '图书馆借阅人次';
    again.getCell(col('指标方向')).value = '越多越好';
    const broken = await upload(finance, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(broken.statusCode).toBe(422);
    const errors = broken.json().errors as { row: number; message: string }[];
    expect(errors).toEqual([
      { row: added.number, message: expect.stringContaining('请填写三级指标名称') },
      { row: again.number, message: expect.stringContaining('指标方向') },
    ]);
    const garbage = await upload(finance, Buffer.from('not a workbook'));
    expect(garbage.statusCode).toBe(422);
  });
});
