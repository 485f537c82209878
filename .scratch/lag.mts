import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { paragraphFlood } from '../packages/documents/src/office/test-files.ts';
import { createTestApp } from '../packages/server/src/test-support/test-app.ts';
const stub = process.argv[2] === 'stub';
const clone = process.argv[2] === 'clone';
const ctx = await createTestApp('pglite', { checkForm: () => [], ...(stub || clone ? { documents: { importBuffer: async (d: Uint8Array) => { if (clone) structuredClone(d); return { ok: false, format: null, error: { code: 'empty-file', message: 'x' } }; }, readRows: async () => { throw new Error('x'); }, close: async () => {} } as never } : {}) });
await ctx.app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
const s = await ctx.as('fillerA1');
const data = paragraphFlood(14);
writeFileSync('/tmp/hh-flood.docx', data);
async function lagDuring(work: () => Promise<unknown>) {
  let last = performance.now(); let max = 0;
  const t = setInterval(() => { const now = performance.now(); max = Math.max(max, now - last - 5); last = now; }, 5);
  const t0 = performance.now();
  await work();
  clearInterval(t);
  return { max: max.toFixed(0), total: (performance.now() - t0).toFixed(0) };
}
// warm the pool
const warm = new FormData(); warm.append('file', new Blob([new Uint8Array([1,2,3])]), 'a.txt');
await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken }, body: warm });
for (let i = 0; i < 2; i++) {
  if (false) console.log('fetch in-process', await lagDuring(async () => {
    const f = new FormData(); f.append('file', new Blob([data]), 'f.docx');
    const r = await fetch(`${base}/api/imports`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken }, body: f });
    await r.text();
  }));
  console.log('curl', await lagDuring(() => promisify(execFile)('curl', ['-s', '-o', '/dev/null', '-H', `cookie: ${s.cookie}`, '-H', `x-csrf-token: ${s.csrfToken}`, '-F', 'file=@/tmp/hh-flood.docx', `${base}/api/imports`])));
  console.log('blob only', await lagDuring(async () => { const f = new FormData(); f.append('file', new Blob([data]), 'f.docx'); await new Response(f).arrayBuffer(); }));
}
await ctx.close();
