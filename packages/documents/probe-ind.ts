import { readFileSync } from 'node:fs';
import { importBuffer } from '@jixiao/documents';
const f = process.argv[2]!;
const o = await importBuffer(readFileSync(f), f);
if (!o.ok) console.log(o.error); else for (const x of o.forms) if (x.kind !== 'disclosure') { console.log(x.name, JSON.stringify((x as {budget?: unknown}).budget), JSON.stringify(x.goals)); for (const i of x.indicators) console.log('  ', i.term, i.level1, i.level2, i.name, i.target.raw ?? i.target.kind, i.weight); }
