// Re-tabulation: documents whose cells arrive one per line with no row boundaries, or run together in one
// line, are turned back into rows the row-based recognisers read — label | value rows for the header block,
// and indicator rows [一级, 二级, 三级, 指标值 …] under a rebuilt header, placed by the header's column
// concepts. Rows built this way carry a confidence below 1. Rows that are already tables pass unchanged.
import { isLevel2Name, KNOWN_UNITS, matchUnit, parseIndicatorValue } from '@jixiao/core';
import type { Row } from '../rows/row.ts';
import { halfWidthFigures, isBlankCell, oneLine } from '../rows/clean-cell.ts';
import { columnConcept, departmentConcept, lexiconKey, projectConcept } from './lexicon.ts';
import { QUALITATIVE_VALUES, TABLE_SECTION_LABELS, type ColumnRole } from './lexicon-columns.ts';
import { isBasis } from './indicator-cell-profile.ts';
import { isIndicatorHeader } from './indicator-table-columns.ts';
import { budgetColumnOf, COMPARATOR_SIGNS, indicatorColumnOf, MEASURE_WORDS } from './evaluation-lexicon.ts';
import { headingColumns } from './evaluation-stream-table.ts';
import { isTermHeadingRow } from './split-header.ts';
import { COMPARATOR_WORDS } from './evaluation-atoms.ts';
import { dropValueBand, moveValueBeforeLevels } from './value-band-heading.ts';
import { unitOpeningName } from './unit-opening-name.ts';
import { withFigureStream } from './figure-stream.ts';
import { levelBeforeName } from './category-level-column.ts';

