// Re-tabulation: documents whose cells arrive one per line with no row boundaries, or run together in one
// line, are turned back into rows the row-based recognisers read — label | value rows for the header block,
// and indicator rows [一级, 二级, 三级, 指标值 …] under a rebuilt header, placed by the header's column
// concepts. Rows built this way carry a confidence below 1. Rows that are already tables pass unchanged.
import { halfWidthFigures, isBlankCell, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { StreamBuilder, VALUE_FIELDS } from './cell-stream-builder.ts';
import { LEADING_COMPARATOR } from './cell-stream-placing.ts';
import { withFigureStream } from './figure-stream.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { hasTaughtLabels } from './labels.ts';
import { columnConcept, departmentConcept, lexiconKey, projectConcept } from './lexicon.ts';
import { TABLE_SECTION_LABELS } from './lexicon-columns.ts';
import { isTermHeadingRow } from './split-header.ts';
import { titleKind } from './titles.ts';
import { cellToken, isRunTogetherHead, isValueShaped, splitRunTogether, type Token } from './tokenize.ts';

/** Rows of a stream this long or longer are not rebuilt (bounded work on hostile input). */
export const MAX_STREAM_ROWS = 50_000;

/** A document past MAX_STREAM_ROWS whose rows are mostly cells printed one per line: the stream retabulate
 * leaves unbuilt, so a form in it is not read — the refusal must say the length was the reason. */
export function isStreamPastCap(rows: readonly Row[]): boolean {
  if (rows.length <= MAX_STREAM_ROWS) return false;
  let single = 0;
  for (const row of rows) if (filledAtMostOne(row)) single++;
  return single * 2 > rows.length;
}

/** The document's rows with runs of single-cell rows rebuilt into table rows where they hold a form. */
export function retabulate(rows: Row[]): Row[] {
  if (rows.length > MAX_STREAM_ROWS) return rows;
  const out: Row[] = [];
  // The run of rows of one cell or none, by where it starts (-1: none open); no closure made per call (tsx names
  // each one it makes).
  let runStart = -1;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (filledAtMostOne(row)) {
      if (runStart < 0) runStart = k;
      continue;
    }
    if (runStart >= 0) out.push(...rebuildRun(rows.slice(runStart, k)));
    runStart = -1;
    out.push(row);
  }
  if (runStart >= 0) out.push(...rebuildRun(rows.slice(runStart)));
  return joinHeaderRows(joinLabelRows(out));
}

/** A heading of an indicator-table column, or the heading of the block (绩效指标). */
function isColumnHeading(cell: string): boolean {
  const key = lexiconKey(cell);
  return (
    TABLE_SECTION_LABELS.includes(key) ||
    columnConcept(key) !== null ||
    (key.endsWith('）') && columnConcept(key.replace(/(（[^）]*）)+$/, '')) !== null)
  );
}

const headings = (r: Row) => r.cells.filter((c) => !isBlankCell(c));
/** A table row whose filled cells are all column headings (asked of every row: no array built). */
const allHeadings = (r: Row) => {
  if (!r.table) return false;
  let any = false;
  for (const c of r.cells) {
    if (isBlankCell(c)) continue;
    if (!isColumnHeading(c)) return false;
    any = true;
  }
  return any;
};

/** A row with no filled cell or one (asked of every row: stops at the second, builds no array). */
function filledAtMostOne(row: Row): boolean {
  let n = 0;
  for (const c of row.cells) if (!isBlankCell(c) && ++n > 1) return false;
  return true;
}

/** An indicator header broken over several rows (一级 指标 | / 二级 指标 | / …): one header row. */
function joinHeaderRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!allHeadings(row) || isIndicatorHeader(row) || headsTableAsTerm(row, rows[i + 1])) {
      out.push(row);
      continue;
    }
    const cells = [...headings(row)];
    let j = i + 1;
    while (j < rows.length && allHeadings(rows[j]!) && j - i < 12) cells.push(...headings(rows[j++]!));
    const joined: Row = { ...row, cells };
    if (j > i + 1 && isIndicatorHeader(joined)) {
      out.push(joined);
      i = j - 1;
    } else out.push(row);
  }
  return out;
}

/**
 * 长期绩效指标 alone on its row over a whole indicator header (一级指标 | 二级指标 | …): the heading of the table, giving
 * its term (the form's reading takes it up), not a column of the header.
 */
