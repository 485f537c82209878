// Uploaded originals in an S3-compatible store when one is configured: the bytes go to the store
// (signed requests, content-addressed keys), the row keeps the key, downloads read them back; an
// unavailable store refuses the upload with a 503 and leaves nothing half-saved.
import { readdirSync, readFileSync } from 'node:fs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { files } from '../db/schema.ts';
import { demoFolder } from '../demo/seed-demo.ts';
import { startTestS3, type TestS3 } from '../test-support/s3-server.ts';
import { createTestApp, TEST_REGION, type Session, type TestContext } from '../test-support/test-app.ts';
import { drivers } from '../test-support/test-database.ts';

function upload(ctx: TestContext, s: Session, fileName: string, data: Uint8Array) {
  const boundary = '----jixiaos3';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

describe.each(drivers)('S3 file storage on %s', (driver) => {
  let s3: TestS3;
  let ctx: TestContext;
  const seedName = readdirSync(demoFolder).find((f) => f.startsWith('004_'))!;
  const seed = readFileSync(demoFolder + seedName);
  beforeAll(async () => {
    s3 = await startTestS3('JIXIAOTESTKEY');
    ctx = await createTestApp(driver, {
      config: {
        s3: {
          endpoint: s3.endpoint,
          bucket: 'jixiao-files',
          region: 'cn-north-1',
          accessKeyId: 'JIXIAOTESTKEY',
          secretAccessKey: 'not-a-real-secret',
          prefix: 'city/files/',
        },
      },
    });
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    await s3?.close();
  });

  it('keeps the original in the store and serves it back', { timeout: 60_000 }, async () => {
    const s = await ctx.as('fillerA1');
    const res = await upload(ctx, s, seedName, seed);
    expect(res.statusCode, res.body).toBe(201);
    const preview = res.json();
    const [row] = await ctx.database.db.select().from(files);
    expect(row!.data).toBeNull();
    expect(row!.storageKey).toBe(`city/files/${row!.sha256}`);
    expect(Buffer.compare(s3.objects.get(`/jixiao-files/city/files/${row!.sha256}`)!, seed)).toBe(0);
    // Saving reads the file back from the store.
    const saved = await s.post(`/api/imports/${preview.fileId}/save`, {});
    expect(saved.statusCode, saved.body).toBe(201);
    const source = await s.get(`/api/forms/${saved.json().forms[0].id}/source`);
    expect(source.statusCode).toBe(200);
    expect(Buffer.compare(source.rawPayload, seed)).toBe(0);
  });

  it('refuses an upload while the store is unavailable, saving nothing', async () => {
    const s = await ctx.as('fillerA2');
    const before = (await ctx.database.db.select({ n: count() }).from(files))[0]!.n;
    s3.failWith = 503;
    try {
      const res = await upload(ctx, s, seedName, seed);
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('file-store-unavailable');
      expect(res.json().message).toMatch(/S3/);
    } finally {
      s3.failWith = null;
    }
    expect((await ctx.database.db.select({ n: count() }).from(files))[0]!.n).toBe(before);
  });

  it('says so when a file kept in the store is read by a server without the store', async () => {
    const withoutS3 = await createTestApp(driver);
    try {
      const s = await withoutS3.as('fillerA1');
      const [org] = [withoutS3.orgs.unitA1];
      await withoutS3.database.db.insert(files).values({
        regionCode: TEST_REGION,
        orgId: org,
        fileName: 'a.txt',
        size: 1,
        sha256: 'x',
        data: null,
        storageKey: 'city/files/x',
      });
      const [f] = await withoutS3.database.db.select().from(files);
      const res = await s.post(`/api/imports/${f!.id}/save`, {});
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('file-store-not-configured');
    } finally {
      await withoutS3.close();
    }
  });

  it('refuses a row with its bytes nowhere', async () => {
    await expect(
      ctx.database.db.insert(files).values({
        regionCode: TEST_REGION,
        orgId: ctx.orgs.unitA1,
        fileName: 'a.txt',
        size: 1,
        sha256: 'y',
        data: null,
      }),
    ).rejects.toThrow();
  });
});

describe('S3 configuration', () => {
  it('is all or nothing', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'bucket' })).toThrow(
      /S3_ACCESS_KEY_ID/,
    );
    const c = loadConfig({
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'bucket',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(c.s3).toMatchObject({ bucket: 'bucket', region: 'us-east-1', prefix: 'jixiao/files/' });
  });
});
