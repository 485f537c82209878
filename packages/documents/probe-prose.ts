import { readFileSync } from 'node:fs';
import { checkProseReport } from '@jixiao/core';
import { readDisclosure, readRows } from '@jixiao/documents';
for (const f of process.argv.slice(2)) {
  const { rows } = await readRows(readFileSync(f), f);
  const d = { ...readDisclosure(rows, null).disclosure, formType: '文字报告', partial: true };
  console.log(f, d.sections.length, JSON.stringify(Object.fromEntries(Object.entries(d.figures).filter(([, v]) => v !== null))).slice(0, 300));
  for (const x of checkProseReport(d)) console.log('  ', x.severity, x.rule, x.message);
}
