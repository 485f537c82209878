import { zipBomb } from '../packages/documents/src/office/test-files.ts';
import { SafeZip } from '../packages/documents/src/office/safe-zip.ts';
import { Parser } from 'htmlparser2';
const b = zipBomb(150);
for (let i = 0; i < 2; i++) {
let t = performance.now();
try { new SafeZip(b).read('word/document.xml'); } catch (e) { }
console.log('inflate ms', performance.now() - t);
t = performance.now();
let n = 0;
try { new SafeZip(b).streamText('word/document.xml', (s) => { n += s.length; }); } catch (e) { }
console.log('inflate+decode ms', performance.now() - t, n);
t = performance.now();
const p = new Parser({}, { xmlMode: true });
try { new SafeZip(b).streamText('word/document.xml', (s) => { p.write(s); }); } catch (e) { }
console.log('inflate+decode+parse ms', performance.now() - t, n);
}
