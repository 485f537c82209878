import { paragraphFlood, zipBomb, deepNesting } from '../packages/documents/src/office/test-files.ts';
import { importBuffer } from '../packages/documents/src/index.ts';
for (const mb of [3, 14]) { let t = performance.now(); const d = paragraphFlood(mb); console.log(mb, d.length, (performance.now() - t).toFixed(0));
t = performance.now(); console.log((await importBuffer(d, 'x.docx')), (performance.now() - t).toFixed(0)); }
let t = performance.now(); const b = zipBomb(150); console.log('bomb', b.length, (performance.now() - t).toFixed(0));
t = performance.now(); console.log((await importBuffer(b, 'x.docx')), (performance.now() - t).toFixed(0));
console.log((await importBuffer(deepNesting(200), 'x.docx')));