function headsTableAsTerm(row: Row, next: Row | undefined): boolean {
  return isTermHeadingRow(row) && next !== undefined && isIndicatorHeader(next);
}

/** The row's one cell that is not blank, or null where it has none or several. */
function soleNonBlankCell(row: Row): string | null {
  let only: string | null = null;
  for (const c of row.cells) {
    if (isBlankCell(c)) continue;
    if (only !== null) return null;
    only = c;
  }
  return only;
}

function joinLabelRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    // Only between two table rows: the filled cells are counted there (no array built).
    const label = next?.table && row.table ? soleNonBlankCell(row) : null;
    if (
      next &&
      label !== null &&
      VALUE_FIELDS.has(projectConcept(lexiconKey(label)) ?? '') &&
      next.cells.filter((c) => !isBlankCell(c)).length >= 2 &&
      !projectConcept(lexiconKey(next.cells.find((c) => !isBlankCell(c)) ?? ''))
    ) {
      out.push({ ...next, cells: [label, ...next.cells], line: row.line ?? next.line });
      i++;
      continue;
    }
    out.push(row);
  }
  return out;
}

function tokensOf(row: Row): Token[] {
  // Full-width figures (１００, １-７月完成情况) read as the cleaned cells will hold them.
  const filled = row.cells.map((c) => oneLine(halfWidthFigures(c))).filter((c) => !isBlankCell(c));
  if (filled.length === 0)
    return row.table ? [{ kind: 'blank', text: '', split: false, ...lineOf(row) }] : [];
  const text = filled[0]!;
  const token = cellToken(text, row.line, row.source);
  // 100％: a figure's full-width ％ makes a value as % does (not the text of the next name); the text stays as printed.
  const whole =
    token.kind === 'text' && /\d％/.test(text) && isValueShaped(text.replace(/(\d)％/g, '$1%'))
      ? { ...token, kind: 'value' as const }
      : token;
  if (whole.kind !== 'text' && whole.kind !== 'value') return [whole];
  if (titleKind(text) && !labelsItsValue(text)) return [whole];
  // (An indicator table run together after its header: its rows cut by their figures, figure-stream.ts.)
  if (isRunTogetherHead(text)) return withFigureStream(splitRunTogether(text, row.line, row.source), text);
  return trailingValue(text, row) ?? amountBeforeLabel(text, row) ?? [whole];
}

/** An amount as a form's funds print it: 771,325,800.00, 3,498,000, 12.5, 0. */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A line of one cell a line holding a field's amount and, after a space, the next field's label (项目资金总额 /
 * 771,325,800.00 年度资金申请总额 / 226,145,100.00: a PDF's text wrote the amount and the label beside it on one
 * line): the amount is the value of the label before, the label opens the next pair.
 */
function amountBeforeLabel(text: string, row: Row): Token[] | null {
  if (!/^\s*-?\d/.test(text)) return null;
  const m = /^(\S+)[ \u3000]+(\S.*)$/u.exec(text.trim());
  if (!m || !AMOUNT.test(m[1]!) || projectConcept(lexiconKey(m[2]!)) === null) return null;
  return [
    { ...cellToken(m[1]!, row.line, row.source), kind: 'value', split: true },
    { ...cellToken(m[2]!, row.line, row.source), split: true },
  ];
}

/**
 * 项目名称 2020年…补助经费支出绩效自评表: a line that opens with a field's label and a space gives that field its
 * value, even where the value repeats the form's title; it is no title line.
 */
function labelsItsValue(text: string): boolean {
  const first = /^(\S+)[ \u3000]+\S/u.exec(text.trim())?.[1];
  if (first === undefined) return false;
  const key = lexiconKey(first);
  return projectConcept(key) !== null || departmentConcept(key) !== null;
}

/**
 * An indicator row copied with single spaces between its cells (流转土地 >=60亩): the name and the
 * operator-led value after its last space. A name with an operator of its own inside brackets
 * (收入(≥**万元) >=6万元) keeps it: only the last word is looked at, and it must hold a number.
 */
