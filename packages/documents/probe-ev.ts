import { readFileSync } from 'node:fs';
import { importBuffer } from '@jixiao/documents';
const f = process.argv[2]!;
const o = await importBuffer(readFileSync(f), f);
if (!o.ok) console.log(o.error); else for (const x of o.evaluations) { console.log(JSON.stringify(x.goals)); if ('indicators' in x) for (const i of x.indicators) console.log('  ', i.level2, '|', i.name, '|', i.target.raw, '|', 'actual' in i ? (i as {actual:{raw:string}}).actual.raw : '', '|', (i as {weight?: string}).weight, (i as {score?: string}).score); }
