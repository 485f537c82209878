// Provenance of a 自评表 / 监控表 read as a document of its own: where each printed value stood (line, cell, the
// label beside it) and how sure the reading is — as locate-sources.ts finds it for target forms, after
// recognition, by looking the values up in the document's rows. A value found only as a part of a longer cell
// (cut out of text whose cells ran together, or out of a wrapped row) is a reading the user should confirm:
// it is given at most PART_CONFIDENCE, below UNSURE_BELOW, so the preview marks it.
import { TextMemo } from '@jixiao/core';
import type { EvaluationDocument, IndicatorValue } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { oneLine } from '../rows/clean-cell.ts';
import { evaluationFieldOf, type EvaluationField } from './evaluation-head-labels.ts';
import type { FieldSource } from './provenance.ts';
import { spacedLabelledCell } from './spaced-head-label.ts';
import {
  cellSource,
  labelOf as labelBefore,
  labelSureness,
  sourceCellsOf as cellsOf,
  type SourceCell as Cell,
} from './source-cells.ts';

/** A value cut out of a longer cell: the cut itself is a guess. */
export const PART_CONFIDENCE = 0.6;
/** A value found in a row after the indicator's own (a wrapped row, a value printed under its name). */
const NEXT_ROW_CONFIDENCE = 0.7;
/** How many cells after the previous indicator's an indicator's name is looked for. */
const NAME_WINDOW = 400;
/** How many rows after an indicator's name its values are looked for. */
const ROWS_AHEAD = 2;

type Match = 'whole' | 'part';

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** A figure as a cell prints it: 10, 10.00, 10分, 95%, 95.0 %. */
const PRINTED_FIGURE = /^[¥￥]?\s*([+-]?[\d,]+(?:\.\d+)?)\s*(?:分|%|％|万元|元)?$/;

