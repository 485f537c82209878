import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { checkEvaluationDocument, checkForm, checkProseReport } from '@jixiao/core';
import { importRows, readDisclosure, readRows } from '/work/h-audit/packages/documents/src/index.ts';
const DOCS = '/work/shared/corpus/docs/';
it('probe', async () => {
  for (const file of (process.env.FILES ?? '006_project.txt,021_selfeval.txt,025_selfeval.txt').split(',')) {
    const bytes = readFileSync(DOCS + file);
    const { format, rows } = await readRows(bytes, file);
    const outcome = importRows(format, rows);
    console.log('=====', file, format, outcome.ok ? 'ok' : JSON.stringify(outcome.error));
    if (!outcome.ok) {
      const d = readDisclosure(rows, null).disclosure;
      console.log(JSON.stringify(d, null, 1).slice(0, 3000));
      console.log(checkProseReport({ ...d, formType: '文字报告', partial: true }).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n'));
      continue;
    }
    if (process.env.DUMP) console.log(JSON.stringify({ forms: outcome.forms, evals: outcome.evaluations }, null, 1).slice(0, 12000));
    console.log([...outcome.forms.flatMap((f) => checkForm(f, outcome.forms)), ...outcome.evaluations.flatMap((d) => checkEvaluationDocument(d))].map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n'));
  }
});
