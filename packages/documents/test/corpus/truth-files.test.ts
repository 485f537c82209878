// The truth files themselves: every document exists, its # source: line matches the truth, every key is one
// the scorer reads, and a form built from the truth scores 100 % (so no field is unreachable by a typo).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreOutcome } from './score.ts';
import { loadTruth, spellings, type FormTruth } from './truth.ts';

const corpus = dirname(fileURLToPath(import.meta.url));
const sets = ['docs', 'formats', 'streams', 'wide', 'fresh', 'holdout'].filter((s) =>
  existsSync(join(corpus, s, 'truth.json')),
);
const KINDS = ['project', 'department', 'self-evaluation', 'monitoring', 'disclosure'];
const BUDGET_ROWS = ['initial', 'annual', 'executed', 'rate', 'weight', 'score'];
// The keys Disclosure.figures uses (recognize/disclosure-figures.ts).
const FIGURES = [
  'income',
  'incomeThisYear',
  'expenditure',
  'basicExpenditure',
  'projectExpenditure',
  'threePublic',
  'threePublicAbroad',
  'threePublicVehicles',
  'threePublicVehiclePurchase',
  'threePublicVehicleOperation',
  'threePublicReception',
  'operatingCosts',
  'procurement',
  'procurementGoods',
  'procurementWorks',
  'procurementServices',
];

/** The form a perfect reader would return, in the shapes the scorer reads. */
function perfect(t: FormTruth): Record<string, unknown> {
  const first = (s: string | string[] | undefined) => spellings(s)[0] ?? null;
  const count =
    t.indicatorCount === undefined
      ? (t.indicators?.length ?? 0)
      : ([] as number[]).concat(t.indicatorCount)[0]!;
  const indicators = Array.from({ length: Math.max(count, t.indicators?.length ?? 0) }, (_, i) => {
    const it = t.indicators?.[i];
    return it
      ? {
          name: first(it.name),
          target: { raw: first(it.target) ?? '' },
          actual: first(it.actual),
          weight: it.weight ?? null,
          score: it.score ?? null,
          term: it.term ?? null,
        }
      : { name: `其他指标${i}`, target: { raw: '' } };
  });
  return {
    kind: t.kind,
    name: t.kind === 'department' || t.kind === 'disclosure' ? undefined : first(t.name),
    department: t.kind === 'department' || t.kind === 'disclosure' ? first(t.name) : undefined,
    unit: first(t.unit),
    budget: { total: t.budget ?? null, ...t.budgetRows },
    indicators,
    total: t.total ?? null,
    grade: t.grade ?? null,
    figures: t.figures ?? {},
  };
}

describe.each(sets)('truth of corpus/%s', (set) => {
  const truth = loadTruth(join(corpus, set));

  it('names documents that exist, with the source their first line gives', () => {
    expect(truth.docs.length).toBeGreaterThan(0);
    for (const d of truth.docs) {
      const path = join(truth.dir, d.file);
      expect(existsSync(path), d.file).toBe(true);
      // A note may follow the source in brackets: `# source: URL (blank template, …)` for a document written by hand
      // on a blank template, `# source: URL (page_texts of X.pdf, …)` for the part of a repository's file taken.
      if (!d.file.endsWith('.txt')) continue;
      const first = readFileSync(path, 'utf8').split('\n')[0]!;
      expect([first, first.replace(/ \([^()]*\)$/, '')], d.file).toContain(`# source: ${d.source}`);
    }
  });

  it('uses only kinds and keys the scorer reads', () => {
    for (const d of truth.docs) {
      expect(d.kind === 'report' ? d.forms : [], d.file).toEqual([]);
      for (const f of d.forms) {
        expect(KINDS, d.file).toContain(f.kind);
        for (const k of Object.keys(f.budgetRows ?? {}))
          expect(BUDGET_ROWS, `${d.file} budgetRows`).toContain(k);
        // A figure key names a known figure, or one of its parts or years (incomeGeneralPublicPriorActual).
        for (const k of Object.keys(f.figures ?? {}))
          expect(
            FIGURES.some((known) => k.startsWith(known)),
            `${d.file} figures: ${k}`,
          ).toBe(true);
      }
    }
  });

  it('can be read at 100 %: a form built from the truth scores every field', () => {
    for (const d of truth.docs.filter((x) => x.kind !== 'report')) {
      const r = scoreOutcome(d, {
        ok: true,
        format: 'text',
        sources: [],
        evaluationSources: [],
        unknownLabels: [],
        evaluations: [],
        forms: d.forms.map(perfect) as never,
      });
      expect(r.fields.filter((f) => !f.right).map((f) => `${d.file} ${f.field}`)).toEqual([]);
    }
  });
});
