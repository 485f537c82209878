// The corpus scorer: imports each document through `importBuffer` (the path users take), matches the forms it
// returns to the ground truth by kind and name, and counts the fields read right. Right = 1, wrong or missing = 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBuffer, type ImportOutcome } from '../../src/index.ts';
import {
  nameSimilarity,
  sameAmount,
  sameName,
  sameNumber,
  sameRate,
  sameValue,
  normName,
} from './compare.ts';
import {
  formBudget,
  formBudgetRow,
  formFigure,
  formGrade,
  formIndicators,
  formKind,
  formName,
  formTotal,
  formUnits,
  textOf,
  type ReadIndicator,
} from './read-form.ts';
import { spellings, type DocKind, type DocTruth, type FormTruth, type LoadedTruth } from './truth.ts';

export interface FieldResult {
  field: string;
  right: boolean;
  expected: string;
  got: string | null;
}

export interface DocResult {
  set: string;
  file: string;
  kind: DocKind;
  province: string;
  right: number;
  total: number;
  fields: FieldResult[];
  /** What import said when it refused the file. */
  error: string | null;
}

const show = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : (textOf(v) ?? JSON.stringify(v));
const shown = (s: string | string[] | undefined): string => spellings(s).join(' | ');

/** Picks, for each truth form in order, the unclaimed form of its kind whose name is most alike. */
export function matchForms(truths: readonly FormTruth[], forms: readonly unknown[]): Array<unknown | null> {
  const taken = new Set<number>();
  return truths.map((t) => {
    let best = -1;
    let bestScore = 0;
    forms.forEach((f, i) => {
      if (taken.has(i) || formKind(f) !== t.kind) return;
      const names = spellings(t.name);
      const got = formName(f);
      const s = names.length === 0 ? 0.5 : got ? Math.max(...names.map((n) => nameSimilarity(n, got))) : 0.01;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    // A form named quite differently is another form, not this one read badly.
    if (best < 0 || (spellings(t.name).length > 0 && bestScore < 0.3 && formName(forms[best]) !== null))
      return null;
    taken.add(best);
    return forms[best];
  });
}

function findIndicator(
  list: readonly ReadIndicator[],
  name: string | string[],
  used: Set<number>,
  term?: string,
): number {
  const names = spellings(name);
  // The row of the term the truth names, where the form prints the name in a 长期 and a 年度 table.
  let idx =
    term === undefined
      ? -1
      : list.findIndex((i, k) => !used.has(k) && i.term === term && names.some((n) => sameName(n, i.name)));
  if (idx < 0) idx = list.findIndex((i, k) => !used.has(k) && names.some((n) => sameName(n, i.name)));
  if (idx < 0) {
    // A name read with a neighbour cell glued on still finds its row for the value fields (the name field is wrong).
    idx = list.findIndex(
      (i, k) => !used.has(k) && i.name !== null && names.some((n) => normName(i.name!).includes(normName(n))),
    );
  }
  if (idx >= 0) used.add(idx);
  return idx;
}

function scoreForm(t: FormTruth, form: unknown | null, label: string): FieldResult[] {
  const out: FieldResult[] = [];
  const add = (field: string, expected: string, got: unknown, right: boolean) =>
    out.push({
      field: `${label}${field}`,
      right: form !== null && right,
      expected,
      got: form === null ? null : show(got),
    });

  if (t.name !== undefined) add('name', shown(t.name), formName(form), sameName(t.name, formName(form)));
  if (t.unit !== undefined) {
    const units = form === null ? [] : formUnits(form);
    add(
      'unit',
      shown(t.unit),
      units.join(' / ') || null,
      units.some((u) => sameName(t.unit!, u)),
    );
  }
  if (t.budget !== undefined)
    add('budget', t.budget, formBudget(form), sameAmount(t.budget, formBudget(form)));
  const read = form === null ? [] : formIndicators(form);
  if (t.indicatorCount !== undefined) {
    const ok = ([] as number[]).concat(t.indicatorCount);
    add('indicatorCount', ok.join(' or '), read.length, ok.includes(read.length));
  }
  const used = new Set<number>();
  (t.indicators ?? []).forEach((it) => {
    const k = findIndicator(read, it.name, used, it.term);
    const r = k >= 0 ? read[k]! : null;
    const at = `indicator[${spellings(it.name)[0]}].`;
    add(`${at}name`, shown(it.name), r?.name ?? null, r !== null && sameName(it.name, r.name));
    if (it.target !== undefined)
      add(`${at}target`, shown(it.target), r?.target, sameValue(it.target, r?.target));
    if (it.actual !== undefined)
      add(`${at}actual`, shown(it.actual), r?.actual, sameValue(it.actual, r?.actual));
    if (it.weight !== undefined) add(`${at}weight`, it.weight, r?.weight, sameNumber(it.weight, r?.weight));
    if (it.score !== undefined) add(`${at}score`, it.score, r?.score, sameNumber(it.score, r?.score));
  });
  for (const [key, expected] of Object.entries(t.budgetRows ?? {})) {
    const got = form === null ? null : formBudgetRow(form, key);
    const right =
      key === 'rate'
        ? sameRate(expected, got)
        : key === 'weight' || key === 'score'
          ? sameNumber(expected, got)
          : sameAmount(expected, got);
    add(`budget.${key}`, expected, got, right);
  }
  if (t.total !== undefined) add('total', t.total, formTotal(form), sameNumber(t.total, formTotal(form)));
  if (t.grade !== undefined) add('grade', t.grade, formGrade(form), sameName(t.grade, formGrade(form)));
  for (const [key, expected] of Object.entries(t.figures ?? {})) {
    const got = form === null ? null : formFigure(form, key);
    add(`figures.${key}`, expected, got, sameAmount(expected, got));
  }
  return out;
}

/** Scores one import outcome against one document's truth. */
export function scoreOutcome(truth: DocTruth, outcome: ImportOutcome, set = ''): DocResult {
  const error = outcome.ok ? null : `${outcome.error.code}: ${outcome.error.message}`;
  // 自评表 and 监控表 come as documents of their own, beside the target forms.
  const forms: unknown[] = outcome.ok ? [...outcome.forms, ...outcome.evaluations] : [];
  let fields: FieldResult[];
  if (truth.kind === 'report') {
    // Prose is not a form: the right answer is a refusal that says why, not an invented form.
    const refused = !outcome.ok && outcome.error.message.trim() !== '';
    fields = [
      {
        field: 'refused',
        right: refused,
        expected: 'a clear refusal',
        got: outcome.ok ? `${forms.length} form(s)` : error,
      },
    ];
  } else {
    const matched = matchForms(truth.forms, forms);
    fields = truth.forms.flatMap((t, i) =>
      scoreForm(t, matched[i] ?? null, truth.forms.length > 1 ? `form${i + 1}.` : ''),
    );
  }
  const right = fields.filter((f) => f.right).length;
  return {
    set,
    file: truth.file,
    kind: truth.kind,
    province: truth.province,
    right,
    total: fields.length,
    fields,
    error,
  };
}

export async function scoreDocument(truth: DocTruth, dir: string, set = ''): Promise<DocResult> {
  const data = readFileSync(join(dir, truth.file));
  return scoreOutcome(truth, await importBuffer(new Uint8Array(data), truth.file), set);
}

export async function scoreSet(loaded: LoadedTruth): Promise<DocResult[]> {
  const out: DocResult[] = [];
  for (const d of loaded.docs) out.push(await scoreDocument(d, loaded.dir, loaded.set));
  return out;
}

export interface Tally {
  right: number;
  total: number;
  docs: number;
}

/** Fields right / total grouped by a key (kind, province, set). */
export function tally(results: readonly DocResult[], key: (r: DocResult) => string): Map<string, Tally> {
  const m = new Map<string, Tally>();
  for (const r of results) {
    const k = key(r);
    const t = m.get(k) ?? { right: 0, total: 0, docs: 0 };
    t.right += r.right;
    t.total += r.total;
    t.docs += 1;
    m.set(k, t);
  }
  return m;
}

export const percent = (t: Tally): number => (t.total === 0 ? 100 : (100 * t.right) / t.total);
