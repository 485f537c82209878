import { zipBomb } from '../packages/documents/src/office/test-files.ts';
import { readDocxRows } from '../packages/documents/src/office/read-docx.ts';
const b = zipBomb(150);
for (let i = 0; i < 3; i++) {
const t = performance.now();
try { await readDocxRows(b); } catch (e) { console.log((e as Error).message); }
console.log('ms', performance.now() - t);
}
