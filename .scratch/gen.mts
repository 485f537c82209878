import { zipBomb } from '../packages/documents/src/office/test-files.ts';
let t = performance.now();
const b = zipBomb(120);
console.log('bomb', b.length, performance.now() - t);
