// A PDF's text layer gives a table row line by line: where a row's cells wrap at the column width, the second
// lines of its cells come after the first lines of all of them (乡村道路建设 | 300 公 | 300 公 | 15 … 养护里程 |
// 里 | 里), and where a row's name stands on one line in the middle of its wrapped values, the values' first lines
// come before the name (便于信息 | 便捷、快速 | 改善运行状况 | 化应用 | 运用). Run together on one line, the pieces
// of one cell stand apart, read as cells of their own. Here the pieces are put together again, where the text
// itself shows how: a figure's unit cut off (300 公 … 里), or a level's own name cut by its line (质量指 … 标).
import { KNOWN_UNITS, matchUnit } from '@jixiao/core';
import type { Atom } from './evaluation-atoms.ts';
import { isLevelName } from './level-names.ts';
import { isUnitText } from './unit-gloss.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/** The beginnings of units shorter than the unit and no unit of their own (公 of 公里, 平方 of 平方米). */
const CUT_UNITS: ReadonlySet<string> = new Set(
  KNOWN_UNITS.flatMap((u) => Array.from({ length: u.length - 1 }, (_, k) => u.slice(0, k + 1))).filter(
    (p) => matchUnit(p) !== p,
  ),
);

/** A text right after a figure that is a unit's beginning only: the unit went on on the cell's next line. */
const isCutUnit = (atoms: readonly Atom[], i: number) =>
  atoms[i]!.kind === 'text' && atoms[i - 1]?.kind === 'value' && CUT_UNITS.has(atoms[i]!.text);

/** A unit's rest: the text that, after the cut beginning, makes a whole unit. */
const completes = (cut: string, rest: Atom | undefined) =>
  rest !== undefined && rest.kind === 'text' && !rest.glued && matchUnit(cut + rest.text) === cut + rest.text;

/** A piece that ends a sentence or a clause belongs to a text cell (a note, a criterion), never to a name. */
const ENDS_CLAUSE = /[;；。，,：:]$/;

/**
 * 300 公 | 300 公 … 里 | 里: the figures whose unit was cut, completed in the same order by a run of lone pieces
 * later in the part — the row's next line. The piece right before that run, where it is words and the text before
 * the first cut figure is the row's name, is the name's next line (乡村道路建设 … 养护里程).
 */
function joinCutUnits(atoms: readonly Atom[]): Atom[] {
  const cuts = atoms.flatMap((_, i) => (isCutUnit(atoms, i) ? [i] : []));
  if (cuts.length === 0) return [...atoms];
  const last = cuts.at(-1)!;
  for (let r = last + 1; r + cuts.length <= atoms.length; r++) {
    if (!cuts.every((c, j) => completes(atoms[c]!.text, atoms[r + j]))) continue;
    const out = atoms.map((a) => ({ ...a }));
    cuts.forEach((c, j) => (out[c]!.text += atoms[r + j]!.text));
    const drop = new Set(cuts.map((_, j) => r + j));
    // The name's own line: words before the first cut figure, and words right before the run.
    const name = cuts[0]! - 2;
    const rest = atoms[r - 1];
    if (
      name >= 0 &&
      r - 1 > last &&
      atoms[name]!.kind === 'text' &&
      rest?.kind === 'text' &&
      !rest.glued &&
      !ENDS_CLAUSE.test(rest.text) &&
      !ENDS_CLAUSE.test(atoms[name]!.text) &&
      /^\p{Script=Han}+$/u.test(rest.text)
    ) {
      out[name]!.text += rest.text;
      drop.add(r - 1);
    }
    return out.filter((_, i) => !drop.has(i));
  }
  return [...atoms];
}

/** 10 | 台套: a unit standing apart from its figure is the figure's. */
const isFigureUnit = (atoms: readonly Atom[], i: number) =>
  atoms[i - 1]?.kind === 'value' && isUnitText(atoms[i]!.text);

/** 质量指 (of 质量指标): a level's name cut by its cell's width, the rest (标 12 分) on a later line. */
const isCutLevel = (a: Atom) =>
  a.kind === 'text' && a.text.endsWith('指') && isLevelName(`${a.text}标`) !== null;

/**
 * 10 台套 | 便于信息 | 便捷、快速 | 质量指 | 改善运行状况 | 化应用 | 运用: a row whose name stands on one line between
 * its values' two lines, the level's cut name beside it. The words after the row before it ended in a figure —
 * where no column after the actual holds words, so that row cannot take them — are the first lines of the words
 * after the name, as many as those and in their order.
 */
function joinCentredName(atoms: readonly Atom[], columns: readonly IndicatorColumn[]): Atom[] {
  const wordsAfterActual = columns.slice(columns.indexOf('actual') + 1).some((c) => WORDED_COLUMNS.has(c));
  if (!columns.includes('actual') || wordsAfterActual) return [...atoms];
  for (let l = 1; l + 2 < atoms.length; l++) {
    if (!isCutLevel(atoms[l]!)) continue;
    // The first lines: words back to the figure that ended the row before.
    let f = l;
    while (f > 0 && atoms[f - 1]!.kind === 'text' && !isFigureUnit(atoms, f - 1)) f--;
    const first = atoms.slice(f, l);
    // The second lines: the words after the name, up to the part's end or a figure (the row's points).
    let e = l + 2;
    while (e < atoms.length && atoms[e]!.kind === 'text') e++;
    const second = atoms.slice(l + 2, e);
    if (f === 0 || first.length === 0 || first.length !== second.length || atoms[l + 1]!.kind !== 'text')
      continue;
    if ([...first, ...second].some((a) => a.glued || ENDS_CLAUSE.test(a.text))) continue;
    const joined = second.map((a, j) => ({ ...a, text: first[j]!.text + a.text }));
    // The level's cut piece holds nothing of the row: left out, so that no name takes it up.
    return [...atoms.slice(0, f), atoms[l + 1]!, ...joined, ...joinCentredName(atoms.slice(e), columns)];
  }
  return [...atoms];
}

/** Columns whose cells are words: a row's words after its actual may be these. */
const WORDED_COLUMNS: ReadonlySet<IndicatorColumn> = new Set([
  'reason',
  'remark',
  'likelihood',
  'measure',
  'light',
]);

/** A part's atoms with the pieces of cells wrapped over lines and interleaved put together again. */
export function joinWrappedLines(atoms: readonly Atom[], columns: readonly IndicatorColumn[]): Atom[] {
  return joinCentredName(joinCutUnits(atoms), columns);
}
