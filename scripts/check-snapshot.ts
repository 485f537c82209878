// Every finding the checks give, as one JSON: the bench's generated forms (alone, as the documents bench checks
// them, and in batches of siblings) and every document of the corpus's development sets and the seeds, read and
// checked as the batch checker does (server/src/batch/check-task.ts). Taken before and after a change that must
// not move a finding (a speed-up): the two files must be identical.
//   node --import tsx scripts/check-snapshot.ts OUT.json
// The hold-out is never read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks, type Form } from '@jixiao/core';
import { importText } from '@jixiao/documents';
import { generateForms } from '../bench/generate-forms.ts';
import { loadTruth } from '../packages/documents/test/corpus/truth.ts';
import { checkDocument } from '../packages/server/src/batch/check-task.ts';

const corpus = resolve(fileURLToPath(import.meta.url), '../../packages/documents/test/corpus');
const SETS = ['docs', 'wide', 'formats', 'seeds'] as const;

const out = process.argv[2];
if (!out) throw new Error('usage: check-snapshot.ts OUT.json');

const snapshot: Record<string, unknown> = {};

// The documents bench: each generated form checked alone.
const alone = generateForms(2000, 15).flatMap((g) => importText(g.text)) as Form[];
snapshot['bench-alone'] = alone.map((f) => runChecks([f]));

// The batch bench's forms, checked ten to a batch so the cross-form rules read siblings.
const batched = generateForms(1000, 12, 7).flatMap((g) => importText(g.text)) as Form[];
const batches: unknown[] = [];
for (let i = 0; i < batched.length; i += 10) batches.push(runChecks(batched.slice(i, i + 10)));
snapshot['bench-batched'] = batches;

// The corpus, every file of each set's folder (the seeds' truth names its folder by `root`).
for (const set of SETS) {
  const dir = loadTruth(join(corpus, set)).dir;
  const files = readdirSync(dir)
    .filter((f) => f !== 'truth.json' && !f.endsWith('.md'))
    .sort();
  const docs: Record<string, unknown> = {};
  for (const file of files) {
    const data = new Uint8Array(readFileSync(join(dir, file)));
    const checked = await checkDocument({ data, name: file, keepText: false });
    docs[file] = { error: checked.error, findings: checked.findings };
  }
  snapshot[set] = docs;
}

writeFileSync(out, JSON.stringify(snapshot, null, 1));
const count = (v: unknown): number =>
  Array.isArray(v)
    ? v.reduce((n: number, x) => n + count(x), 0)
    : typeof v === 'object' && v && 'rule' in v
      ? 1
      : typeof v === 'object' && v
        ? Object.values(v).reduce((n: number, x) => n + count(x), 0)
        : 0;
console.log(`${out}: ${count(snapshot)} findings`);
