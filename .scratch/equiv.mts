import { readdirSync, readFileSync } from 'node:fs';
import { importText, exportDocx } from '../packages/documents/src/index.ts';
import { readDocxRows as oldRead } from './old/read-docx.ts';
import { readDocxRows as newRead } from '../packages/documents/src/office/read-docx.ts';
import { isDeepStrictEqual } from 'node:util';
const texts: string[] = [];
for (const d of ['/work/shared/seeds', '/work/shared/corpus/docs']) for (const f of readdirSync(d)) if (f.endsWith('.txt')) texts.push(readFileSync(`${d}/${f}`, 'utf8'));
let n = 0, same = 0, rows = 0;
let tOld = 0, tNew = 0;
for (const t of texts) {
  let forms; try { forms = importText(t); } catch { continue; }
  for (const f of forms) {
    let d; try { d = await exportDocx(f); } catch (e) { console.log('export fail', (e as Error).message); continue; }
    n++;
    let a = performance.now(); const o = await oldRead(d); tOld += performance.now() - a;
    a = performance.now(); const r = await newRead(d); tNew += performance.now() - a;
    rows += r.length;
    if (isDeepStrictEqual(o, r)) same++; else { console.log('DIFF', JSON.stringify(o).slice(0, 300), '\n', JSON.stringify(r).slice(0, 300)); }
  }
}
console.log({ n, same, rows, tOld, tNew });
