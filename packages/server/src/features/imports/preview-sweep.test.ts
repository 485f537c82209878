// Upload previews expire: an upload never saved is deleted once older than PREVIEW_HOURS (the sweep runs on
// start and every hour, with an injected clock here); an upload saved as forms stays as their source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { queryRows } from '../../db/client.ts';
import { createTestApp, type Session, type TestContext } from '../../test-support/test-app.ts';
import { drivers } from '../../test-support/test-database.ts';
import { sweepPreviews } from './preview-sweep.ts';

const TEXT = new TextEncoder().encode(
  '项目支出绩效目标申报表\n项目名称\t预览测试项目\n年度绩效目标\t完成建设\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t建设数量\t≥1个\n',
);

function multipart(data: Uint8Array) {
  const boundary = '----jxsweep';
  return {
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from(data),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe.each(drivers)('upload previews expire on %s', (driver) => {
  let ctx: TestContext;
  let filler: Session;
  const hour = 3600_000;
  beforeAll(async () => {
    ctx = await createTestApp(driver, { checkForm: () => [] });
    filler = await ctx.as('fillerA1');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  const upload = async () => {
    const m = multipart(TEXT);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: filler.cookie, 'x-csrf-token': filler.csrfToken, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().fileId as string;
  };
  const fileIds = async () =>
    (await queryRows<{ id: string }>(ctx.database.db, sql`select id from files order by created_at`)).map(
      (r) => r.id,
    );

  it('deletes an unsaved preview after PREVIEW_HOURS and keeps the source of saved forms', async () => {
    const saved = await upload();
    expect((await filler.post(`/api/imports/${saved}/save`, {})).statusCode).toBe(201);
    const unsaved = await upload();
    const now = Date.now();
    const maxAge = testConfig().previewHours * hour;
    expect(maxAge).toBe(24 * hour);
    expect(await sweepPreviews(ctx.database.db, new Date(now + maxAge - hour), maxAge)).toBe(0);
    expect(await fileIds()).toEqual(expect.arrayContaining([saved, unsaved]));
    expect(await sweepPreviews(ctx.database.db, new Date(now + maxAge + hour), maxAge)).toBe(1);
    expect(await fileIds()).toContain(saved);
    expect(await fileIds()).not.toContain(unsaved);
    const late = await filler.post(`/api/imports/${unsaved}/save`, {});
    expect([late.statusCode, late.json().code]).toEqual([404, 'upload-not-found']);
  });

  it('sweeps on start: an app started two days later finds the old previews gone', async () => {
    const old = await upload();
    const later = await buildApp({
      config: testConfig(),
      database: ctx.database,
      clock: () => new Date(Date.now() + 48 * hour),
    });
    try {
      await later.ready();
      expect(await fileIds()).not.toContain(old);
    } finally {
      await later.close();
    }
  });
});