const figurePatterns = new TextMemo<RegExp>('figure patterns', 10_000);
/** A figure inside longer text, where no digit or point touches it (10 is not in 100); made once a figure. */
function figureInText(value: string): RegExp {
  let rx = figurePatterns.get(value);
  if (!rx) {
    rx = new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?:\\.0+)?(?![\\d.])`);
    figurePatterns.set(value, rx);
  }
  return rx;
}

/** Whether `cell` holds `value`: as the whole cell (or the whole value after its label), or as a part of it. */
function matchOf(cell: Cell, value: string): Match | null {
  if (cell.value === value || cell.text === value) return 'whole';
  if (NUMBER.test(value)) {
    const printed = PRINTED_FIGURE.exec(cell.value);
    if (printed && Number(printed[1]!.replace(/,/g, '')) === Number(value)) return 'whole';
    // A figure inside longer text counts only where no digit or point touches it (10 is not in 100).
    return figureInText(value).test(cell.text) ? 'part' : null;
  }
  if (value.length < 1 || !cell.text.includes(value)) return null;
  // What the cell holds beside the value is no word or figure (★, a number's point, brackets): the value is the cell.
  return /[\p{L}\p{N}]/u.test(cell.text.replace(value, '').replace(MARKS, '')) ? 'part' : 'whole';
}

/** A row's numbering and marks a cell may print before an indicator's name: ★, 1., （一）, 1、. */
const MARKS = /^\s*(?:[★☆*※▲△●○]|[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?)\s*/u;

/**
 * The label of a cell: written before a colon inside it, or the nearest filled cell left of it that is no figure
 * (a budget line prints its figures in a run after its label: 年度资金总额 | 200 | 200 | 180).
 */
const labelOf = (cell: Cell) => labelBefore(cell, (t) => !PRINTED_FIGURE.test(t));

/**
 * `labelled`: a field of the head or the budget block, read beside its label — found without a known one, the
 * place is less sure. An indicator's values stand under the table's header instead, where the left cell is the
 * row's name or another value.
 */
function sourceOf(path: string, cell: Cell, match: Match, confidence = 1, labelled = true): FieldSource {
  const label = labelOf(cell);
  return cellSource(
    path,
    cell,
    label,
    labelled ? labelSureness(label) : 1,
    match === 'part' ? PART_CONFIDENCE : 1,
    confidence,
  );
}

/**
 * The first cell from `from` on (before `to`) holding `value` whole; else the first holding it as a part. A cell
 * in `taken` already gave another value whole (a target and an actual printed alike stand in two cells).
 */
function find(
  cells: readonly Cell[],
  value: string,
  from = 0,
  to = cells.length,
  taken: ReadonlySet<Cell> = new Set(),
): [Cell, Match] | null {
  let part: Cell | null = null;
  for (let k = from; k < to; k++) {
    const cell = cells[k]!;
    const m = matchOf(cell, value);
    if (m === 'whole' && !taken.has(cell)) return [cell, m];
    if (m === 'part' && !part) part = cell;
  }
  return part ? [part, 'part'] : null;
}

const printed = (v: IndicatorValue | null | undefined) => (v?.raw ? oneLine(v.raw) : null);

/** The values of one indicator: looked for in its name's row, right of the name, then in the rows just after. */
function indicatorSources(
  cells: readonly Cell[],
  n: number,
  nameAt: number,
  values: ReadonlyArray<[string, string | null]>,
): FieldSource[] {
  const name = cells[nameAt]!;
  let rowEnd = nameAt + 1;
  while (rowEnd < cells.length && cells[rowEnd]!.at === name.at) rowEnd++;
  let end = rowEnd;
  while (end < cells.length && cells[end]!.at <= name.at + ROWS_AHEAD) end++;
  const taken = new Set<Cell>([name]);
  const out: FieldSource[] = [];
  for (const [field, value] of values) {
    if (!value) continue;
    // The name's own cell may hold its values too (cells run together): a part of it, never the whole.
    const own = matchOf(name, value) === 'part' ? ([name, 'part'] as const) : null;
    const found =
      find(cells, value, nameAt + 1, rowEnd, taken) ?? own ?? find(cells, value, rowEnd, end, taken);
    if (!found) continue;
    const [cell, match] = found;
    if (match === 'whole') taken.add(cell);
    const nextRow = cell.at === name.at ? 1 : NEXT_ROW_CONFIDENCE;
    out.push(sourceOf(`/indicators/${n}/${field}`, cell, match, nextRow, false));
  }
  return out;
}

/** Each indicator's name and its printed values by field, as the document's kind has them. */
function indicatorValues(
  doc: EvaluationDocument,
): Array<{ name: string; values: Array<[string, string | null]> }> {
  if (doc.kind === 'monitoring')
    return doc.indicators.map((ind) => ({
      name: ind.name,
      values: [
        ['target', printed(ind.target)],
        ['actualToDate', printed(ind.actualToDate)],
        ['expectedFullYear', printed(ind.expectedFullYear)],
        ['deviationReason', ind.deviationReason],
        ['likelihood', ind.likelihood],
      ],
    }));
  return doc.indicators.map((ind) => ({
    name: ind.name,
    values: [
      ['target', printed(ind.target)],
      ['actual', printed(ind.actual)],
      ['weight', ind.weight],
      ['score', ind.score],
      ['deviationReason', ind.deviationReason],
    ],
  }));
}

/**
 * Where the values of each 自评表 / 监控表 were read, in the rows they were read from. The documents come in the
 * order the file prints them: each is looked for from where the one before it was named on, and over a window
 * — a file of many 自评表 would otherwise search from the top (or to the end) once a document, its work growing
 * with the square of the file, and a later document's values would be placed in an earlier one's cells.
 */
export function evaluationSources(
  docs: readonly EvaluationDocument[],
  rows: readonly Row[],
): FieldSource[][] {
  const cells = cellsOf(rows);
  let start = 0;
  return docs.map((doc) => {
    // A document printed before the one read before it (a reader's pass found it later) is looked for from the top.
    const placed = documentSources(doc, cells, start);
    const named = placed.next > start || start === 0;
    const sure = named || !doc.name ? placed : documentSources(doc, cells, 0);
    if (named) start = placed.next;
    return sure.sources;
  });
}

/** How many cells from where a document opens its head and budget fields are looked for. */
const HEAD_WINDOW = 4_000;

/** One document's sources, looked for from cell `start` on; `next` is where the next document is looked for. */
function documentSources(
  doc: EvaluationDocument,
  cells: readonly Cell[],
  start: number,
): { sources: FieldSource[]; next: number } {
  const out: FieldSource[] = [];
  const window = (from: number) => Math.min(cells.length, from + HEAD_WINDOW);
  const head = (path: string, value: string | null, from = start) => {
    if (!value) return null;
    const found = find(cells, oneLine(value), from, window(from));
    if (found) out.push(sourceOf(path, found[0], found[1]));
    return found;
  };
  // A head field found unlabelled (a heading holding its words, a row repeating it) was read on the line printing
  // its label and it parted by spaces, where there is one (a report form's cover as text).
  const headField = (path: string, value: string | null, field: EvaluationField) => {
    if (!value) return null;
    const found = find(cells, oneLine(value), start, window(start));
    const labelled = found && evaluationFieldOf(labelOf(found[0]) ?? '') === field;
    const near = labelled ? null : cells.slice(start, window(start));
    const spaced = near && spacedLabelledCell(near, oneLine(value), field);
    if (!spaced) return head(path, value);
    out.push(cellSource(path, spaced.cell, spaced.label, labelSureness(spaced.label)));
    return [spaced.cell, 'whole'] as [Cell, Match];
  };
  const named = headField('/name', doc.name, 'name');
  headField('/unit', doc.unit, 'unit');
  headField('/department', doc.department, 'department');
  if (doc.year !== null) {
    const year = String(doc.year);
    const k = cells.findIndex((c, at) => at >= start && at < window(start) && c.text.includes(year));
    if (k >= 0) out.push({ ...sourceOf('/year', cells[k]!, 'whole'), label: null });
  }
  if (doc.kind === 'monitoring') head('/period', doc.period);
  // The budget block comes after the head: its figures are looked for from the name on.
  const from = named ? Math.max(start, cells.indexOf(named[0], start)) : start;
  const budget: Array<[string, string | null]> =
    doc.kind === 'monitoring'
      ? [
          ['initial', doc.budget.initial],
          ['annual', doc.budget.annual],
          ['executed', doc.budget.executed],
          ['expectedFullYear', doc.budget.expectedFullYear],
          ['rate', doc.budget.rate],
        ]
      : [
          ['initial', doc.budget.initial],
          ['annual', doc.budget.annual],
          ['executed', doc.budget.executed],
          ['rate', doc.budget.rate],
          ['weight', doc.budget.weight],
          ['score', doc.budget.score],
        ];
  for (const [field, value] of budget) head(`/budget/${field}`, value, from);
  let cursor = from;
  indicatorValues(doc).forEach(({ name: text, values }, n) => {
    // A name not found again is looked for over a window, not the rest of the document (a long file whose names
    // were reworded would cost indicators × cells).
    const name = find(cells, oneLine(text), cursor, Math.min(cells.length, cursor + NAME_WINDOW));
    if (!name) return;
    const nameAt = cells.indexOf(name[0], cursor);
    // A name cut out of a longer cell: the next indicator may stand in the same cell.
    cursor = name[1] === 'part' ? nameAt : nameAt + 1;
    out.push(sourceOf(`/indicators/${n}/name`, name[0], name[1], 1, false));
    out.push(...indicatorSources(cells, n, nameAt, values));
  });
  if (doc.kind === 'self-evaluation') {
    for (const closing of [head('/total', doc.total, cursor), head('/grade', doc.grade, cursor)])
      if (closing) cursor = Math.max(cursor, cells.indexOf(closing[0], cursor) + 1);
  }
  // The next document opens after this one's last value read (its head may come before its name: a title, a year).
  return { sources: out, next: named ? Math.max(cursor, from + 1) : start };
}
