// A byte-for-byte record of what the importer reads, for work that must change speed and nothing else: every
// corpus document (each set but the hold-out, which is never opened), template variants of the docs/ and wide/
// truths in every text, .html, .xlsx and .docx layout the generator prints (not PDF: LibreOffice is slow), and
// the bench's generated text forms. Each outcome (forms, evaluations, sources, unknown labels, or the error) is
// written as one JSON; two runs' files are compared with `cmp`.
// With --shapes=S,T (shapes of SHAPES: joined, headColumn …) the variants printed in those whole shapes are added, seeds
// 0 to --shape-seeds=N (8 unless told), over the forms each fits: a change to one shape's reading shows there.
// Usage: node --import tsx scripts/import-snapshot.ts OUT.json [--seeds=N] [--shapes=S,T [--shape-seeds=N]]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importBuffer, importText } from '../packages/documents/src/index.ts';
import {
  COPIED_LAYOUTS,
  SHAPES,
  sourceForms,
  type NewLayout,
  type Shape,
} from '../packages/documents/test/corpus/variant-choices.ts';
import { makeVariant } from '../packages/documents/test/corpus/variants.ts';
import { renderVariants } from '../packages/documents/test/corpus/variant-render.ts';
import { shapeFits } from '../packages/documents/test/corpus/variant-spellings.ts';
import { generateForms } from '../bench/generate-forms.ts';

const out = process.argv[2];
if (out === undefined || out.startsWith('--'))
  throw new Error('usage: import-snapshot.ts OUT.json [--seeds=N]');
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const seeds = Number(option('seeds') ?? 3);
const shapes = (option('shapes')?.split(',') ?? []).filter((s) => s !== '');
for (const s of shapes)
  if (!(SHAPES as readonly string[]).includes(s))
    throw new Error(`--shapes: each one of ${SHAPES.join(', ')}`);
const shapeSeeds = Number(option('shape-seeds') ?? 8);

const corpus = resolve(import.meta.dirname, '../packages/documents/test/corpus');
const snapshot: Record<string, unknown> = {};

// Every file of every set folder, the truth files aside: a document the truth does not list is read too.
const sets = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'holdout' && existsSync(join(corpus, d.name, 'truth.json')))
  .map((d) => d.name)
  .sort();
for (const set of sets) {
  for (const file of readdirSync(join(corpus, set)).sort()) {
    if (file.endsWith('.json') || file.endsWith('.md')) continue;
    const data = new Uint8Array(readFileSync(join(corpus, set, file)));
    snapshot[`${set}/${file}`] = await importBuffer(data, file);
  }
}

// Variants: the generator's own formats, then each copied-text layout.
const layouts: Array<NewLayout | undefined> = [undefined, ...COPIED_LAYOUTS];
for (const layout of layouts) {
  const made = sourceForms().flatMap((src) =>
    Array.from({ length: seeds }, (_, k) => makeVariant(src, k, layout)),
  );
  for (const v of await renderVariants(made))
    snapshot[`variant/${layout ?? 'own'}/${v.id}`] = await importBuffer(v.data, v.file);
}

// Whole shapes asked for, in the generator's own formats.
for (const shape of shapes as Shape[]) {
  const made = sourceForms()
    .filter((src) => shapeFits(src, shape))
    .flatMap((src) => Array.from({ length: shapeSeeds }, (_, k) => makeVariant(src, k, undefined, shape)));
  for (const v of await renderVariants(made))
    snapshot[`variant/shape-${shape}/${v.id}`] = await importBuffer(v.data, v.file);
}

// The bench's forms (the text importer's steady load).
generateForms(300, 15).forEach((g, k) => (snapshot[`bench/${k}`] = importText(g.text)));

writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${Object.keys(snapshot).length} outcomes → ${out}`);
