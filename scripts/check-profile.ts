// The checks alone, to profile: warms up on 1,000 generated forms, then checks 5,000 others as the documents
// bench does (each form alone) and prints the time.
//   node --cpu-prof --cpu-prof-interval=100 --import tsx scripts/check-profile.ts
import { runChecks, type Form } from '@jixiao/core';
import { importText } from '@jixiao/documents';
import { generateForms } from '../bench/generate-forms.ts';

const read = (n: number, seed: number): Form[] =>
  generateForms(n, 15, seed).flatMap((g) => importText(g.text)) as Form[];
const warm = read(1000, 7);
for (const f of warm) runChecks([f]);
const forms = read(5000, 42).map((f) => JSON.parse(JSON.stringify(f)) as Form);
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const f of forms) runChecks([f]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
console.log(
  `${forms.length} forms: ${ms.toFixed(0)} ms, ${((cpu.user + cpu.system) / forms.length).toFixed(1)} µs CPU a form`,
);
