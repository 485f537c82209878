import { paragraphFlood, deepNesting } from '../packages/documents/src/office/test-files.ts';
import { readDocxRows } from '../packages/documents/src/office/read-docx.ts';
import { readRows, importBuffer } from '../packages/documents/src/index.ts';
for (const mb of [3, 14]) {
  let t = performance.now();
  const d = paragraphFlood(mb);
  console.log('gen', mb, d.length, (performance.now() - t).toFixed(0));
  t = performance.now();
  const m0 = process.memoryUsage().rss;
  console.log(await importBuffer(d, 'x.docx'), (performance.now() - t).toFixed(0), 'ms', ((process.memoryUsage().rss - m0) / 1e6).toFixed(0), 'MB');
  const all = await readDocxRows(d, { maxRows: 1e9, maxElements: 1e9 }).catch((e) => e.message);
  console.log('unbounded rows', Array.isArray(all) ? all.length : all, (performance.now() - t).toFixed(0));
}
const deep = deepNesting(100000);
console.log(await importBuffer(deep, 'x.docx'));
