// Scores the reading corpus: per document its kind, province, fields right / total and the fields missed;
// then the share right per set, per kind and per province. The hold-out set is reported on its own, as
// totals only: its documents and the fields they miss are never printed, so nobody tunes the reader to them.
// Usage: node --import tsx scripts/corpus-score.ts [--json] [--all-fields] [DIR…]   (DIR: a folder with truth.json)
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  percent,
  scoreSet,
  tally,
  type DocResult,
  type Tally,
} from '../packages/documents/test/corpus/score.ts';
import { loadTruth } from '../packages/documents/test/corpus/truth.ts';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/documents/test/corpus');
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--all-fields');
const given = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
const dirs =
  given.length > 0
    ? given
    : readdirSync(corpus, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'truth.json')))
        .map((d) => join(corpus, d.name));

const results: DocResult[] = [];
/** The development sets: the hold-out is never tuned to and the seeds are a gate of their own. */
const isDev = (r: DocResult) => r.set !== 'holdout' && r.set !== 'seeds';
for (const dir of dirs) results.push(...(await scoreSet(loadTruth(dir))));

/** Pads to a display width: a CJK character takes two columns. */
const pad = (s: string, n: number) =>
  s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u2e80-\uffef]/u.test(c) ? 2 : 1), 0)));
const row = (label: string, t: Tally) =>
  `${pad(label, 22)} ${String(t.right).padStart(4)}/${String(t.total).padEnd(4)} ${percent(t).toFixed(1).padStart(5)}%  (${t.docs} docs)`;

if (json) {
  const obj = (m: Map<string, Tally>) =>
    Object.fromEntries([...m].map(([k, t]) => [k, { ...t, percent: Number(percent(t).toFixed(1)) }]));
  const summary = {
    bySet: obj(tally(results, (r) => r.set)),
    byKind: obj(tally(results.filter(isDev), (r) => r.kind)),
    byProvince: obj(tally(results.filter(isDev), (r) => r.province)),
    holdoutByKind: obj(
      tally(
        results.filter((r) => r.set === 'holdout'),
        (r) => r.kind,
      ),
    ),
  };
  console.log(JSON.stringify({ summary, documents: results.filter((r) => r.set !== 'holdout') }, null, 1));
} else {
  for (const r of results) {
    if (r.set === 'holdout') continue;
    const missed = r.fields.filter((f) => !f.right);
    console.log(
      `${pad(`${r.set}/${r.file}`, 40)} ${pad(r.kind, 15)} ${pad(r.province, 7)} ${String(r.right).padStart(3)}/${String(r.total).padEnd(3)}${r.error ? `  [${r.error.split(':')[0]}]` : ''}`,
    );
    const list = verbose
      ? missed.map((f) => `${f.field} (want ${f.expected}, got ${f.got ?? '—'})`)
      : missed.map((f) => f.field);
    if (list.length > 0) console.log(`    missing: ${list.join('; ')}`);
  }
  const section = (title: string, m: Map<string, Tally>) => {
    console.log(`\n${title}`);
    for (const [k, t] of [...m].sort()) console.log(`  ${row(k, t)}`);
  };
  const dev = results.filter(isDev);
  section(
    'by set',
    tally(results, (r) => r.set),
  );
  section(
    'by kind (hold-out and seeds excluded)',
    tally(dev, (r) => r.kind),
  );
  section(
    'by province (hold-out and seeds excluded)',
    tally(dev, (r) => r.province),
  );
  const hold = results.filter((r) => r.set === 'holdout');
  if (hold.length > 0)
    section(
      'hold-out by kind',
      tally(hold, (r) => r.kind),
    );
  // Issue 12 counts the forms people fill: project, department and self-evaluation.
  const counted = (r: DocResult) => ['project', 'department', 'self-evaluation'].includes(r.kind);
  section(
    'issue 12 (project + department + self-evaluation)',
    tally(
      results.filter((r) => counted(r) && r.set !== 'seeds'),
      (r) => (r.set === 'holdout' ? 'hold-out' : 'development'),
    ),
  );
}
