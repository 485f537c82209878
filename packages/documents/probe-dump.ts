import { readFileSync } from 'node:fs';
import { importBuffer } from '@jixiao/documents';
const f = process.argv[2]!;
const o = await importBuffer(readFileSync(f), f);
if (!o.ok) console.log(o.error); else for (const x of o.forms) console.log(JSON.stringify(x.kind === 'disclosure' ? { ...x, sections: x.sections.map((s) => ({ title: s.title, text: s.text.slice(0, 3000) })) } : x, null, 1).slice(0, 6000));
