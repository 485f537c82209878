// Import preview benchmark: a whole 部门预算公开 (seed 003, seven forms and their tables) uploaded through
// the API as a user does — read and recognised in the document worker pool, checked, stored, answered —
// against reading the same file's rows alone through the same pool, in the same run (aim < 1 s).
import { readFileSync } from 'node:fs';
import { createTestApp } from '../packages/server/src/test-support/test-app.ts';
import { documentPool } from '../packages/server/src/documents/document-pool.ts';
import type { BenchResult } from './result.ts';

const SEED_003 = new URL('../../shared/seeds/003_5e2bb870419bde72.txt', import.meta.url);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(opts: { quick: boolean }): Promise<BenchResult[]> {
  const data = readFileSync(SEED_003);
  const documents = documentPool({ threads: 1, timeoutMs: 600_000, warm: true });
  const ctx = await createTestApp('pglite', { documents });
  try {
    const session = await ctx.as('fillerA1');
    const boundary = '----jixiaobench';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="部门预算公开.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const preview = async () => {
      const t0 = performance.now();
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/imports',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
      if (res.statusCode !== 201)
        throw new Error(`preview answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      const forms = (res.json() as { forms: unknown[] }).forms.length;
      if (forms < 2) throw new Error(`seed 003 previewed as ${forms} forms`);
      return performance.now() - t0;
    };
    const rowsOnly = async () => {
      const t0 = performance.now();
      const read = await documents.readRows(data, '部门预算公开.txt');
      if (read.rows.length === 0) throw new Error('no rows');
      return performance.now() - t0;
    };
    // Warm: the worker has loaded its readers and both paths have run once.
    await preview();
    await rowsOnly();
    const previews: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < (opts.quick ? 5 : 20); i++) {
      reads.push(await rowsOnly());
      previews.push(await preview());
    }
    const p = median(previews);
    const r = median(reads);
    return [
      {
        name: 'imports.preview.disclosure-ms',
        value: Math.round(p),
        unit: 'ms',
        baseline: Math.round(r),
        ratio: Number((p / r).toFixed(3)),
        note: 'median preview of seed 003 (whole 部门预算公开) through the API and worker pool; baseline: reading its rows alone in the same pool; aim < 1000 ms',
      },
    ];
  } finally {
    await ctx.close();
  }
}
