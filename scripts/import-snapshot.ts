// A byte-for-byte record of what the importer reads, for work that must change speed and nothing else: every
// corpus document (each set but the hold-out, which is never opened), template variants of the docs/ and wide/
// truths in every text, .html, .xlsx and .docx layout the generator prints (not PDF: LibreOffice is slow), and
// the bench's generated text forms. Each outcome (forms, evaluations, sources, unknown labels, or the error) is
// written as one JSON; two runs' files are compared with `cmp`.
// Usage: node --import tsx scripts/import-snapshot.ts OUT.json [--seeds=N]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importBuffer, importText } from '../packages/documents/src/index.ts';
import {
  COPIED_LAYOUTS,
  makeVariant,
  renderVariants,
  sourceForms,
  type NewLayout,
} from '../packages/documents/test/corpus/variants.ts';
import { generateForms } from '../bench/generate-forms.ts';

const out = process.argv[2];
if (out === undefined || out.startsWith('--'))
  throw new Error('usage: import-snapshot.ts OUT.json [--seeds=N]');
const seeds = Number(process.argv.find((a) => a.startsWith('--seeds='))?.split('=')[1] ?? 3);

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

// The bench's forms (the text importer's steady load).
generateForms(300, 15).forEach((g, k) => (snapshot[`bench/${k}`] = importText(g.text)));

writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${Object.keys(snapshot).length} outcomes → ${out}`);
