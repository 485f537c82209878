// CPU µs a form of text import, as bench/documents.bench.ts measures it: warm on 5,000 other forms, then a batch.
// Usage: node --import tsx bench/import-cpu.ts [count=4000] [reps=1]
import { importText } from '@jixiao/documents';
import { generateForms } from './generate-forms.ts';

const count = Number(process.argv[2] ?? 4000);
const reps = Number(process.argv[3] ?? 1);
const warm = generateForms(5000, 15, 7).map((g) => g.text);
for (const t of warm) importText(t);
const batch = generateForms(count, 15).map((g) => g.text);
const out: number[] = [];
for (let r = 0; r < reps; r++) {
  const c0 = process.cpuUsage();
  let n = 0;
  for (const t of batch) n += importText(t).length;
  const c = process.cpuUsage(c0);
  if (n !== count) throw new Error(`expected ${count}, got ${n}`);
  out.push(Number(((c.user + c.system) / count).toFixed(1)));
}
console.log(out.join(' '));