function trailingValue(text: string, row: Row): Token[] | null {
  const m = /^(.*\S)[ \u3000]+(\S+)$/u.exec(text.trim());
  if (!m || !LEADING_COMPARATOR.test(m[2]!) || !isValueShaped(m[2]!)) return null;
  return [
    { ...cellToken(m[1]!, row.line, row.source), split: true },
    { ...cellToken(m[2]!, row.line, row.source), kind: 'value', split: true },
  ];
}

function lineOf(row: Row): { line?: number; source?: string } {
  return {
    ...(row.line !== undefined ? { line: row.line } : {}),
    ...(row.source ? { source: row.source } : {}),
  };
}

/** Rebuilds one run of single-cell rows, or returns it unchanged when it holds no form. */
function rebuildRun(run: Row[]): Row[] {
  // Cheap test first: a form names itself (…名称) or heads an indicator table (…指标, 二级, 三级).
  if (!hasTaughtLabels() && !run.some((r) => r.cells.some((c) => /名称|指标|二级|三级/.test(c)))) return run;
  const tokens = joinLabelLines(run).flatMap(tokensOf);
  // Only a run that names a project or a department, or holds an indicator header, is a form: prose and
  // the tables of a disclosure (单位名称：… 单位：万元) stay as they are.
  const labels = tokens.filter((t) => t.kind === 'label').length;
  const naming = tokens.some((t) => t.kind === 'label' && namesAForm(t.text));
  const columns = tokens.filter((t) => t.kind === 'column').length;
  if (!(naming && labels >= 2) && columns < 3) return run;
  return new StreamBuilder(tokens).build();
}

/** The longest line a label broken at a cell's width leaves before the break. */
const MOST_LABEL_PIECE = 16;

/**
 * 主管部门(单位)名称及 / 部门预算编码: a label a copy broke over two lines at the cell's width, one line each, is
 * one line again where the lexicon knows the two together as a label and the first is none alone (the second
 * may be one: it is then a part of the longer label, not a field of its own).
 */
function joinLabelLines(run: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < run.length; i++) {
    const [row, next] = [run[i]!, run[i + 1]];
    const a = soleText(row);
    const b = next ? soleText(next) : null;
    // 计划安排资金 / (元) / 890000: the amount unit a form prints under its label, on a line of its own, is that
    // label's note (计划安排资金（元）) — alone it reads as nothing, and the figure below would be taken in 万元.
    // Only between a label and its figure: under a block's heading (资金情况 / (万元) / 年度资金总额:16) the note is
    // the heading's own and the lines below keep their places.
    const figure = run[i + 2] ? soleText(run[i + 2]!) : null;
    if (
      a !== null &&
      b !== null &&
      AMOUNT_UNIT_NOTE.test(b) &&
      isNoteableLabel(a) &&
      figure !== null &&
      BARE_FIGURE.test(figure)
    ) {
      out.push({ ...row, cells: [`${a}（${AMOUNT_UNIT_NOTE.exec(b)![1]!}）`] });
      i++;
      continue;
    }
    if (
      a !== null &&
      b !== null &&
      a.length <= MOST_LABEL_PIECE &&
      cellToken(a).kind !== 'label' &&
      cellToken(a + b).kind === 'label'
    ) {
      out.push({ ...row, cells: [a + b] });
      i++;
      continue;
    }
    out.push(row);
  }
  return out;
}

/** A figure alone in its cell: 480000, 1,208.75. */
const BARE_FIGURE = /^\d[\d,，]*(\.\d+)?$/;

/** A bracketed amount unit alone: (万元), （元）. */
const AMOUNT_UNIT_NOTE = /^[（(]\s*(万元|元)\s*[)）]$/;

/** A label a unit note may follow: words without a figure or a bracket of their own (计划安排资金, 实际支出). */
function isNoteableLabel(text: string): boolean {
  return text.length <= MOST_LABEL_PIECE && /^[\p{Script=Han}、]+$/u.test(text);
}

/** The one filled cell of a row, trimmed, or null. */
function soleText(row: Row): string | null {
  const filled = row.cells.filter((c) => !isBlankCell(c));
  return filled.length === 1 ? oneLine(filled[0]!).trim() : null;
}

/** 项目名称, 部门（单位）名称 and their spellings: the labels that identify a form. */
function namesAForm(text: string): boolean {
  const key = lexiconKey(text);
  if (projectConcept(key) === 'name') return true;
  return departmentConcept(key) === 'department' && key !== '单位名称' && key !== '部门';
}
