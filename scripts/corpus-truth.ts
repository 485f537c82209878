// Builds packages/documents/test/corpus/docs/truth.json: the ground truth of the 42 development documents,
// derived from ../shared/corpus/manifest.json and overlaid by the hand-read docs/hand.json (its notes say why).
// Usage: node --import tsx scripts/corpus-truth.ts [MANIFEST]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  DocKind,
  DocTruth,
  FormTruth,
  TruthFile,
  TruthKind,
} from '../packages/documents/test/corpus/truth.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(root, 'packages/documents/test/corpus/docs');
const manifestPath = resolve(process.argv[2] ?? join(root, '../shared/corpus/manifest.json'));

interface ManifestEntry {
  file: string;
  kind: string;
  source: string;
  province: string;
  year?: number | null;
  layout?: string;
  ground_truth: Record<string, unknown>;
}
interface HandEntry {
  kind?: DocKind;
  forms?: FormTruth[];
  notes?: string[];
}

const KINDS: Record<string, TruthKind> = {
  project: 'project',
  dept: 'department',
  selfeval: 'self-evaluation',
  monitor: 'monitoring',
  disclosure: 'disclosure',
};

/** The manifest's names carry notes in ' (…)' after a space; a real name's brackets follow a character. */
const cleanName = (name: string) => name.replace(/\s+\(.*\)$/, '').trim();
const decimal = (n: unknown) =>
  typeof n === 'number' ? String(n) : typeof n === 'string' && /^\d+(\.\d+)?$/.test(n) ? n : undefined;

function derive(entry: ManifestEntry): FormTruth[] {
  const kind = KINDS[entry.kind];
  if (!kind) throw new Error(`${entry.file}: unknown kind ${entry.kind}`);
  const gt = entry.ground_truth;
  const items = (
    Array.isArray(gt.projects) ? gt.projects : Array.isArray(gt.departments) ? gt.departments : []
  ) as unknown[];
  const count = typeof gt.indicator_count === 'number' ? gt.indicator_count : undefined;
  return items
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null && !Array.isArray(p))
    .map((p) => {
      const form: FormTruth = { kind, name: cleanName(String(p.name)) };
      const budget = decimal(p.budget_wan);
      if (budget !== undefined && kind !== 'self-evaluation' && kind !== 'monitoring') form.budget = budget;
      const own = typeof p.indicator_count === 'number' ? p.indicator_count : count;
      if (own !== undefined && kind !== 'disclosure') form.indicatorCount = own;
      return form;
    });
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: ManifestEntry[] };
const hand = JSON.parse(readFileSync(join(docsDir, 'hand.json'), 'utf8')) as {
  files: Record<string, HandEntry>;
};

const docs: DocTruth[] = manifest.files.map((entry) => {
  const h = hand.files[entry.file] ?? {};
  const doc: DocTruth = {
    file: entry.file,
    kind: h.kind ?? KINDS[entry.kind]!,
    province: entry.province.replace(/\s*\(.*$/, ''),
    source: entry.source,
    year: entry.year ?? null,
    layout: entry.layout,
    forms: h.forms ?? derive(entry),
  };
  if (h.notes) doc.notes = h.notes;
  return doc;
});

const out: TruthFile = { set: 'docs', docs };
writeFileSync(join(docsDir, 'truth.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${docs.length} documents to ${join(docsDir, 'truth.json')}`);
