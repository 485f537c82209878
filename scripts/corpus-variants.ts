// Issue 12's robustness yardstick: renders every docs/ and wide/ form's truth as seeded template variants
// (packages/documents/test/corpus/variants.ts), imports each through importBuffer and scores it with the
// corpus scorer. Prints the variants that miss a field (with the choices that made them) and the pass rate.
// With --layout=L (one of NEW_LAYOUTS: pdf, cells, lines, padded, markdown …) every variant is printed in that layout
// instead; --layouts measures each new layout in turn and ends with a line per layout (PDFs need soffice).
// With --shape=S (one of SHAPES: untitled, headColumn, joined, scoring) every variant is printed in that whole shape of
// a form (with --layout=L as well, in that layout where the shape allows); --shapes measures each shape in turn, over
// the forms it fits (scoring: the 自评表 with weights).
// Usage: node --import tsx scripts/corpus-variants.ts [--seeds=N] [--from=K] [--all] [--write=DIR] [--layout=L | --layouts] [--shape=S | --shapes] [--quiet] [--pdf-dir=DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBuffer } from '../packages/documents/src/index.ts';
import { scoreOutcome } from '../packages/documents/test/corpus/score.ts';
import { makeVariant } from '../packages/documents/test/corpus/variants.ts';
import {
  NEW_LAYOUTS,
  SHAPES,
  sourceForms,
  type NewLayout,
  type Shape,
} from '../packages/documents/test/corpus/variant-choices.ts';
import { renderVariants } from '../packages/documents/test/corpus/variant-render.ts';
import { shapeFits } from '../packages/documents/test/corpus/variant-spellings.ts';

const arg = (name: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const seeds = arg('seeds', 8);
const from = arg('from', 0);
const all = process.argv.includes('--all');
const quiet = process.argv.includes('--quiet');
const write = process.argv.find((a) => a.startsWith('--write='))?.split('=')[1];
// A folder outside the repository where converted PDFs are kept between runs (LibreOffice is slow).
const pdfDir = process.argv.find((a) => a.startsWith('--pdf-dir='))?.split('=')[1];
const one = process.argv.find((a) => a.startsWith('--layout='))?.split('=')[1];
if (one !== undefined && !(NEW_LAYOUTS as readonly string[]).includes(one))
  throw new Error(`--layout: one of ${NEW_LAYOUTS.join(', ')}`);
const oneShape = process.argv.find((a) => a.startsWith('--shape='))?.split('=')[1];
if (oneShape !== undefined && !(SHAPES as readonly string[]).includes(oneShape))
  throw new Error(`--shape: one of ${SHAPES.join(', ')}`);
const shapes: Array<Shape | undefined> = process.argv.includes('--shapes')
  ? [...SHAPES]
  : [oneShape as Shape | undefined];
const layouts: Array<[NewLayout | undefined, Shape | undefined]> = (
  process.argv.includes('--layouts') ? [...NEW_LAYOUTS] : [one as NewLayout | undefined]
).flatMap((l) => shapes.map((s): [NewLayout | undefined, Shape | undefined] => [l, s]));

const summary: string[] = [];
for (const [layout, shape] of layouts) {
  let pass = 0;
  let n = 0;
  let right = 0;
  let total = 0;
  const missed = new Map<string, number>();
  const made = sourceForms()
    .filter((src) => shape === undefined || shapeFits(src, shape))
    .flatMap((src) => Array.from({ length: seeds }, (_, k) => makeVariant(src, from + k, layout, shape)));
  for (const v of await renderVariants(made, pdfDir)) {
    const res = scoreOutcome(v.truth, await importBuffer(v.data, v.file));
    n++;
    right += res.right;
    total += res.total;
    if (res.right === res.total) pass++;
    const bad = res.fields.filter((f) => !f.right);
    for (const f of bad)
      missed.set(f.field.replace(/\[.*\]/, '[]'), (missed.get(f.field.replace(/\[.*\]/, '[]')) ?? 0) + 1);
    if ((bad.length > 0 && !quiet) || all) {
      const c = v.choices;
      console.log(
        `${v.id} ${v.file} ${res.right}/${res.total} ${c.format}${c.pdfFrom ? `<${c.pdfFrom}` : ''}${c.pdfPage ? `+${c.pdfPage.join('+')}` : ''}${c.shape ? ` ${c.shape}${c.shapeStyle ? `:${c.shapeStyle}` : ''}` : ''} kv${c.kv} ${c.yuan ? '元' : '万元'} ${c.targetStyle} ${c.header}${c.fullWidth ? ' full' : ''}${c.repeatMerged ? ' repeat' : ''}${c.budget === 'rows' ? ' budgetRows' : ''}${c.omitted.length > 0 ? ` no:${c.omitted.join(',')}` : ''} [${c.columns.join(',')}] ${res.error ?? ''}`,
      );
      console.log(`    labels: ${c.labels.join(' ')}`);
      for (const f of bad) console.log(`    ${f.field}: want ${f.expected}, got ${f.got ?? '—'}`);
    }
    if (write && (bad.length > 0 || all)) {
      mkdirSync(write, { recursive: true });
      writeFileSync(
        join(
          write,
          `${v.id.replace(/[/#@]/g, '_')}.${layout ?? ''}${shape ? `.${shape}` : ''}.${v.file.split('.').pop()}`,
        ),
        v.data,
      );
    }
  }
  const line = `${[layout ?? (shape ? '' : 'generator formats'), shape ?? ''].filter((x) => x !== '').join(' ')}: variants passing ${pass}/${n} (${((100 * pass) / n).toFixed(1)}%); fields right ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`;
  console.log(
    `\nmissed fields: ${[...missed]
      .sort((a, b) => b[1] - a[1])
      .map(([k, c]) => `${k} ${c}`)
      .join('; ')}`,
  );
  console.log(line);
  summary.push(line);
}
if (summary.length > 1) console.log(`\n${summary.join('\n')}`);
