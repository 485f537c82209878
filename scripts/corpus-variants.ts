// Issue 12's robustness yardstick: renders every docs/ and wide/ form's truth as seeded template variants
// (packages/documents/test/corpus/variants.ts), imports each through importBuffer and scores it with the
// corpus scorer. Prints the variants that miss a field (with the choices that made them) and the pass rate.
// Usage: node --import tsx scripts/corpus-variants.ts [--seeds=N] [--from=K] [--all] [--write=DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBuffer } from '../packages/documents/src/index.ts';
import { scoreOutcome } from '../packages/documents/test/corpus/score.ts';
import { makeVariant, renderVariant, sourceForms } from '../packages/documents/test/corpus/variants.ts';

const arg = (name: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const seeds = arg('seeds', 8);
const from = arg('from', 0);
const all = process.argv.includes('--all');
const write = process.argv.find((a) => a.startsWith('--write='))?.split('=')[1];
let pass = 0;
let n = 0;
let right = 0;
let total = 0;
const missed = new Map<string, number>();
for (const src of sourceForms()) {
  for (let seed = from; seed < from + seeds; seed++) {
    const v = await renderVariant(makeVariant(src, seed));
    const res = scoreOutcome(v.truth, await importBuffer(v.data, v.file));
    n++;
    right += res.right;
    total += res.total;
    if (res.right === res.total) pass++;
    const bad = res.fields.filter((f) => !f.right);
    for (const f of bad)
      missed.set(f.field.replace(/\[.*\]/, '[]'), (missed.get(f.field.replace(/\[.*\]/, '[]')) ?? 0) + 1);
    if (bad.length > 0 || all) {
      const c = v.choices;
      console.log(
        `${v.id} ${v.file} ${res.right}/${res.total} ${c.format} kv${c.kv} ${c.yuan ? '元' : '万元'} ${c.targetStyle} ${c.header}${c.fullWidth ? ' full' : ''}${c.repeatMerged ? ' repeat' : ''}${c.budget === 'rows' ? ' budgetRows' : ''}${c.omitted.length > 0 ? ` no:${c.omitted.join(',')}` : ''} [${c.columns.join(',')}] ${res.error ?? ''}`,
      );
      console.log(`    labels: ${c.labels.join(' ')}`);
      for (const f of bad) console.log(`    ${f.field}: want ${f.expected}, got ${f.got ?? '—'}`);
      if (write) {
        mkdirSync(write, { recursive: true });
        writeFileSync(join(write, `${v.id.replace(/[/#@]/g, '_')}.${v.file.split('.').pop()}`), v.data);
      }
    }
  }
}
console.log(
  `\nmissed fields: ${[...missed]
    .sort((a, b) => b[1] - a[1])
    .map(([k, c]) => `${k} ${c}`)
    .join('; ')}`,
);
console.log(
  `variants passing: ${pass}/${n} (${((100 * pass) / n).toFixed(1)}%); fields right: ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`,
);
