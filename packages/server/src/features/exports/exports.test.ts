// Downloads: the 批复表 with the approved budget in .xlsx/.docx (read back), the 申报表 before approval,
// published forms for the public (CSV with formula cells neutralised), refusals for the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBuffer } from '@jixiao/documents';
import { createTestApp, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sampleProject } from '../../test-support/sample-forms.ts';
import { targetsCsv } from './csv.ts';

describe('csv', () => {
  it('writes one line per indicator after the header, with a BOM', () => {
    const csv = targetsCsv(sampleProject());
    expect(csv.startsWith('\ufeff期限,目标名称,一级指标')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + sampleProject().indicators.length);
  });
});

describe('exports', () => {
  let ctx: TestContext;
  let id = '';
  beforeAll(async () => {
    ctx = await createTestApp(drivers[0]!, { checkForm: () => [] });
    const filler = await ctx.as('fillerA1');
    const created = await filler.post('/api/forms', {
      form: sampleProject({ budget: { total: '200', current: '200', sources: [], history: null } }),
    });
    expect(created.statusCode).toBe(201);
    id = created.json().meta.id;
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const read = async (body: Buffer, name: string) => {
    const out = await importBuffer(new Uint8Array(body), name);
    if (!out.ok) throw new Error(out.error.message);
    return out.forms[0]!;
  };

  it('exports the 申报表 before approval and refuses unknown formats in Chinese', async () => {
    const filler = await ctx.as('fillerA1');
    const res = await filler.get(`/api/forms/${id}/export/xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('申报表.xlsx'));
    const form = await read(res.rawPayload, 'a.xlsx');
    expect(form.kind === 'project' && form.formType).toBe('申报表');
    const bad = await filler.get(`/api/forms/${id}/export/exe`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('下载格式须为');
  });

  it('exports the 批复表 with the approved budget once approved; the public gets it once published', async () => {
    const filler = await ctx.as('fillerA1');
    const reviewer = await ctx.as('reviewerA');
    const finance = await ctx.as('finance');
    expect((await filler.post(`/api/forms/${id}/submit`)).statusCode).toBe(200);
    expect((await reviewer.post(`/api/forms/${id}/review/pass`)).statusCode).toBe(200);
    const badDate = await finance.post(`/api/forms/${id}/approve`, { approvalNote: { date: '2026-02-30' } });
    expect(badDate.statusCode).toBe(400);
    const note = { number: '某财预〔2026〕12号', date: '2026-03-15', handler: '张三', head: '李四' };
    const approved = await finance.post(`/api/forms/${id}/approve`, {
      approvedBudget: { total: '180' },
      opinion: '同意。',
      approvalNote: note,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().approval).toMatchObject({
      number: note.number,
      approvedOn: note.date,
      opinion: '同意。',
    });

    const docx = await reviewer.get(`/api/forms/${id}/export/docx`);
    expect(docx.statusCode).toBe(200);
    const form = await read(docx.rawPayload, 'a.docx');
    expect(form.kind).toBe('project');
    if (form.kind === 'project') {
      expect(form.formType).toBe('批复表');
      expect(Number(form.budget.total)).toBe(180);
      // The 批复信息 finance entered is printed on the sheet and read back.
      expect(form.approval).toEqual({ ...note, opinion: '同意。' });
    }
    // another unit's filler may not download it
    expect((await (await ctx.as('fillerB1')).get(`/api/forms/${id}/export/xlsx`)).statusCode).toBe(404);
    // not public before publication
    const early = await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}/export/csv` });
    expect(early.statusCode).toBe(404);
    expect((await finance.post(`/api/forms/${id}/publish`)).statusCode).toBe(200);
    const csv = await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}/export/csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(sampleProject().indicators[0]!.name!);
    // the public gets no Word file (the published formats are xlsx, pdf and csv)
    const word = await ctx.app.inject({ method: 'GET', url: `/api/public/forms/${id}/export/docx` });
    expect(word.statusCode).toBe(400);
  });
});
