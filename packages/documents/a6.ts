import { readFileSync } from 'node:fs';
import { checkEvaluationDocument } from '@jixiao/core';
import { importRows, readRows } from './src/index.ts';
for (const file of process.argv.slice(2)) {
const bytes = readFileSync('test/corpus/wide/' + file);
const { format, rows } = await readRows(bytes, file);
const o = importRows(format, rows);
if (!o.ok) { console.log(file, o.error.code); continue; }
for (const d of o.evaluations) { console.log(file, JSON.stringify(d.rows?.length));
 for (const f of checkEvaluationDocument(d)) console.log(' ', f.severity, f.rule, f.message); }
}
