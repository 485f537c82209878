import { readFileSync } from 'node:fs';
import { checkEvaluationDocument, checkForm, checkProseReport } from '@jixiao/core';
import { importRows, readDisclosure, readRows } from '/work/h-audit4/packages/documents/src/index.ts';
for (const path of process.argv.slice(2)) {
  const bytes = readFileSync(path);
  const { format, rows } = await readRows(bytes, path);
  const outcome = importRows(format, rows);
  let findings;
  if (!outcome.ok) {
    console.log(path, 'NOT OK', outcome.error.code);
    if (outcome.error.code !== 'unsupported-form') continue;
    findings = checkProseReport({ ...readDisclosure(rows, null).disclosure, formType: '文字报告', partial: true });
  } else findings = [...outcome.forms.flatMap((f) => checkForm(f, outcome.forms)), ...outcome.evaluations.flatMap((d) => checkEvaluationDocument(d))];
  console.log('==', path);
  for (const f of findings) if (f.severity !== 'info' || process.env.ALL) console.log(' ', f.severity, f.rule, f.message);
}
