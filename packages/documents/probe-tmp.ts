import { readFileSync, readdirSync } from 'node:fs';
import { checkEvaluationDocument, checkForm } from '@jixiao/core';
import { importBuffer } from '@jixiao/documents';
const dir = '/work/shared/corpus/docs/';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (only && !f.startsWith(only)) continue;
  const o = await importBuffer(readFileSync(dir + f), f);
  if (!o.ok) { console.log(`${f}: REFUSED ${o.error.code} ${o.error.message.slice(0, 40)}`); continue; }
  const fs = [...o.forms.flatMap((x) => checkForm(x, o.forms)), ...o.evaluations.flatMap((d) => checkEvaluationDocument(d))];
  const kinds = [...o.forms.map((x) => x.kind), ...o.evaluations.map((e) => e.kind)].join(',');
  console.log(`${f}: [${kinds}] E${fs.filter((x) => x.severity === 'error').length} W${fs.filter((x) => x.severity === 'warning').length}`);
  for (const x of fs) if (x.severity !== 'info' || process.env.ALL) console.log(`   ${x.severity} ${x.rule} ${x.path} ${x.message.slice(0, 150)}`);
}
