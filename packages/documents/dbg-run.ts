import { readFileSync } from 'node:fs';
import { importBuffer } from '/work/h-selfeval/packages/documents/src/index.ts';
const file = process.argv[2]!;
let text = readFileSync(file, 'utf8');
if (process.argv[3] === 'pipe') text = text.split('\n').map((l) => (l.includes('|') ? l.split('|').map((c) => c.trim()).join('\t') : l)).join('\n');
const out = await importBuffer(new TextEncoder().encode(text), file);
console.log(JSON.stringify(out.ok ? { forms: out.forms, evaluations: out.evaluations } : out, (k, v) => (k === 'target' || k === 'actual' || k === 'actualToDate' || k === 'expectedFullYear') && v ? v.raw : v, 1));