/** A value led by a comparator sign (any of the printed forms), and a cell holding only comparator signs. */
const LEADING_COMPARATOR = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)`);
const COMPARATOR_ONLY = new RegExp(`^(?:[${COMPARATOR_SIGNS}]+|>=|<=)$`);
/** A name with an operator-led value or a percentage glued on after a Han character. */
const GLUED_VALUE = new RegExp(
  `^(.*\\p{Script=Han}[）)]?)((?:[${COMPARATOR_SIGNS}]|>=|<=)\\s*\\d[\\d.,]*\\s*\\S{0,4}|\\d[\\d.]*\\s*[%‰％])$`,
  'u',
);
import {
  cellToken,
  isRunTogetherHead,
  isValueShaped,
  splitFusedRow,
  splitRunTogether,
  type Token,
} from './tokenize.ts';
import { isEvaluationKind, titleKind } from './titles.ts';
import { hasTaughtLabels } from './labels.ts';
import { isCutLevelName } from './level-names.ts';
import { isSignatureRow } from './signature-blocks.ts';
import { explainedRuns, isWordedBound } from './explained-runs.ts';
import { yesNoRow } from './yes-no-row.ts';
import { isUnitAndKindOnly, nameValueRest } from './name-value-run.ts';
import { isPageChrome } from './page-chrome.ts';
import { isPlaceHeading } from './region-columns.ts';
import { isPeriodValue, rewordsLevel2 } from './level2-worded-names.ts';
import { isMeasureList } from './measure-list.ts';
import { isWordedFigureValue } from './worded-figure-value.ts';
import { splitJoinedRows } from './joined-rows.ts';
import { clauseTargetAt, sentenceTargetRows } from './sentence-target-rows.ts';
import {
  judgementsBetweenNames,
  judgementThenName,
  restatedName,
  rowsOpeningAlike,
  targetAtEnd,
} from './target-at-end.ts';

/** 单位:万元: the note of what a form's amounts are written in. */
const UNIT_NOTE = /^(?:金额)?单位[:：](?:万元|元)$/;
/** A date's word printed apart from its figures (年 05 月 08 日), or one of those figures. */
const DATE_PIECE = /^(?:[年月日]|\d{1,2})$/;

/**
 * The tokens from k on, on the given line, that are a date's pieces or an amount unit's note; none unless one of
 * them is a date's word or the note (bare figures alone are values).
 */
function dateDebrisAt(ts: readonly Token[], k: number, line: number | undefined): Token[] {
  const out: Token[] = [];
  for (
    let t = ts[k];
    t && t.line === line && (DATE_PIECE.test(t.text) || UNIT_NOTE.test(t.text));
    t = ts[++k]
  )
    out.push(t);
  return out.some((t) => !/^\d+$/.test(t.text)) ? out : [];
}

/** A target as printed with a figure in it: ≥95%, 5万元, 不低于95%. */
const isTargetValue = (text: string) =>
  isValueShaped(text) || (/\d/.test(text) && parseIndicatorValue(text).kind === 'quantitative');

/** Confidence of a row rebuilt from one cell per line, and of one cut out of run-together text. */
export const STREAM_CONFIDENCE = 0.75;
export const SPLIT_CONFIDENCE = 0.6;

/**
 * Rows the re-tabulation cut out of run-together text (cell-stream.ts), a fifth of the rows or more: their cells are
 * pieces the tokenizer cut, not cells as printed (a head label and its value split off a line now and then are).
 */
export function mostlyCut(rows: readonly Row[]): boolean {
  const cut = rows.filter((r) => r.confidence === SPLIT_CONFIDENCE).length;
  return cut > 0 && cut * 5 >= rows.length;
}

/** A value cell the document left empty (an empty cell in the stream), so that nothing else fills it. */
const SKIPPED = '\u0000';

/** Rows of a stream this long or longer are not rebuilt (bounded work on hostile input). */
const MAX_STREAM_ROWS = 50_000;

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

/** Fields whose value is one cell (a label of these alone on its row waits for the value). */
const VALUE_FIELDS = new Set([
  'name',
  'code',
  'unit',
  'supervisor',
  'executor',
  'leader',
  'phone',
  'budget.total',
  'budget.current',
]);

/** Department fields whose value is one cell. */
const DEPARTMENT_VALUE_FIELDS = new Set(['department', 'filler', 'phone']);

/** A label (cut out of run-together text) whose field takes one cell: a name, a person, a number. */
function isOneValueLabel(t: Token): boolean {
  if (t.kind !== 'label' || !t.split) return false;
  const key = lexiconKey(t.text);
  return (
    VALUE_FIELDS.has(projectConcept(key) ?? '') || DEPARTMENT_VALUE_FIELDS.has(departmentConcept(key) ?? '')
  );
}

/** A label alone on its row followed by a row of cells (a row broken after its first cell): one row. */
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
  return trailingValue(text, row) ?? [whole];
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

/** The columns of a target form's indicator table, for rows whose header the copy lost. */
const IMPLIED_HEADER_CELLS = ['一级指标', '二级指标', '三级指标', '指标值'];

interface Header {
  roles: ColumnRole[];
  nameAt: number;
  valueAt: number;
  /** The header is part of a 自评表's band (实际完成值, 得分 … in it or in the band printed with it). */
  evaluation: boolean;
}

const IMPLIED_HEADER: Header = {
  roles: ['level1', 'level2', 'name', 'value'],
  nameAt: 2,
  valueAt: 3,
  evaluation: false,
};

/** Turns a token stream back into rows. */
class StreamBuilder {
  private readonly out: Row[] = [];
  private i = 0;
  /** A 自评表's band (left to its own reader) was passed: the lines after it are its table's cells. */
  private evaluationBody = false;
  constructor(private readonly tokens: Token[]) {}

  build(): Row[] {
    const ts = this.tokens;
    // A target form's stream with no column heading anywhere (the copy lost the indicator header).
    const headless = !ts.some((t) => t.kind === 'column' || isEvaluationKind(titleKind(t.text)));
    while (this.i < ts.length) {
      const t = ts[this.i]!;
      const header = this.headerAt(this.i);
      if (header) {
        this.i = header.end;
        this.readIndicators(header.header, header.cells, t);
        continue;
      }
      // 产出指标 数量指标 name value …: a 一级 and a 二级 name opening rows under no header are the table's first
      // row; read under the columns every target form has (一级 | 二级 | 三级 | 指标值).
      if (headless && t.kind === 'level1' && this.nextFilled(this.i + 1)?.kind === 'level2') {
        this.readIndicators(IMPLIED_HEADER, IMPLIED_HEADER_CELLS, t);
        continue;
      }
      if (titleKind(t.text)) this.evaluationBody = false;
      // 年度预算220万元 under a 自评表's band copied one cell per line: a cell of its table (a target, an actual),
      // not a head field whose label the tokens cut out of it — the head stands before the band.
      if (this.evaluationBody && t.kind === 'label' && t.split) {
        const from = this.i;
        while (this.i < ts.length && ts[this.i]!.split && ts[this.i]!.line === t.line) this.i++;
        const cut = ts.slice(from, this.i);
        this.emit([cut.map((c) => c.text).join('')], cut, false);
        continue;
      }
      if (t.kind === 'label' || t.kind === 'section') {
        this.readField();
        continue;
      }
      if (t.kind !== 'blank') this.emit([t.text], [t], false);
      this.i++;
    }
    return this.out;
  }

  /** The first token from k on that is not a blank. */
  /** Whether the next filled token is a line of its own holding a value, or the sign a sign column holds. */
  private signOrFigureFollows(k: number, h: Header): boolean {
    const after = this.nextFilled(k);
    if (!after || after.split) return false;
    return isValueShaped(after.text) || (h.roles.includes('op') && OPS.test(after.text));
  }

  private nextFilled(k: number): Token | undefined {
    while (k < this.tokens.length && this.tokens[k]!.kind === 'blank') k++;
    return this.tokens[k];
  }

  /**
   * A figure with its unit (20万元), the token before `k`, followed by a value on a line of its own and then by no
   * other value: a name and its value, not a row's figures.
   */
  private namesNextRow(figure: string, k: number): boolean {
    if (!isValueShaped(figure) || !/\d\D/.test(figure.trim()) || /^\d+(\.\d+)?\s*[%％]$/.test(figure.trim()))
      return false;
    const ts = this.tokens;
    const line = ts[k - 1]?.line;
    while (k < ts.length && ts[k]!.kind === 'blank') k++;
    const value = ts[k];
    if (value?.kind !== 'value' || value.split || value.line === line) return false;
    const after = this.nextFilled(k + 1);
    return after === undefined || !isValueShaped(after.text);
  }

  /** Whether a value follows from token `k` on: a target cell, or a comparator alone (≥, 不低于) and then a value. */
  private valueFollows(k: number): boolean {
    const ts = this.tokens;
    while (k < ts.length && ts[k]!.kind === 'blank') k++;
    const first = ts[k]?.text.trim() ?? '';
    if (!COMPARATOR_ONLY.test(first) && !COMPARATOR_WORDS.includes(first)) return isTargetValue(first);
    return isValueShaped(this.nextFilled(k + 1)?.text ?? '');
  }

  /**
   * Whether the row a piece of run-together text opens ends with it: what follows on its line is a level's name, a
   * heading, a label or nothing — no value, no further text — so the piece holds the row's value, if it has one.
   */
  private closesRow(k: number): boolean {
    const t = this.tokens[k];
    const line = this.tokens[k - 1]?.line;
    if (!t || t.line !== line || t.kind === 'blank') return true;
    return t.kind !== 'text' && t.kind !== 'value';
  }

  /** A label and the texts after it: label | value, or a section label prefixed to the next label's row. */
  private readField(): void {
    const ts = this.tokens;
    if (this.readLabelPair()) return;
    let label = ts[this.i++]!;
    // 主管部门 / 及编码: a label broken over two lines, the second line completing a label the lexicon knows.
    const rest = ts[this.i];
    if (
      rest?.kind === 'text' &&
      rest.text.length <= 6 &&
      projectConcept(lexiconKey(label.text + rest.text))
    ) {
      label = { ...label, text: label.text + rest.text };
      this.i++;
    }
    // 资金情况 部门总体资金情况: a heading printed again inside the label after it is that label, not a section.
    const after = ts[this.i];
    if (
      after?.kind === 'label' &&
      lexiconKey(after.text).length > lexiconKey(label.text).length &&
      lexiconKey(after.text).endsWith(lexiconKey(label.text))
    )
      label = ts[this.i++]!;
    const prefix: Token[] = [label];
    // 资金情况（万元） | 年度资金总额： | 854万: a section label stands before the first label under it.
    const concept = projectConcept(lexiconKey(label.text));
    while (
      this.i < ts.length &&
      (concept === 'budget.sources' || label.kind === 'section') &&
      ts[this.i]!.kind === 'label' &&
      prefix.length < 2 &&
      !this.headerAt(this.i)
    )
      prefix.push(ts[this.i++]!);
    const values: Token[] = [];
    while (this.i < ts.length) {
      const t = ts[this.i]!;
      if (t.kind === 'blank') {
        this.i++;
        if (values.length > 0) break;
        continue;
      }
      // 项目资金（万元） | 分值 | 10: a budget block printed one label a row, its column heading after the block's
      // label — a heading the indicator table shares (分值, 权重) as much as 得分 or 执行率.
      const blockColumn =
        t.kind === 'column' &&
        values.length === 0 &&
        concept === 'budget.sources' &&
        budgetColumnOf(t.text) !== null;
      if (t.kind !== 'text' && t.kind !== 'value' && !blockColumn) break;
      if (titleKind(t.text)) break;
      // Texts split at spaces belong together; separate lines are separate values.
      const last = values.at(-1);
      if (last && !(t.split && last.split && t.line === last.line)) break;
      values.push(t);
      this.i++;
    }
    const value = values.map((v) => v.text).join(' ');
    this.emit([...prefix.map((p) => p.text), ...(value ? [value] : [])], [...prefix, ...values], true);
  }

  /**
   * Two one-value labels in a row and then two values on the same line (部门(单位)名称 填报人 某局 张三: a
   * head row's labels printed before its values): the values in order, one to each label.
   */
  private readLabelPair(): boolean {
    const ts = this.tokens;
    const [a, b] = [ts[this.i], ts[this.i + 1]];
    if (!a || !b || !isOneValueLabel(a) || !isOneValueLabel(b)) return false;
    // 项目名称 项目主管部门 年 05 月 08 日 单位:万元 某某专项 某某局: a text layer printed the 填报日期's words and the
    // unit note between the labels and their values; they are no values (the note is kept for the amounts).
    const debris = dateDebrisAt(ts, this.i + 2, a.line);
    const [va, vb] = [ts[this.i + 2 + debris.length], ts[this.i + 3 + debris.length]];
    if (!va || !vb) return false;
    const isValue = (t: Token) => (t.kind === 'text' || t.kind === 'value') && t.split && !titleKind(t.text);
    if (!isValue(va) || !isValue(vb) || ![b, va, vb].every((t) => t.line === a.line)) return false;
    for (const note of debris.filter((t) => UNIT_NOTE.test(t.text))) this.emit([note.text], [note], true);
    this.emit([a.text, va.text], [a, va], true);
    this.emit([b.text, vb.text], [b, vb], true);
    this.i += 4 + debris.length;
    return true;
  }

  /** An indicator header starting at token k: the section label, then three column labels or more. */
  private headerAt(k: number): { header: Header; cells: string[]; end: number } | null {
    const ts = this.tokens;
    let j = k;
    const cells: string[] = [];
    if (
      ts[j]?.kind === 'section' ||
      (ts[j]?.kind === 'label' && columnConcept(lexiconKey(ts[j]!.text)) === 'goal')
    )
      cells.push(ts[j++]!.text);
    const roles: ColumnRole[] = cells.map(() => 'goal');
    while (j < ts.length && roles.length < 40) {
      const t = ts[j]!;
      if (t.kind === 'blank') {
        j++;
        continue;
      }
      const role = columnRole(t);
      // 指标解释 | 指标方向 | 笏石街道办 | 埭头镇: a 区域 table names its value columns by the places they are for.
      const regional =
        !role && roles.some((r) => r === 'name') && !roles.includes('value') && isPlaceHeading(t.text);
      if (!role && !regional) break;
      roles.push(role ?? 'value');
      cells.push(t.text);
      j++;
    }
    // A 自评表's band (实际完成值, 得分 …) written one cell per line: its rows are the 自评表 reader's, which
    // places cells by meaning; rebuilt under the project form's columns they would lose their actuals and
    // scores. (Cut out of run-together text, the cells need the rebuilding to be apart at all.)
    const evaluation = evaluationBand(ts, k, j);
    // Run together, a header holding a heading only the 自评表's list knows (实际完成情况, 自评得分: tokenize.ts cuts
    // at them) is a 自评表's: its rows are left to that reader, which cuts a row's figures by what its columns hold.
    // (Only after an indicator header's own headings: 权重 | 得分 in the budget block above it leaves the rows be.)
    const namesRows = roles.some((r) => r === 'name' || r === 'level1' || r === 'level2');
    const ownHeading = namesRows && isEvaluationHeading(ts[j]);
    if ((!ts[k]!.split || ownHeading) && evaluation) {
      this.evaluationBody = true;
      return null;
    }
    foldSubHeader(roles, cells);
    levelBeforeName(roles, cells);
    dropValueBand(roles, cells);
    moveValueBeforeLevels(roles, cells);
    const named = roles.filter((r) => r !== 'goal');
    const nameAt = roles.lastIndexOf('name') >= 0 ? roles.lastIndexOf('name') : roles.lastIndexOf('level2');
    const valueAt = roles.indexOf('value', Math.max(0, nameAt));
    if (named.length < 3 || nameAt < 0 || valueAt < 0) return null;
    return { header: { roles, nameAt, valueAt, evaluation }, cells, end: j };
  }

  private readIndicators(h: Header, headerCells: string[], first: Token): void {
    this.emit(headerCells, [first], true);
    const ts = this.tokens;
    const fused = h.roles.some((r) => r === 'weight' || r === 'op' || r === 'unit');
    const l1At = h.roles.indexOf('level1');
    const l2At = h.roles.indexOf('level2') < h.nameAt ? h.roles.indexOf('level2') : -1;
    const l2Cols = h.roles.flatMap((r, c) => (r === 'level2' && c < h.nameAt ? [c] : []));
    const weights = new Set<string>();
    const firstRow = this.out.length;
    // The value right after the name and text columns after it: a row run together there is cut by its value.
    const runTogether =
      h.valueAt === h.nameAt + 1 && ['other', 'basis'].includes(h.roles[h.valueAt + 1] ?? '');
    // Under 三级 | 指标值 alone, a piece of run-together text may hold several rows, each closed by a marked value.
    const oneValueColumn = h.valueAt === h.roles.length - 1 && h.valueAt === h.nameAt + 1;
    const hasExplanation =
      explanationBefore(
        h,
        h.roles.map(() => ''),
      ) >= 0;
    let row = null as string[] | null;
    let rowTokens: Token[] = [];
    let next = h.nameAt + 1;
    const start = () => {
      row = h.roles.map(() => '');
      rowTokens = [];
      next = h.nameAt + 1;
      return row;
    };
    // 按时发放补贴 60% | ≥60%: the explanation written after the name with a space, the value cut off after it.
    // 学校满意度≥90%, 校舍维修改造质量合格率100%: a row whose cells ran together, the value glued to the name;
    // cut off when no value follows on its own (else the next row's name would be taken for the value).
    const setName = (r: string[], part: string, alone: boolean) => {
      const tail = hasExplanation ? /^(.*\p{Script=Han}\S*)[ \u3000]+(\d\S*)$/u.exec(part) : null;
      // Cut out of run-together text, a name's last words may also be a figure and its unit (年增粮食3500公斤).
      const cut = ts[this.i - 1]?.split === true;
      const next = ts[this.i];
      const glued =
        alone && !tail
          ? (gluedValue(part) ??
            (cut ? unitValueAtEnd(part) : null) ??
            (cut && oneValueColumn && this.closesRow(this.i) ? targetAtEnd(part) : null))
          : null;
      // 知晓率显著提升 | 100%: a name ending in a qualitative word, with a figure of its own after it (a cell a line),
      // ends in that word; the figure is its value. (A bare number after it may be a 分值: the word stays the value.)
      const wordNamed =
        glued !== null &&
        QUALITATIVE_VALUES.includes(glued.value) &&
        next?.kind === 'value' &&
        !next.split &&
        (!/^\d+(\.\d+)?$/.test(next.text) || !h.roles.includes('weight'));
      // 满意度95%以上 | >=95%: in a table of one value column copied a cell a line, a name with a figure in it and a
      // value of its own on the next line keeps its figure — the value is the row's, the figure the name's words.
      const figureNamed =
        glued !== null &&
        oneValueColumn &&
        !cut &&
        // (不低于95%: a comparison's word opening the value, as ≥ does.)
        (next?.kind === 'value' || (next !== undefined && opensWithComparison(next.text))) &&
        !next.split &&
        next.line !== ts[this.i - 1]?.line;
      if (
        glued &&
        !wordNamed &&
        !figureNamed &&
        !(next && next.kind === 'value' && next.line === ts[this.i - 1]?.line)
      ) {
        const once = cut ? restatedName(glued.name, glued.value) : glued;
        r[h.nameAt] = once.name;
        r[h.valueAt] = once.value;
        return;
      }
      r[h.nameAt] = tail ? tail[1]! : part;
      if (tail) r[explanationBefore(h, r)] = tail[2]!;
    };
    const finish = () => {
      if (row && row[h.nameAt]) this.emit(row, rowTokens, true);
      else if (row && (l1At >= 0 || l2At >= 0) && (row[l1At] || row[l2At]) && !row[h.nameAt]) {
        // A level row with no indicator: kept so the 二级 slot is seen (and 一级 fills down).
        this.emit(row, rowTokens, true);
      }
      row = null;
    };
    // ≥90 | ％年度预算执行率: a full-width ％ left after a row's figure (a copy in full-width figures, the tokens or
    // the fused row's parts cut before it) is that figure's unit, not the opening of the next name. (Not in a
    // 自评表's band, whose reader cuts figure runs itself.)
    const unitAt = h.roles.indexOf('unit', h.valueAt);
    const unitLeftBehind = (text: string): string => {
      const open = row as string[] | null;
      // 10 | 套烟感、温感控制设备 under 目标值 | 计量单位: the unit the row's figure left opening the next name is
      // the row's, in its unit column (unit-opening-name.ts).
      if (!h.evaluation && open && unitAt > 0 && open[unitAt] === '' && /\d$/.test(open[h.valueAt] ?? '')) {
        const filled = open.findLastIndex((c, k) => k > h.nameAt && c !== '' && c !== SKIPPED);
        const opening = filled === h.valueAt ? unitOpeningName(text) : null;
        if (opening) {
          open[unitAt] = opening.unit;
          next = unitAt + 1;
          return opening.name;
        }
      }
      if (h.evaluation || !open || !/^[％%][\p{Script=Han}\d０-９]/u.test(text)) return text;
      const last = open.findLastIndex((c, k) => k > h.nameAt && c !== '' && c !== SKIPPED);
      if (last < 0 || !/[\d０-９]$/.test(open[last]!)) return text;
      open[last] += '%';
      return text.slice(1);
    };
    while (this.i < ts.length) {
      let t = ts[this.i]!;
      if (this.headerAt(this.i)) break;
      // 成本指标 | 项目金额 | 5万元: a head field's label (项目金额, 预算数) standing where the row awaits its indicator
      // — its 二级 given, no name yet — with a value right after it is that indicator's name, not a new field;
      // so is a line the tokens cut at a label it opens with (项目资金 | 使用合规性 out of 项目资金使用合规性).
      const open = row as string[] | null;
      if (
        t.kind === 'label' &&
        open !== null &&
        !open[h.nameAt] &&
        (l2At >= 0 ? !!open[l2At] : l1At >= 0 && !!open[l1At])
      ) {
        let end = this.i + 1;
        let whole = t.text;
        // … but not into the value cut off after it (项目金额 | 5万元 out of a row run together, 项目金额5万元).
        while (
          t.split &&
          ts[end]?.split &&
          ts[end]!.line === t.line &&
          ts[end]!.kind !== 'blank' &&
          !(ts[end]!.kind === 'value' && isTargetValue(ts[end]!.text))
        )
          whole += ts[end++]!.text;
        // (资金到位率 | 资金到位率达100%: a line of its own before a target worded around its figure, too; and
        // 项目资金专项核算 | 定性 | …: a line before the row's sign or kind, which only an indicator's value follows.)
        const following = this.nextFilled(end)?.text ?? '';
        if (
          isTargetValue(following) ||
          (h.roles.includes('op') && OPS.test(following)) ||
          (!t.split && isWordedFigureValue(following))
        ) {
          t = { ...t, kind: 'text', text: whole, split: false };
          this.i = end - 1;
        }
      }
      // 资金到位率 | 资金到位率达100% | 项目资金专项核算: a line inside the rows that opens with a head field's label
      // (项目资金) and goes on in words of its own, no colon after the label, is the next row's name — a field's
      // label stands alone on its line or before its colon.
      if (t.kind === 'label' && t.split && open !== null && open[h.nameAt]) {
        let end = this.i + 1;
        let whole = t.text;
        while (ts[end]?.split && ts[end]!.line === t.line && ts[end]!.kind !== 'blank')
          whole += ts[end++]!.text;
        if (end > this.i + 1 && /^\p{Script=Han}+$/u.test(whole)) {
          t = { ...t, kind: 'text', text: whole, split: false };
          this.i = end - 1;
        }
      }
      // 社会效益指标:学校的教学秩序良好,…,构建校园安全文明、稳定、和谐。: a sentence cut off a 二级 on its own line,
      // the 二级 still waiting for its indicator, is what that 二级 sets (a form that words its targets as prose),
      // not a note under the table.
      const levelsSentence =
        t.kind === 'text' &&
        open !== null &&
        !open[h.nameAt] &&
        l2At >= 0 &&
        !!open[l2At] &&
        ts[this.i - 1]?.kind === 'level2' &&
        ts[this.i - 1]!.line === t.line;
      if (t.kind === 'label' || t.kind === 'section' || endsTable(t, levelsSentence)) break;
      this.i++;
      // 及时发放率达到目标值100%: a heading's word (目标值) cut out of a row between its name and its value is a
      // word of the name; a header is not printed again inside a row.
      const before = ts[this.i - 2];
      if (t.kind === 'column' && t.split && row && row[h.nameAt] && !row[h.valueAt]) {
        if (before?.kind === 'text' && before.line === t.line && row[h.nameAt]!.endsWith(before.text))
          row[h.nameAt] += t.text;
        continue;
      }
      if (t.kind === 'column') continue;
      if (t.kind === 'blank') {
        if (row && row[h.nameAt] && next < h.roles.length && !row[h.valueAt]) {
          // An empty cell: the column it stands for is left empty (SKIPPED is dropped when the row is written).
          if (next === h.valueAt) row[h.valueAt] = SKIPPED;
          next++;
        }
        continue;
      }
      let level =
        t.kind === 'level1' || t.kind === 'level2' ? t.kind : (ownLevelWord(ts, this.i - 1) ?? null);
      // 成本指标 and 满意度指标 are 一级 in one tree and 二级 in another: 一级 only when a 二级 follows (满意度指标 |
      // 满意度指标: the second, a 二级 by its name, is the first's 二级) — and never right under a 一级 still
      // waiting for its 二级 (产出指标 | 成本指标 | 成本指标: the 二级, written again for the next column group).
      const waitingL1 =
        open !== null && l1At >= 0 && !!open[l1At] && !(l2At >= 0 && open[l2At]) && !open[h.nameAt];
      const after = ts[this.i];
      const l2Follows =
        !waitingL1 &&
        (after?.kind === 'level2' || (after?.kind === 'level1' && isLevel2Name(lexiconKey(after.text))));
      if (level === 'level1' && isLevel2Name(lexiconKey(t.text)) && !l2Follows) level = 'level2';
      // (Not where the open row still waits for its value: a qualitative value before the next group's first name.)
      const awaitsValue = open !== null && !!open[h.nameAt] && !open[h.valueAt];
      if (level === null && l2At >= 0 && !awaitsValue && headsNumberedGroup(t, this.nextFilled(this.i)))
        level = 'level2';
      if (level === 'level1' && l1At >= 0) {
        finish();
        start()[l1At] = t.text;
        rowTokens.push(t);
        continue;
      }
      const cur: string[] | null = row;
      // 二级（长期） | 三级（长期） | 指标值（长期） | 二级（年度） | …: the same 二级 again fills the next group's 二级 column.
      const laterL2 =
        cur && !cur[h.nameAt] && l2At >= 0 && cur[l2At]
          ? l2Cols.find((c) => c > l2At && cur[c] === '')
          : undefined;
      if (
        (level === 'level2' || level === 'level1') &&
        laterL2 !== undefined &&
        lexiconKey(cur![l2At]!) === lexiconKey(t.text)
      ) {
        cur![laterL2] = t.text;
        rowTokens.push(t);
        continue;
      }
      // 服务对象满意度 | 服务对象满意度 | ≥95%, 服务对象满意度指标 | 服务对象满意度: the 三级 written like its 二级 —
      // or as its last words, its value right after it (服务对象满意度指标 | 满意度 | 90%).
      if (
        level === 'level2' &&
        cur &&
        l2At >= 0 &&
        !cur[h.nameAt] &&
        (withoutIndicatorWord(cur[l2At] ?? '') === withoutIndicatorWord(t.text) ||
          (withoutIndicatorWord(cur[l2At] ?? '').endsWith(withoutIndicatorWord(t.text)) &&
            isValueShaped(this.nextFilled(this.i)?.text ?? '')))
      )
        level = null;
      // 满意度指标 | 受益单位满意度 95% | 社会公众满意度 ≥90%: a name worded like a 二级 with its value right after it,
      // under a 二级 already given, is the next 三级 (a 二级 is followed by its first indicator, not a value).
      if (
        level === 'level2' &&
        cur &&
        l2At >= 0 &&
        cur[l2At] &&
        cur[h.nameAt] &&
        isValueShaped(ts[this.i]?.text ?? '')
      )
        level = null;
      // A 二级's first indicator, before any other of it and with its value after it (a comparator alone first, a
      // copy one cell per line) — a 二级 is followed by an indicator's name, never by a figure, and is not written
      // twice over: 服务对象满意度指标 | 社会公众满意度 | ≥ | 90 | %, worded like a 二级 without its 指标, and
      // 服务对象满意度指标 | 服务对象或受益者满意度指标 | ≥95%, another wording of the 二级 just given.
      // (质量指标 | 88100 under 数量指标 is a template's 二级 printed in the wrong column, left as it is.)
      if (
        level === 'level2' &&
        cur &&
        l2At >= 0 &&
        cur[l2At] &&
        !cur[h.nameAt] &&
        (!/指标$/.test(lexiconKey(t.text)) || rewordsLevel2(cur[l2At]!, t.text)) &&
        this.valueFollows(this.i)
      )
        level = null;
      // 时效指标 | 全年: a 二级's word with a period after it names the indicator the period is the target of — a
      // 二级 is followed by an indicator's name, and a period names none (质量指标 | 88100, a template's bare
      // figures after its 二级 words, is left as it is).
      if (level === 'level2' && isPeriodValue(this.nextFilled(this.i)?.text ?? '')) level = null;
      if (level === 'level2' && (l2At >= 0 || l1At >= 0)) {
        const r: string[] = row && !row[h.nameAt] && !(l2At >= 0 && row[l2At]) ? row : (finish(), start());
        r[l2At >= 0 ? l2At : l1At] = t.text;
        rowTokens.push(t);
        continue;
      }

      if (isCutLevelName(t.text)) continue;
      t = { ...t, text: unitLeftBehind(t.text) };
      // 区域目标值 over 新罗区永定区…: the places the value column is cut into, printed under the header before the
      // first row — a sub-heading, no indicator.
      if (row === null && this.out.length === firstRow && isPlaceHeading(t.text)) continue;
      // 学生补助标准17元/人.每天反映…-定量 under name | 指标值 | 指标值内容 …: the name, its value and the rest of the
      // row's text, each in its column (name-value-run.ts); a 二级's row of no indicator ends in -定性 alone.
      if (runTogether && isUnitAndKindOnly(t.text)) continue;
      const run = runTogether && t.kind === 'text' && !isValueShaped(t.text) ? nameValueRest(t.text) : null;
      if (run) {
        const r: string[] = row && !row[h.nameAt] ? row : (finish(), start());
        r[h.nameAt] = run.name;
        r[h.valueAt] = run.value;
        r[h.valueAt + 1] = run.rest;
        next = h.valueAt + 2;
        rowTokens.push(t);
        continue;
      }
      const rowStarts = new Set<number>();
      const explained =
        hasExplanation && !isValueShaped(t.text)
          ? ((!t.split ? spacedExplanationRow(t.text) : null) ?? explainedRuns(t.text) ?? yesNoRow(t.text))
          : null;
      // A line of its own that opens with a figure (2021年1月-12月) is a value as printed, no name with values glued on.
      // 物管服务面积 | 建筑面积2.6万平方米,展示面积1万平方米: a cell of its own where the row awaits its value, listing
      // measures, is the value whole — no name with its figures glued on.
      // 免费开放时间 | 每周不少于42小时: so is a target in words around its figure — a row run together opens with
      // its name, and this row has its name already (worded-figure-value.ts).
      const listedValue =
        !t.split &&
        !!row &&
        !!row[h.nameAt] &&
        !row[h.valueAt] &&
        (isMeasureList(t.text) || isWordedFigureValue(t.text));
      // 寨山石坪村新建水泥路1条 | 2 | km: a line of its own where the row awaits its name (or has its value, so the
      // line opens the next), its value on the lines after it (a figure or the row's sign), is the name whole — a
      // figure in a name counts what it names.
      const opened = row as string[] | null;
      const figureInName =
        !t.split && (!opened?.[h.nameAt] || !!opened[h.valueAt]) && this.signOrFigureFollows(this.i, h);
      const parts = explained
        ? explained
        : fused &&
            !listedValue &&
            !figureInName &&
            (t.split || (/\d/.test(t.text) && !isValueShaped(t.text) && !/^\d/.test(t.text)))
          ? joinValueParts(
              splitFusedRow(t.text),
              h,
              isValueShaped(this.nextFilled(this.i)?.text ?? ''),
              rowStarts,
            )
          : ((oneValueColumn && t.split ? joinedRows(t.text, this.closesRow(this.i)) : null) ?? [t.text]);
      for (const [n, whole] of parts.entries()) {
        const part = unitLeftBehind(whole);
        // The next row's name cut out after a worded value: a row of its own, whatever columns are left.
        if (rowStarts.has(n) && row?.[h.nameAt]) finish();
        const r: string[] = row ?? start();
        if (!r[h.nameAt]) {
          // A number with no indicator name: a template's score, not an indicator; one letter is a cut-off. (But
          // 产出指标 | 数量指标 | 20万元 | 100%: a figure with its unit under a row's levels, in a table of one value
          // column copied a cell a line, its own value after it, is the indicator named by its amount.)
          const amountNamed =
            oneValueColumn && !t.split && parts.length === 1 && this.namesNextRow(part, this.i);
          if ((isValueShaped(part) && !amountNamed) || part.length < 2) continue;
          if (amountNamed) {
            r[h.nameAt] = part;
            rowTokens.push(t);
            continue;
          }
          setName(r, part, parts.length === 1);
          rowTokens.push(t);
          continue;
        }
        // 全年检测次数自愿咨询检测1000人次以上,…筛查600人次以上 | 培训次数2次以上: a name that carries its own bounded
        // figures (its values written into the sentence) takes no value from the next line when that line is a
        // name with its value glued on: that line is the next row.
        // (7 岁以下儿童健康管理率 | 不低于85%: a comparison's word and its figure are a value, no name glued to one.)
        if (
          !r[h.valueAt] &&
          parts.length === 1 &&
          BOUNDED_FIGURE.test(r[h.nameAt]!) &&
          gluedValue(part) &&
          !opensWithComparison(part)
        ) {
          finish();
          setName(start(), part, true);
          rowTokens.push(t);
          continue;
        }
        // 成本控制率 | 不超预算 cut out of explained rows: a bound in words is the row's value, not its explanation.
        if (explained && !r[h.valueAt] && isWordedBound(part)) {
          r[h.valueAt] = part;
          next = h.valueAt + 1;
          rowTokens.push(t);
          continue;
        }
        const trailing = parts.length === 1 && closesNumberedRow(r[h.nameAt]!, part, this.nextFilled(this.i));
        const placed = place(h, r, next, part, weights, trailing, !t.split && parts.length === 1);
        if (placed >= 0) {
          next = placed + 1;
          rowTokens.push(t);
          continue;
        }
        // A 自评表 band in two rows (年度指标值 over 性质 | 值 | 单位 here, 实际完成值 | 分值 | 得分 printed above it):
        // the row's figures after the rebuilt columns have no column of their own here. They stay on the row,
        // after its cells, for the 自评表 reader to place by meaning (7289010.009.00 is 实际 | 分值 | 得分).
        if (h.evaluation && (isFigureRun(part) || (t.split && isValueShaped(part)))) {
          r.push(part);
          rowTokens.push(t);
          continue;
        }
        // 20万元 | 100% after a row that has its value, in a table of one value column copied a cell a line: a figure
        // with its unit where the next row's name stands, a value of its own on the next line and no third after it,
        // is that row's name (an indicator named by its amount). A bare number there is a template's points.
        if (oneValueColumn && !t.split && parts.length === 1 && this.namesNextRow(part, this.i)) {
          finish();
          start()[h.nameAt] = part;
          rowTokens.push(t);
          continue;
        }
        // Does not fit the row: the next indicator, under the same 一级/二级 (a stray number is dropped).
        if (isValueShaped(part) || part.length < 2) continue;
        finish();
        setName(start(), part, parts.length === 1);
        rowTokens.push(t);
      }
    }
    finish();
    cutValuesFromWeights(this.out.slice(firstRow), h);
  }

  private emit(written: string[], from: Token[], table: boolean): void {
    const cells = written.map((c) => (c === SKIPPED ? '' : c));
    const at = from.find((t) => t.line !== undefined) ?? from[0];
    const split = from.some((t) => t.split);
    this.out.push({
      cells,
      table,
      ...(at?.line !== undefined ? { line: at.line } : {}),
      ...(at?.source ? { source: at.source } : {}),
      confidence: split ? SPLIT_CONFIDENCE : STREAM_CONFIDENCE,
    });
  }
}

/** A level of a template's own words (计划管理指标, 过程管理指标): a short text ending in 指标 no list knows. */
const isLevelWord = (t: Token | undefined) =>
  t !== undefined &&
  (t.kind === 'level1' ||
    t.kind === 'level2' ||
    (t.kind === 'text' && /^\p{Script=Han}{2,8}指标$/u.test(lexiconKey(t.text))));

/**
 * The level a text of the template's own words stands for, by what follows it: another level (过程管理指标 |
 * 计划管理指标) makes it the level above, a name and its value (计划管理指标 | 投资计划分解用时 | ≤20工作日) the 二级
 * over them; anything else leaves it a name (an indicator named …指标 is followed by its value).
 */
function ownLevelWord(ts: readonly Token[], k: number): 'level1' | 'level2' | undefined {
  if (ts[k]?.kind !== 'text' || !isLevelWord(ts[k])) return undefined;
  const filled: Token[] = [];
  for (let j = k + 1; j < ts.length && filled.length < 2; j++)
    if (ts[j]!.kind !== 'blank') filled.push(ts[j]!);
  const [next, after] = filled;
  if (isLevelWord(next)) return 'level1';
  return next?.kind === 'text' && after && isValueShaped(after.text) ? 'level2' : undefined;
}

/**
 * 享受资助人数 | 210010 under 目标值 | 分值: a value run into the 分值 after it, where other rows print theirs
 * apart. The tail that is a 分值 another row prints is cut off; of several, the one that brings the 分值 to 100.
 */
export function cutValuesFromWeights(rows: readonly Row[], h: Pick<Header, 'roles' | 'valueAt'>): void {
  const w = h.roles.indexOf('weight');
  if (w <= h.valueAt) return;
  const printed = rows.flatMap((r) => (/^\d{1,3}(\.\d+)?$/.test(r.cells[w] ?? '') ? [r.cells[w]!] : []));
  if (printed.length === 0) return;
  const sum = printed.reduce((a, x) => a + Number(x), 0);
  for (const r of rows) {
    const value = r.cells[h.valueAt] ?? '';
    if (r.cells[w] || !/^\d{3,}$/.test(value)) continue;
    const fits = [...new Set(printed)].filter((x) => value.length > x.length && value.endsWith(x));
    const whole = fits.filter((x) => Math.abs(sum + Number(x) - 100) < 1e-9);
    const cut = fits.length === 1 ? fits[0] : whole.length === 1 ? whole[0] : undefined;
    if (cut === undefined) continue;
    r.cells[h.valueAt] = value.slice(0, -cut.length);
    r.cells[w] = cut;
  }
}

/** A name numbered as the first of its group (1.读书节活动场次, 1、参与人次). */
const FIRST_OF_GROUP = /^1\s*[.、．]\s*\S/u;

/**
 * 目标完成程度 | 1.读书节活动场次 …, later 项目实施效益 | 1.参与活动读者人次: under a header with a 二级 column, a
 * short word without a figure right before a name numbered 1 heads that group of names — a 二级 the level
 * lexicon does not know (a template's own wording), not an indicator of its own.
 */
export function headsNumberedGroup(t: Token, after: Token | undefined): boolean {
  if (t.kind !== 'text' || after === undefined || (after.kind !== 'text' && after.kind !== 'value'))
    return false;
  const text = t.text.trim();
  return (
    text.length <= 10 &&
    !/\d/.test(text) &&
    !FIRST_OF_GROUP.test(text) &&
    FIRST_OF_GROUP.test(after.text.trim())
  );
}

/** The number a name is printed with (2.进基层活动场次 → 2), or null. */
const numberOf = (name: string): number | null => {
  const m = /^(\d{1,2})\s*[.、．]\s*\S/u.exec(name.trim());
  return m ? Number(m[1]) : null;
};

/**
 * 1.读书节活动场次 | 4场 | ≥4场 | 全年举办读书节主题活动场次, then 2.进基层活动场次: where the row's name is numbered,
 * a text after its value that bears no number and has no value after it is the row's last column (指标内容,
 * 计算公式), not an indicator of its own — the next indicator would bear the next number and its value follow it.
 */
export function closesNumberedRow(name: string, text: string, after: Token | undefined): boolean {
  if (numberOf(name) === null || numberOf(text) !== null || isValueShaped(text)) return false;
  return after === undefined || !isValueShaped(after.text);
}

/** A level's name without the word 指标 it may end in (服务对象满意度指标 → 服务对象满意度). */
const withoutIndicatorWord = (text: string) => lexiconKey(text).replace(/指标$/, '');

/** Figures only, one or several run together (95, 1002019, 7289010.009.00): no name and no word. */
const isFigureRun = (text: string) => /^\d[\d.]*%?$/.test(text.trim());

/**
 * A column heading only a 自评表's list knows (not the lexicon), cut out of run-together text: a heading token, or a
 * text the tokens left whole that is wholly such headings run together (未完成原因分析得分, 得分 before 分值).
 */
const isEvaluationHeading = (t: Token | undefined) =>
  t !== undefined &&
  t.split &&
  (t.kind === 'column' || t.kind === 'text') &&
  columnRole(t) === null &&
  (indicatorColumnOf(t.text) !== null || headingColumns(t.text) !== null);

/** Columns only a 自评表 or 监控表 has: what was achieved and what it scored. */
const EVALUATION_ONLY = new Set(['actual', 'actualToDate', 'expectedFullYear', 'score']);

/**
 * Whether the band of column headings around the header tokens k..end (a two-band header prints 实际完成值
 * and 得分 in the band before 一级 | 二级 | 三级) names a 自评表's columns.
 */
function evaluationBand(ts: readonly Token[], k: number, end: number): boolean {
  // A heading may hold two labels run together (得分偏差原因分析及改进措施).
  const columnsOf = (t: Token) => {
    const one = indicatorColumnOf(t.text);
    return one !== null ? [one] : (headingColumns(t.text) ?? []);
  };
  const heading = (t: Token) => t.kind === 'blank' || columnsOf(t).length > 0;
  let from = k;
  while (from > 0 && k - from < 16 && heading(ts[from - 1]!)) from--;
  let to = end;
  while (to < ts.length && to - end < 16 && heading(ts[to]!)) to++;
  return ts.slice(from, to).some((t) => columnsOf(t).some((c) => EVALUATION_ONLY.has(c)));
}

/** 项目名称, 部门（单位）名称 and their spellings: the labels that identify a form. */
function namesAForm(text: string): boolean {
  const key = lexiconKey(text);
  if (projectConcept(key) === 'name') return true;
  return departmentConcept(key) === 'department' && key !== '单位名称' && key !== '部门';
}

/**
 * 指标名称 | 上年度实际水平 | 本年度计划水平 | 指标内容 / 二级指标 | 三级指标: a two-row header copied one cell per
 * line, its second row (the levels the 指标名称 column is split into) after the first. The levels take the
 * name column's place (二级指标 | 三级指标 | 上年度实际水平 | …), as the rows print them. Only where the first row
 * names the indicator and a value after it, and the second row is levels ending in the 三级 name and nothing
 * else; in place.
 */
export function foldSubHeader(roles: ColumnRole[], cells: string[]): void {
  let tail = 0;
  while (tail < roles.length && ['level1', 'level2'].includes(roles[roles.length - 2 - tail] ?? '')) tail++;
  if (tail === 0 || roles.at(-1) !== 'name') return;
  const sub = tail + 1;
  const first = roles.length - sub;
  const nameAt = roles.indexOf('name');
  if (nameAt < 0 || nameAt >= first || !roles.slice(nameAt + 1, first).includes('value')) return;
  if (roles.slice(0, first).some((r) => r === 'level1' || r === 'level2')) return;
  roles.splice(nameAt, 1, ...roles.splice(first, sub));
  cells.splice(nameAt, 1, ...cells.splice(first, sub));
}

function columnRole(t: Token): ColumnRole | null {
  if (t.kind !== 'column' && t.kind !== 'section' && t.kind !== 'label') return null;
  const key = lexiconKey(t.text);
  return columnConcept(key) ?? columnConcept(key.replace(/（[^）]*）$/, ''));
}

/**
 * A note under the table or a sentence: the indicator rows are over — unless the sentence is the content of the
 * 二级 just before it on its line (`ofLevel`).
 */
function endsTable(t: Token, ofLevel = false): boolean {
  if (t.kind === 'text' && titleKind(t.text)) return true;
  // 【返回】, [打印]: the page's own controls under the table.
  if (t.kind === 'text' && isPageChrome(t.text)) return true;
  // 表十二: the number of the next table.
  if (/^表[一二三四五六七八九十\d]+$/.test(t.text)) return true;
  // 总分 | 100 under the rows: the table's total, no indicator.
  if (/^(总分|合计|总计)$/.test(t.text.replace(/\s/g, ''))) return true;
  if (
    /^(注|说明|备注|填报说明|附件)[：:]/.test(t.text) ||
    (!ofLevel && t.text.length > 60 && /[。；]/.test(t.text))
  )
    return true;
  // The signature block: 填表人, 财政资金管理科室（盖章）, 年 月 日 (its names and numbers follow).
  return t.kind !== 'level1' && t.kind !== 'level2' && isSignatureRow([t.text]);
}

const isUnit = (text: string) => matchUnit(text) === text || text === '百分比';

const OPS = new RegExp(`^([${COMPARATOR_SIGNS}]|定性|定量|正向|反向|正向指标|反向指标|不适用)$`);

/**
 * Under a header with a 指标解释 / 标准 column before the value, a row copied with single spaces whose last two
 * words both start with a number (各类书籍审稿率 100%(计划标准) 1, 按时发放补贴 60% ≥60%): the name, the
 * explanation and the value, the value last. Null for any other text.
 */
export function spacedExplanationRow(text: string): string[] | null {
  const m = /^(.*\S)[ \u3000]+(\d\S*)[ \u3000]+(\S+)$/u.exec(text.trim());
  if (!m || !/\p{Script=Han}/u.test(m[1]!) || !isValueShaped(m[3]!)) return null;
  return [m[1]!, m[2]!, m[3]!];
}

/**
 * Rows run together in one piece of text (joined-rows.ts), the last row's value cut off too: name, value, name …;
 * null where the text holds one row or none.
 */
function joinedRows(text: string, closes: boolean): string[] | null {
  // 成本控制按照资金测算控制各项成本。补贴数量…: targets written as sentences, each closed by its 。.
  const sentences = sentenceTargetRows(text);
  if (sentences) {
    const { rows, rest } = sentences;
    return rest === '' ? rows : [...rows, ...(joinedRows(rest, closes) ?? [rest])];
  }
  // 档案查阅利用效率显著提高数字化成果合格率: a judgement between two names is the first row's target, as a marked
  // value between them is.
  const parts = (splitJoinedRows(text) ?? [text]).flatMap((p, k) =>
    k % 2 === 0 ? judgementsBetweenNames(p) : [p],
  );
  // 经费支出合规性较高经费支出时效性及时支出: rows of one 二级 whose names open alike, where the piece closes its rows.
  const alike = closes ? rowsOpeningAlike(parts.at(-1)!) : null;
  if (alike) return [...parts.slice(0, -1), ...alike];
  if (parts.length === 1) return null;
  // 资金到位率资金到位率达 | 100%: a name written again opens its target.
  for (let k = 0; k + 1 < parts.length; k += 2) {
    const once = restatedName(parts[k]!, parts[k + 1]!);
    [parts[k], parts[k + 1]] = [once.name, once.value];
  }
  const end = parts.at(-1)!;
  // (The last row's value cut off its name as a row's alone would be, where the piece closes its row.)
  const last = gluedValue(end) ?? unitValueAtEnd(end) ?? (closes ? targetAtEnd(end) : null);
  if (last) return [...parts.slice(0, -1), last.name, last.value];
  return (closes ? clauseAroundFigure(parts) : null) ?? parts;
}

/**
 * 成本控制严格按照预算标准 | 1000元/人 | 给补助对象兑付补助, a piece that must close its row: where the words after the
 * last figure read as no row (no value of their own) and a clause opener starts a target in the words before it, the
 * figure stands inside one worded target (严格按照预算标准1000元/人给补助对象兑付补助) — not between two rows, the
 * second without a value. Null where the pieces do not read so.
 */
function clauseAroundFigure(parts: readonly string[]): string[] | null {
  if (parts.length < 3) return null;
  const before = parts.at(-3)!;
  const end = parts.at(-1)!;
  if (!/^\p{Script=Han}{2}/u.test(end) || /\d/.test(end)) return null;
  const at = clauseTargetAt(before);
  if (at === null) return null;
  return [...parts.slice(0, -3), before.slice(0, at), before.slice(at) + parts.at(-2)! + end];
}

/** Units a figure may end in (the core's, 百分比, the measure words of 指标值), longest first, for a pattern. */
const UNIT_WORDS = [...new Set([...KNOWN_UNITS, '百分比', ...MEASURE_WORDS])]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** A figure closed by its unit after a name's last Han character or bracket: 补助1600元/亩, 年增粮食3500公斤. */
const UNIT_VALUE_AT_END = new RegExp(
  `^(.*[\\p{Script=Han}）)])(\\d[\\d.,]*(?:${UNIT_WORDS})(?:[/·]\\p{Script=Han}{1,2})?)$`,
  'u',
);
/** A bare figure after the unit a name names in brackets: 实施营造林总面积(亩)80000. */
const FIGURE_AFTER_UNIT_NOTE = new RegExp(`^(.*[（(](?:${UNIT_WORDS})[)）])(\\d[\\d.,]*)$`, 'u');

/**
 * A run-together row's name with its value written without a sign or a percentage after it, that a unit closes
 * (年增粮食3500公斤) or whose unit the name gives in brackets (受益人数(人)132); null for any other text. Only for
 * text the tokens cut out of a longer line: a cell of its own may be a name that holds such a figure.
 */
export function unitValueAtEnd(text: string): { name: string; value: string } | null {
  const t = text.trim();
  const m = UNIT_VALUE_AT_END.exec(t) ?? FIGURE_AFTER_UNIT_NOTE.exec(t);
  if (!m || m[1]!.replace(/[（）()]/g, '').length < 2 || /\d$/.test(m[1]!)) return null;
  // 流转土地补助标准不高于475元/亩: a comparison's word before the figure is the value's, no word of the name; and
  // 项目完成时限2025年12月 is a date (the name ends at its words, not after its year or month: 2025年 | 12月, 2023年12月 | 31日).
  const lead =
    VALUE_LEAD_AT_END.exec(m[1]!) ?? (/^\d{1,2}[月日]/.test(m[2]!) ? DATE_LEAD_AT_END.exec(m[1]!) : null);
  if (lead && lead.index >= 2) return { name: m[1]!.slice(0, lead.index), value: lead[0] + m[2]! };
  return { name: m[1]!, value: m[2]! };
}

/** The words of a comparison a value opens with (不低于, 大于), longest first. */
const LEAD_WORDS = [...COMPARATOR_WORDS, '大于', '小于', '高于', '低于'].sort((a, b) => b.length - a.length);
/** A comparison's word closing the text (不低于, 大于): the opening of the value after it. */
const VALUE_LEAD_AT_END = new RegExp(`(?:${LEAD_WORDS.join('|')})$`, 'u');
/** A date's opening closing the text (2025年, 2021年1月-, 2020年1月--2020年): its month follows. */
const DATE_LEAD_AT_END = /\d{4}年(?:\d{1,2}月)?(?:(?:[-—–~～至]{1,2})(?:\d{4}年)?)?$/u;

/**
 * A name with its value glued on after a Han character: an operator-led value, a percentage (合格率100%) or a
 * qualitative value of the lexicon (发展情况稳步提高).
 */
export function gluedValue(text: string): { name: string; value: string } | null {
  const t = text.trim();
  const word = QUALITATIVE_VALUES.find((w) => t.endsWith(w) && t.length - w.length >= 4);
  if (word && /\p{Script=Han}$/u.test(t.slice(0, -word.length)))
    return { name: t.slice(0, -word.length), value: word };
  const m = GLUED_VALUE.exec(t) ?? BOUNDED_GLUED_VALUE.exec(t);
  // 100％: a full-width percent sign is the figure's unit as % is.
  if (!m || m[1]!.length < 2 || !isValueShaped(m[2]!.replace(/％$/, '%'))) return null;
  // 检测1000人次以上,筛查600人次以上: a name holding bounded figures of its own is a sentence of several values,
  // none of them the row's alone — the value is the whole sentence where a name ending in what it counts opens it.
  if (BOUNDED_FIGURE.test(m[1]!)) return countedBeforeValues(t);
  // 综合利用率不低于90%, 验收合格率大于92%: a comparator's word before the figure is the value's, not the name's.
  const comparator = LEAD_WORDS.find((w) => m[1]!.endsWith(w) && m[1]!.length - w.length >= 2);
  if (comparator) return { name: m[1]!.slice(0, -comparator.length), value: comparator + m[2]! };
  return { name: m[1]!, value: m[2]! };
}

/** The words a name ends in when it counts or measures something (检测次数, 培训人数, 合格率). */
const COUNTED = /(?:次数|人数|人次|个数|户数|数量|比例|率)$/;

/**
 * 全年检测次数咨询检测1000人次以上,病人筛查600人次以上: a name ending in what it counts, run into a value of several
 * parts, each with a bounded figure (a list parted by commas). The name ends at the first such word with no figure
 * before it; null where no name of four characters or more ends so, or the rest is no such list.
 */
function countedBeforeValues(text: string): { name: string; value: string } | null {
  for (let end = 4; end < text.length; end++) {
    const name = text.slice(0, end);
    if (/\d/.test(name)) return null;
    if (!COUNTED.test(name)) continue;
    const value = text.slice(end);
    const parts = value.split(/[,，;；、]/).filter((p) => p.trim() !== '');
    if (/^\p{Script=Han}/u.test(value) && parts.length >= 2 && parts.every((p) => BOUNDED_FIGURE.test(p)))
      return { name, value };
  }
  return null;
}

/** A value opened by a comparison's word (不低于85%, 大于3次): a target, never a name with its value glued on. */
const opensWithComparison = (text: string) =>
  LEAD_WORDS.some((w) => text.startsWith(w) && /^\s*\d/.test(text.slice(w.length)));

/** A figure, its unit and the word that bounds it from one side: 2次以上, 150人以上, 3%以内. */
const BOUNDED_FIGURE = /\d[\d.,]*\s*(?:%|‰|\p{Script=Han}{1,3}?)?(?:以上|以下|以内)/u;
/** 培训次数2次以上: a name with such a value glued on after a Han character. */
const BOUNDED_GLUED_VALUE =
  /^(.*?\p{Script=Han}[）)]?)(\d[\d.,]*\s*(?:%|‰|\p{Script=Han}{1,3}?)?(?:以上|以下|以内))$/u;

/** The empty 指标解释 / 标准 column between the name and the value, or -1. */
function explanationBefore(h: Header, row: string[]): number {
  for (let c = h.nameAt + 1; c < h.valueAt; c++)
    if ((h.roles[c] === 'other' || h.roles[c] === 'basis') && row[c] === '') return c;
  return -1;
}

/** Words that bound a value from one side, written after it: 95%以上, 3%以内. */
const BOUND_WORDS = /^(以上|以下|以内|及以上|及以下|左右)$/;

/**
 * The parts of a fused row with the operator, the number and the unit of its value written together again
 * where the header has no column of their own (三级 | 指标值 | 分值: ≤ 65 万元 10 → ≤65万元 | 10).
 */
/**
 * 定性 run in between a name and a worded value (the 指标性质 column's word; a 定量 row prints its comparator there,
 * which the figures' reading cuts already).
 */
// (One 定性 only: a piece holding two is several rows run together, their bounds unknown.)
const KIND_INSIDE = /^((?:\p{Script=Han}|[，,、（）()]){2,}?|)(定性)(\p{Script=Han}(?:(?!定性).)*|)$/u;

/**
 * The text before a row's last 定性 where it holds rows of its own (名称定性提高名称定性提高名称): name, 定性, value … as
 * pieces, ending with the last row's name; each value a judgement the lexicon knows with the next name after it
 * (judgementThenName). Empty where the text holds no 定性 or a value between two is not such a judgement.
 */
function kindRowsBefore(text: string): string[] {
  const [first, ...between] = text.split('定性');
  if (between.length === 0 || !first) return [];
  const out = [first];
  for (const piece of between) {
    const cut = judgementThenName(piece);
    if (!cut) return [];
    out.push('定性', cut.value, cut.name);
  }
  return out;
}

function joinValueParts(
  parts: readonly string[],
  h: Header,
  valueAfter: boolean,
  rowStarts: Set<number>,
): string[] {
  const hasOp = h.roles.includes('op');
  const hasUnit = h.roles.includes('unit');
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const number = parts[k + 1];
    // 按进度计划实施情况定性按计划实施 under 指标性质: the name, the kind the column holds and the worded value.
    const kind = hasOp ? KIND_INSIDE.exec(part) : null;
    if (kind) {
      // 服务周期内空气质量定性优良服务周期 | 180: the worded value, then the next row's name before its figure or sign.
      // (The name's figure is the next part, or the next token: 长期车辆采购数量 | ≤3.)
      const figureAfter = number === undefined ? valueAfter : /^(?:\d|[^\p{Script=Han}])/u.test(number);
      const cut = figureAfter ? judgementThenName(kind[3]!) : null;
      // 种植技术水平定性提高培训人员绿色种植意识定性提高…: rows before, each a worded value the lexicon knows and the
      // next name after it.
      const before = kindRowsBefore(kind[1]!);
      for (const [n, piece] of before.entries()) {
        if (n > 0 && n % 3 === 0) rowStarts.add(out.length);
        out.push(piece);
      }
      out.push(
        ...[before.length > 0 ? '' : kind[1]!, kind[2]!, cut ? cut.value : kind[3]!].filter((p) => p !== ''),
      );
      if (cut) {
        rowStarts.add(out.length);
        out.push(cut.name);
      }
      continue;
    }
    // 95%10 with no 单位 column: the percentage is the value (95%, 95%以上), the number after it another column's.
    if (!hasUnit && /^\d[\d.,]*$/.test(part) && (number === '%' || number === '‰')) {
      const bound = parts[k + 2];
      const qualified = bound !== undefined && BOUND_WORDS.test(bound);
      out.push(part + number + (qualified ? bound : ''));
      k += qualified ? 2 : 1;
      continue;
    }
    if (hasOp || !COMPARATOR_ONLY.test(part) || number === undefined || !/^\d/.test(number)) {
      out.push(part);
      continue;
    }
    let value = part + number;
    k++;
    const unit = parts[k + 1];
    if (!hasUnit && unit !== undefined && (isUnit(unit) || unit === '%' || unit === '‰')) {
      value += unit;
      k++;
    }
    out.push(value);
  }
  return out;
}

/** Puts a token in the first column from `from` it fits; -1 when it fits none (the next row begins). */
function place(
  h: Header,
  row: string[],
  from: number,
  text: string,
  weights: Set<string>,
  trailing = false,
  alone = false,
): number {
  const placed = placeForward(h, row, from, text, weights, trailing, alone);
  if (placed >= 0 || !isValueShaped(text)) return placed;
  // 4场 | ≥4场 under 上年度实际水平 | 本年度计划水平: a second value right after the row's first that no column after
  // the value takes, where an explanation column before the value stands empty — the first was that column's,
  // this one the value (as the value case below, reached here once the first value moved the row past it).
  if (from > h.valueAt && row[h.valueAt] !== '' && row.every((c, k) => k <= h.valueAt || c === '')) {
    const expl = explanationBefore(h, row);
    if (expl >= 0) {
      row[expl] = row[h.valueAt]!;
      row[h.valueAt] = text;
      return h.valueAt;
    }
  }
  return -1;
}

function placeForward(
  h: Header,
  row: string[],
  from: number,
  text: string,
  weights: Set<string>,
  trailing: boolean,
  alone: boolean,
): number {
  const valueShaped = isValueShaped(text);
  for (let c = from; c < h.roles.length; c++) {
    const role = h.roles[c]!;
    const valueDone = row[h.valueAt] !== '';
    switch (role) {
      case 'op':
        if (OPS.test(text)) return ((row[c] = text), c);
        break;
      case 'unit':
        // Before the value only a unit (or a two-letter word: 人数); after it, any short word (人/次, 万元/人) — but a
        // line of its own (a copy one cell per line) only where it is a unit: the unit left blank, the short word
        // after the value is the next row's name (明显增强 | 群众幸福感).
        if (
          !valueShaped &&
          (text.length <= 2 ||
            isUnit(text) ||
            (valueDone && text.length <= 6 && !/\d/.test(text) && (!alone || /[/／·]/.test(text))))
        )
          return ((row[c] = text), c);
        break;
      case 'weight': {
        if (/^\d{1,3}(\.\d+)?$/.test(text) && Number(text) <= 100) {
          weights.add(text);
          return ((row[c] = text), c);
        }
        // 1020: a weight seen before, fused with the value after it.
        const w = /^\d+$/.test(text)
          ? [...weights].find((x) => text.startsWith(x) && text.length > x.length)
          : null;
        if (w && !valueDone) {
          row[c] = w;
          row[h.valueAt] = text.slice(w.length);
          return h.valueAt;
        }
        break;
      }
      case 'value': {
        if (!valueDone) return ((row[c] = text), c);
        // A second value on a row whose header has an explanation column before the value (指标解释 100% |
        // 目标值 ≥60%): the first was the explanation, this one the value.
        const expl = valueShaped ? explanationBefore(h, row) : -1;
        if (expl >= 0) {
          row[expl] = row[c]!;
          row[c] = text;
          return c;
        }
        break;
      }
      case 'basis':
        // 指标值 | 绩效标准: the standard's word (计划标准) after the value is that column's, not the next
        // indicator's name; before the value the column takes any text, as an explanation column does.
        if (isBasis(text) || (c < h.valueAt && !valueShaped)) return ((row[c] = text), c);
        break;
      default:
        // Explanation columns before the value take text; a value skips them. After the value, only a text
        // that closes its row (closesNumberedRow).
        if ((c < h.valueAt || (trailing && row[c] === '')) && !valueShaped) return ((row[c] = text), c);
        break;
    }
    if (role === 'value' && valueDone) continue;
    // A value may skip the columns before its own; other tokens only fill columns in order.
    if (!valueShaped && c >= h.valueAt && !trailing) return -1;
  }
  return -1;
}
