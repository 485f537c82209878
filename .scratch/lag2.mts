import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { paragraphFlood } from '../packages/documents/src/office/test-files.ts';
import { createTestApp } from '../packages/server/src/test-support/test-app.ts';
import { documentPool } from '../packages/server/src/documents/document-pool.ts';
const T0 = performance.now();
import { PerformanceObserver } from 'node:perf_hooks';
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.duration > 20) log('gc', (e as any).detail?.kind, e.duration.toFixed(0)); }).observe({ entryTypes: ['gc'] });
const log = (...a: unknown[]) => console.log((performance.now() - T0).toFixed(0).padStart(6), ...a);
const pool = documentPool({ threads: 2, timeoutMs: 60000 });
const reader = {
  importBuffer: async (d: Uint8Array, n: string) => { log('reader called', d.length); const t = performance.now(); const p = pool.importBuffer(d, n); log('sync part', (performance.now() - t).toFixed(0)); const r = await p; log('reader done'); return r; },
  readRows: pool.readRows, close: pool.close,
};
const ctx = await createTestApp('pglite', { checkForm: () => [], documents: reader as never });
await ctx.app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
const s = await ctx.as('fillerA1');
writeFileSync('/tmp/hh-flood.docx', paragraphFlood(14));
writeFileSync('/tmp/hh-small.txt', 'x');
const curl = (f: string) => promisify(execFile)('curl', ['-s', '-o', '/dev/null', '-H', `cookie: ${s.cookie}`, '-H', `x-csrf-token: ${s.csrfToken}`, '-F', `file=@${f}`, `${base}/api/imports`]);
await curl('/tmp/hh-small.txt');
let last = performance.now();
const t = setInterval(() => { const now = performance.now(); if (now - last > 45) log('lag', (now - last).toFixed(0)); last = now; }, 5);
for (let i = 0; i < 3; i++) { log('curl start'); await curl('/tmp/hh-flood.docx'); log('curl end'); await new Promise((r) => setTimeout(r, 500)); }
clearInterval(t);
await ctx.close(); await pool.close();
