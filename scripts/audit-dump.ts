// Prints the findings the batch check gives for corpus documents (as audit-unseen.test.ts computes them), to read
// a first run by hand: node --import tsx scripts/audit-dump.ts FILE…
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkEvaluationDocument, checkForm, checkProseReport, type Finding } from '@jixiao/core';
import { importRows, readDisclosure, readRows } from '../packages/documents/src/index.ts';

async function audit(path: string): Promise<{ how: string; findings: Finding[] }> {
  const bytes = readFileSync(path);
  const { format, rows } = await readRows(bytes, basename(path));
  const outcome = importRows(format, rows);
  if (!outcome.ok) {
    if (outcome.error.code !== 'unsupported-form')
      return { how: `not read: ${outcome.error.code}`, findings: [] };
    const d = readDisclosure(rows, null).disclosure;
    return {
      how: `prose (${JSON.stringify(d).slice(0, 600)})`,
      findings: checkProseReport({ ...d, formType: '文字报告', partial: true }),
    };
  }
  const shown = outcome.forms
    .filter((f) => f.formType === '部门预算公开')
    .map((f) => JSON.stringify((f as { figures?: unknown }).figures ?? f).slice(0, 1500));
  return {
    how: `${shown.join(' ')} forms: ${outcome.forms.map((f) => f.formType).join(', ')}; evaluations: ${outcome.evaluations.length}`,
    findings: [
      ...outcome.forms.flatMap((f) => checkForm(f, outcome.forms)),
      ...outcome.evaluations.flatMap((d) => checkEvaluationDocument(d)),
    ],
  };
}

for (const path of process.argv.slice(2)) {
  const { how, findings } = await audit(path);
  console.log(`== ${basename(path)}: ${how}`);
  for (const f of findings) console.log(`  ${f.severity} ${f.rule} ${f.message}`);
}
