// 检查报告 through the API: finance uploads a .zip (holding a corrupt file) and a loose file; the batch runs
// in the background and its progress is read until it is done; the report lists every document (the
// corrupt one with its reason), every finding with its place, the document's read text at that place,
// the .xlsx export (read back), the batches of a year; and who may see it.
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBatches } from '../../db/schema.ts';
import { createOrg } from '../orgs/orgs.service.ts';
import { createUser } from '../users/users.service.ts';
import { generatePassword } from '../auth/password.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { batchFiles, FAULTY_UNIT, SOUND_UNIT, zipFiles } from '../../test-support/batch-fixtures.ts';
import type {
  BatchDocumentText as DocumentText,
  BatchReport as BatchReportView,
  BatchSummary,
} from '@jixiao/core/contracts';

function multipart(files: Array<[string, Uint8Array]>) {
  const boundary = '----jixiaobatch';
  const parts = files.flatMap(([name, data]) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(data),
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function upload(ctx: TestContext, s: Session, year: number, files: Array<[string, Uint8Array]>) {
  const m = multipart(files);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/check-batches?year=${year}`,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': m.contentType },
    payload: m.payload,
  });
}

/** Reads the batch until it is no longer running (a state, not a time). */
async function untilDone(s: Session, id: string): Promise<BatchReportView> {
  for (;;) {
    const res = await s.get(`/api/check-batches/${id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json() as BatchReportView;
    expect(view.done).toBeLessThanOrEqual(view.total);
    if (view.status !== 'running') return view;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(drivers)('检查报告 on %s', (driver) => {
  let ctx: TestContext;
  let finance: Session;
  let batch: BatchReportView;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { config: { importWorkers: 1 } });
    finance = await ctx.as('finance');
    const f = await batchFiles();
    const zip = zipFiles({
      '一区/sound.docx': f['sound.docx'],
      '一区/corrupt.docx': f['corrupt.docx'],
      'faulty.html': f['faulty.html'],
    });
    const res = await upload(ctx, finance, 2025, [
      ['区县.zip', zip],
      ['faulty.xlsx', f['faulty.xlsx']],
    ]);
    expect(res.statusCode).toBe(202);
    const started = res.json() as BatchSummary;
    expect(started).toMatchObject({ year: 2025, total: 4, title: '区县.zip 等 2 个上传' });
    expect(['running', 'done']).toContain(started.status);
    batch = await untilDone(finance, started.id);
  }, 180_000);
  afterAll(async () => ctx?.close());

  it('checks every document; the corrupt one is a row with its reason, the rest go on', () => {
    expect(batch).toMatchObject({ status: 'done', total: 4, done: 4, failed: 1 });
    const byName = new Map(batch.documents.map((d) => [d.name, d]));
    expect([...byName.keys()].sort()).toEqual(
      [
        'faulty.xlsx',
        '区县.zip/faulty.html',
        '区县.zip/一区/corrupt.docx',
        '区县.zip/一区/sound.docx',
      ].sort(),
    );
    expect(byName.get('区县.zip/一区/corrupt.docx')?.error?.code).toBe('corrupt-archive');
    expect(byName.get('区县.zip/一区/sound.docx')).toMatchObject({
      unit: SOUND_UNIT,
      error: null,
      counts: { error: 0 },
    });
    expect(byName.get('faulty.xlsx')).toMatchObject({ unit: FAULTY_UNIT, error: null });
    expect(byName.get('faulty.xlsx')!.counts.error).toBeGreaterThan(0);
    // The batch's counts are the sum of its documents'.
    expect(batch.counts.error).toBe(batch.documents.reduce((n, d) => n + d.counts.error, 0));
    expect(batch.findings).toHaveLength(
      batch.documents.reduce((n, d) => n + d.counts.error + d.counts.warning + d.counts.info, 0),
    );
  });

  it("opens a finding in its document's read text at its place", async () => {
    const doc = batch.documents.find((d) => d.name === 'faulty.xlsx')!;
    const finding = batch.findings.find((f) => f.documentId === doc.id && f.rule === 'R-SUM-01')!;
    expect(finding.message).toContain('150');
    expect(finding.place).toMatchObject({ source: '乙项目', column: 1, text: '200.00' });
    const res = await finance.get(`/api/check-batches/${batch.id}/documents/${doc.id}`);
    expect(res.statusCode).toBe(200);
    const text = res.json() as DocumentText;
    expect(text.findings.map((f) => f.id)).toContain(finding.id);
    const row = text.rows.find((r) => r.line === finding.place!.line && r.source === finding.place!.source)!;
    expect(row.cells[finding.place!.column!]).toBe('200.00');
  });

  it('exports the report as .xlsx, the worst document first', async () => {
    const res = await finance.get(`/api/check-batches/${batch.id}/report.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      res.rawPayload.buffer.slice(
        res.rawPayload.byteOffset,
        res.rawPayload.byteOffset + res.rawPayload.byteLength,
      ) as ArrayBuffer,
    );
    const names: unknown[] = [];
    wb.getWorksheet('文件')!.eachRow((r, i) => i > 1 && names.push(r.getCell(1).value));
    expect(names).toHaveLength(4);
    expect(names.at(-1)).toBe('区县.zip/一区/sound.docx');
    const rules: unknown[] = [];
    wb.getWorksheet('审核发现')!.eachRow((r, i) => i > 1 && rules.push(r.getCell(5).value));
    expect(rules).toContain('R-SUM-01');
  });

  it('keeps batches by year', async () => {
    const y2025 = (await finance.get('/api/check-batches?year=2025')).json().items as BatchSummary[];
    expect(y2025.map((b) => b.id)).toContain(batch.id);
    expect((await finance.get('/api/check-batches?year=2024')).json().items).toEqual([]);
  });

  it("is finance's, of the region that ran it: other roles and another region's finance are refused", async () => {
    for (const who of ['fillerA1', 'reviewerA', 'admin'] as const) {
      const s = await ctx.as(who);
      expect((await s.get(`/api/check-batches/${batch.id}`)).statusCode).toBe(403);
      expect((await upload(ctx, s, 2025, [['a.txt', new Uint8Array([0x61])]])).statusCode).toBe(403);
    }
    // A district's 财政局 under the city's: it sees its own batches, not the city's; the city sees both.
    const system = { actor: null, ip: null };
    const password = generatePassword();
    await ctx.database.db.transaction(async (tx) => {
      const district = await createOrg(tx, system, {
        name: '某区财政局',
        kind: 'finance',
        parentId: ctx.orgs.root,
      });
      await createUser(tx, system, {
        username: 'finance-district',
        role: 'finance',
        orgId: district.id,
        password,
      });
    });
    const district = await ctx.login('finance-district', password);
    expect((await district.get(`/api/check-batches/${batch.id}`)).statusCode).toBe(404);
    expect((await district.get(`/api/check-batches/${batch.id}/report.xlsx`)).statusCode).toBe(404);
    const doc = batch.documents[0]!;
    expect((await district.get(`/api/check-batches/${batch.id}/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await district.get('/api/check-batches?year=2025')).json().items).toEqual([]);
    const own = await upload(ctx, district, 2025, [['a.txt', new TextEncoder().encode('不是表单')]]);
    expect(own.statusCode).toBe(202);
    const ownBatch = await untilDone(district, (own.json() as BatchSummary).id);
    expect(ownBatch.documents[0]?.error?.code).toBe('no-form-found');
    const cityList = (await finance.get('/api/check-batches?year=2025')).json().items as BatchSummary[];
    expect(cityList.map((b) => b.id)).toEqual(expect.arrayContaining([batch.id, ownBatch.id]));
  });

  it('refuses an upload without a file, with a Chinese reason', async () => {
    const res = await upload(ctx, finance, 2025, []);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'no-file' });
    expect(res.json().message).toMatch(/上传/);
  });
});

describe.each(drivers)('检查报告 when the server stops on %s', (driver) => {
  it('marks a batch still running as failed (中断), never leaves it running', async () => {
    const ctx = await createTestApp(driver, { config: { importWorkers: 1 } });
    try {
      const finance = await ctx.as('finance');
      const f = await batchFiles();
      // More documents than a worker checks in the moment between the answer and the stop.
      const files: Array<[string, Uint8Array]> = Array.from({ length: 200 }, (_, i) => [
        `${i}.docx`,
        f['sound.docx'],
      ]);
      const res = await upload(ctx, finance, 2025, files);
      expect(res.statusCode).toBe(202);
      const { id } = res.json() as BatchSummary;
      await ctx.app.close();
      const [row] = await ctx.database.db.select().from(checkBatches).where(eq(checkBatches.id, id));
      expect(row!.status).toBe('failed');
      expect(row!.finishedAt).not.toBeNull();
      expect(row!.done).toBeLessThan(200);
    } finally {
      await ctx.database.close();
    }
  }, 120_000);
});
