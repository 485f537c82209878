// Findings per rule and severity over every development set of the corpus (and the seeds), read and checked as
// the batch checker does: the figure to watch when a reading or a rule change should remove false findings.
//   node --import tsx scripts/check-counts.ts [OUT.json]   (OUT keeps each document's findings, to diff)
// The hold-out is never read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTruth } from '../packages/documents/test/corpus/truth.ts';
import { checkDocument } from '../packages/server/src/batch/check-task.ts';

const corpus = resolve(fileURLToPath(import.meta.url), '../../packages/documents/test/corpus');
const SETS = ['seeds', 'docs', 'wide', 'formats', 'fresh', 'streams'] as const;

const counts = new Map<string, { error: number; warning: number; info: number }>();
const perDoc: Record<string, { rule: string; severity: string; message: string }[]> = {};
for (const set of SETS) {
  const dir = loadTruth(join(corpus, set)).dir;
  const files = readdirSync(dir)
    .filter((f) => f !== 'truth.json' && !f.endsWith('.md'))
    .sort();
  for (const file of files) {
    const data = new Uint8Array(readFileSync(join(dir, file)));
    const checked = await checkDocument({ data, name: file, keepText: false });
    perDoc[`${set}/${file}`] = checked.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
    }));
    for (const f of checked.findings) {
      const c = counts.get(f.rule) ?? { error: 0, warning: 0, info: 0 };
      if (f.severity === 'error' || f.severity === 'warning' || f.severity === 'info') c[f.severity] += 1;
      counts.set(f.rule, c);
    }
  }
}
for (const [rule, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${rule.padEnd(10)} error ${String(c.error).padStart(4)}  warning ${String(c.warning).padStart(4)}  info ${String(c.info).padStart(4)}`,
  );
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(perDoc, null, 1));
