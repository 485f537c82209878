// An indicator table's columns (绩效指标表): what each header cell names, the sub-header rows under it, and the
// columns relabelled by what the data rows hold (levels moved one column over, an explanation column).
import { canonicalLevel2, type Framework } from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { isLevel1Name, isLevel2Name } from './level-names.ts';
import { levelColumnBeforeName } from './category-level-column.ts';
import { contentColumnRoles, mergedContentHeading } from './merged-content-heading.ts';
import {
  BASIS_COLUMN_WORDS,
  TABLE_SECTION_LABELS,
  VALUE_COLUMN_WORDS,
  type ColumnRole,
} from './lexicon-columns.ts';
import { columnConcept, columnKeyEnds, lexiconKey } from './lexicon.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import { isBasis } from './indicator-cell-profile.ts';
import { relabelTrailingNameColumn } from './trailing-name-column.ts';

/** A cell of comparator signs only (any printed form: ≧, ＝, ﹦ …). */
export const COMPARATORS = new RegExp(`^[${COMPARATOR_SIGNS}]+$`);

type Role = ColumnRole;

interface Columns {
  roles: Role[];
  /** History labels for the value columns before the target (前年, 上年, 2022 …). */
  historyLabels: string[];
  /** 指标内容 right after the 三级 column (三级指标 | 指标内容): what the name counts, said in a sentence. */
  description: number | null;
}

// Maps, not object literals: a cell reading `constructor` or `toString` must find nothing, not Object's own.
export const DIRECTION_OPS: ReadonlyMap<string, string> = new Map([
  ['正向', '≥'],
  ['正向指标', '≥'],
  ['反向', '≤'],
  ['反向指标', '≤'],
]);

/** A comparison written in words in its own column (指标方向 大于等于 | 目标值 98): its sign. */
export const WORD_SIGNS: ReadonlyMap<string, string> = new Map([
  ['大于等于', '≥'],
  ['大于或等于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['小于等于', '≤'],
  ['小于或等于', '≤'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['等于', '='],
  ['大于', '>'],
  ['小于', '<'],
]);

/** What a header cell names, by the lexicon (lexicon-columns.ts COLUMN_LABELS); null when it names no column. */
function headerRole(cell: string): Role | null {
  const key = lexiconKey(cell);
  if (key === '') return null;
  // A note in brackets after the heading (指标值（2024年）) is dropped only when the key ends in one.
  const whole =
    columnConcept(key) ?? (key.endsWith('）') ? columnConcept(key.replace(/(（[^）]*）)+$/, '')) : null);
  if (whole) return whole;
  if (/^(长期|年度)绩效指?/.test(key)) return 'goal';
  if (BASIS_COLUMN_WORDS.some((w) => key.includes(w))) return 'basis';
  if (VALUE_COLUMN_WORDS.some((w) => key.includes(w))) return 'value';
  return null;
}

/** True when a row is the header of an indicator table: it names the indicator and its value columns. */
export function isIndicatorHeader(row: Row): boolean {
  // Most rows are turned away by their first cells, so answering afresh costs less than remembering.
  return computeIsIndicatorHeader(row);
}

/** A cell that names the indicator column (一级…, 三级指标, 指标名称, 指标): every indicator header has one. */
const namesIndicators = (cell: string) =>
  cell.includes('一级') || (mayNameColumn(cell) && columnConcept(lexiconKey(cell)) === 'name');

// One character class of the keys' last characters (each a single UTF-16 unit, as `includes` took them): a
// cell holding none of them is not keyed.
const NAME_KEY_END = new RegExp(
  `[${[...columnKeyEnds('name')].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
);
const mayNameColumn = (cell: string) => NAME_KEY_END.test(cell);

function computeIsIndicatorHeader(row: Row): boolean {
  if (!row.cells.some(namesIndicators)) return false;
  const roles = row.cells.map(headerRole);
  // Left of 一级 stands the goal column or the block's heading (绩效指标), never the indicator's name.
  const l1 = roles.indexOf('level1');
  for (let i = 0; i < l1; i++) roles[i] = 'goal';
  const name = roles.includes('name');
  if (roles.includes('level1') && (roles.includes('level2') || name) && (roles.includes('value') || name))
    return true;
  if (mergedContentHeading(row.cells, roles) >= 0) return true;
  // Tables without levels (指标 | 指标权重 | 计量单位 | 指标性质 | 指标值): every cell a column heading.
  const filled = row.cells.filter((c) => lexiconKey(c) !== '');
  const named = roles.filter((r) => r !== null).length;
  return name && roles.includes('value') && named >= 3 && named >= filled.length - 1;
}

const HISTORY_WORD = /^(前年|上年|前两年|近两年.*|(19|20)\d{2}年?(度)?|上上年|去年)$/;

/** A county's or a district's name: the heading of its column under 区域目标值 (新罗区 | 上杭县 | 漳平市). */
const PLACE_HEADING = /^\p{Script=Han}{1,6}(区|县|市|旗)$/u;

export function isSubHeader(row: Row, header: Row): boolean {
  const keys = row.cells.map(labelKey).filter((k) => k.length > 0);
  if (keys.length === 0) return false;
  if (keys.length >= 2 && keys.every((k) => PLACE_HEADING.test(k))) return true;
  if (keys.every((k) => HISTORY_WORD.test(k) || /当年实现|预计|预期|指标值/.test(k))) return true;
  // 2021年实际实现值 | 预期2022年实现值 standing under a merged 指标值 (a table's grid: the cells right of it
  // covered): last year's value beside this year's target. Not so under a column named otherwise (指标标准或依据),
  // where a copy that dropped its empty cells put them.
  const value = header.cells.findIndex((c) => headerRole(c) === 'value');
  if (value < 0 || !keys.every((k) => YEAR_VALUE_HEADING.test(k))) return false;
  const covered = (k: number) =>
    k === value || labelKey(header.cells[k] ?? '') === '' || header.cells[k] === header.cells[value];
  return row.cells.every((c, k) => labelKey(c) === '' || (k >= value && covered(k)));
}

/** A heading of a value column by its year: 2021年实际实现值, 预期2022年实现值, 2022年预期值. */
const YEAR_VALUE_HEADING =
  /^(预期|预计)?(19|20)\d{2}年度?(实际|预期|预计)?(实现值|完成值|指标值|目标值|预期值)$/;

/** A row holding only headings of value columns by year (two at least): a sub-header, not an indicator. */
export function namesValueColumns(cells: readonly string[]): boolean {
  // Every such heading holds 年: a row with fewer than two cells holding it is no such row.
  let years = 0;
  for (const c of cells) if (c.includes('年')) years++;
  if (years < 2) return false;
  const keys = cells.map(labelKey).filter((k) => k.length > 0);
  return keys.length >= 2 && keys.every((k) => YEAR_VALUE_HEADING.test(k));
}

function historyLabel(key: string): string {
  const year = /((19|20)\d{2})/.exec(key);
  if (year) return year[1]!;
  const m = /(前年|上年|上上年|去年)/.exec(key);
  return m ? m[1]! : key;
}

/** Works out the role of every column from the header row and the sub-header rows under it. */
export function readColumns(header: Row, subHeaders: Row[], data: string[][]): Columns {
  const keys = header.cells.map(labelKey);
  const written = header.cells.map(headerRole);
  const roles: Role[] = written.map((r) => r ?? 'other');
  // Before 一级: the goal column, whatever its header says (often blank).
  const l1 = roles.indexOf('level1');
  for (let i = 0; i < l1; i++) roles[i] = 'goal';
  const content = mergedContentHeading(header.cells, written);
  const byData = content >= 0 ? contentColumnRoles(content, data) : null;
  if (byData) return { roles: [...roles.slice(0, content), ...byData], historyLabels: [], description: null };
  // 绩效指标 | 指标名称 | …: a heading of the whole block before the columns is the goal column too — also where
  // blank cells of a block merged down the rows on its left stand before it (绩效目标情况 | 绩效指标 | 二级指标 …).
  const names = roles.filter((r) => r === 'name').length;
  const lead = keys.findIndex((k) => k !== '');
  if (
    l1 < 0 &&
    names > 1 &&
    lead >= 0 &&
    roles[lead] === 'name' &&
    TABLE_SECTION_LABELS.includes(lexiconKey(header.cells[lead]!))
  )
    roles[lead] = 'goal';
  // 指标 | 指标内容 | 指标值: the category word before the name's column heads the levels (category-level-column.ts).
  levelColumnBeforeName(roles, header.cells, data);
  const lastLabelled = keys.reduce((acc, k, i) => (k ? i : acc), -1);
  const lastValue = roles.lastIndexOf('value');
  // Blank header cells right of a merged 指标值: with a sub-header (前年/上年/当年) under them they are value
  // columns; without one they are the covered cells of a single value column, which hold nothing.
  const trailing =
    lastValue >= 0
      ? roles
          .slice(lastValue + 1, lastLabelled + 1)
          .filter((_, k) => subHeaders.length === 0 || keys[lastValue + 1 + k] !== '')
      : [];
  const nameIdx = Math.max(roles.indexOf('name'), roles.indexOf('level2'));
  const firstValue = nameIdx + 1;
  // The value group can be wider in the data than in the header (a merged 指标值 over 前年/上年/当年).
  let width = lastLabelled + 1;
  for (const sub of subHeaders) {
    const lastSub = sub.cells.reduce((acc, c, i) => (labelKey(c) ? i : acc), -1);
    width = Math.max(width, lastSub + 1 + trailing.length);
  }
  // Where the data put 指标值确定依据 tells the width best (merged header cells collapse unpredictably).
  const basisAt = trailing.indexOf('basis');
  const dataBasis = basisColumnOfData(data);
  if (basisAt >= 0 && dataBasis !== null && dataBasis > firstValue)
    width = dataBasis + (trailing.length - basisAt);
  const valueCount = Math.max(1, width - trailing.length - firstValue);
  const out: Role[] = [...roles.slice(0, firstValue)];
  const explicitHistory: string[] = [];
  let description: number | null = null;
  // Columns of the header's own value group may already say 指标值（前年）.
  for (let i = firstValue; i < firstValue + valueCount; i++) {
    const k = keys[i] ?? '';
    // A column the header names for something else (绩效标准, 指标值类型, 计量单位) before the 指标值 keeps that
    // role; blank or history-like headers are parts of a merged 指标值, and past the header's own 指标值 the
    // data are wider than the header (merged cells), so those columns are values.
    const named = i < lastValue ? headerRole(k) : null;
    const role = roles[i] ?? 'value';
    // 三级指标 | 指标内容: a second name heading right after the name column describes the name; no value of it.
    if (named === 'name' && out.at(-1) === 'name') {
      description = i;
      out.push('other');
      continue;
    }
    out.push(
      named && named !== 'value' && named !== 'goal' && (named !== 'name' || out.at(-1) === 'level2')
        ? named
        : role === 'op' || role === 'unit'
          ? role
          : 'value',
    );
    if (/前年|上年|(19|20)\d{2}/.test(k)) explicitHistory.push(historyLabel(k.replace(/^指标值/, '')));
  }
  out.push(...trailing);
  relabelShiftedLevels(out, data);
  relabelHeadingOverLevels(out, data);
  relabelNameUnderCoveredHeading(out, keys, data);
  relabelExplanationColumn(out, keys, data);
  relabelTrailingNameColumn(out, data);
  const valueColumns = out.filter((r) => r === 'value').length;
  let historyLabels = explicitHistory;
  if (historyLabels.length < valueColumns - 1) {
    const fromSubs = subHeaders
      .flatMap((s) => s.cells.map(labelKey))
      .filter((k) => HISTORY_WORD.test(k) && !/^近两年|^前两年/.test(k))
      .map(historyLabel);
    historyLabels = fromSubs.length >= valueColumns - 1 ? fromSubs.slice(0, valueColumns - 1) : fromSubs;
  }
  while (historyLabels.length < valueColumns - 1)
    historyLabels.unshift(valueColumns - 1 - historyLabels.length === 2 ? '前年' : '上年');
  return { roles: out, historyLabels, description: out[description ?? -1] === 'other' ? description : null };
}

/** The keyed texts a column of the data holds, its blank cells left out. */
function columnTexts(data: string[][], c: number): string[] {
  return data.map((cells) => labelKey(oneLine(cells[c] ?? ''))).filter((t) => !isBlankCell(t));
}

/**
 * Templates whose 一级 column holds 二级 names (数量指标, 质量指标) and whose 二级 column holds the indicators,
 * with no 三级 column: the columns are really 二级 and 三级.
 */
function relabelShiftedLevels(roles: Role[], data: string[][]): void {
  if (roles.includes('name')) return;
  const l1 = roles.indexOf('level1');
  const l2 = roles.indexOf('level2');
  if (l1 < 0 || l2 < 0) return;
  const firsts = columnTexts(data, l1);
  const seconds = columnTexts(data, l2);
  const level2Only = firsts.filter((t) => isLevel2Name(t) && !isLevel1Name(t)).length;
  const level1Only = firsts.filter((t) => isLevel1Name(t) && !isLevel2Name(t)).length;
  const namesInSecond = seconds.filter((t) => !isLevel2Name(t) && !isLevel1Name(t)).length;
  if (level2Only > level1Only && namesInSecond > seconds.length / 2) {
    roles[l1] = 'level2';
    roles[l2] = 'name';
  }
}

/**
 * Templates that write a heading of their own in the 一级 column (实施效果指标, of the central investment
 * plans' 绩效目标表) and the 一级 names (产出指标, 效益指标) in the 二级 column: the 二级 column is the 一级, and
 * the heading names no level.
 */
function relabelHeadingOverLevels(roles: Role[], data: string[][]): void {
  const l1 = roles.indexOf('level1');
  const l2 = roles.indexOf('level2');
  if (l1 < 0 || l2 < 0 || !roles.includes('name')) return;
  // The 一级 column first: in most tables it holds the 一级 names, and the 二级 column is not keyed.
  const firsts = columnTexts(data, l1);
  if (firsts.length === 0 || !firsts.every((t) => !isLevel1Name(t) && !isLevel2Name(t) && /指标$/.test(t)))
    return;
  const seconds = columnTexts(data, l2);
  if (seconds.length > 0 && seconds.every((t) => isLevel1Name(t))) {
    roles[l1] = 'other';
    roles[l2] = 'level1';
  }
}

/**
 * 指标类型 spanning two columns and each 二级 spanning the 指标名称 column too (临海's 项目库 申报表): the text stands
 * under the heading's blank covered half, the name column is blank on every row — the names are that column's.
 */
function relabelNameUnderCoveredHeading(roles: Role[], keys: string[], data: string[][]): void {
  const name = roles.indexOf('name');
  if (name < 1 || keys[name - 1] !== '' || roles.indexOf('name', name + 1) >= 0) return;
  const filled = (c: number) => data.filter((cells) => !isBlankCell(labelKey(cells[c] ?? ''))).length;
  if (data.length === 0 || filled(name) > 0 || filled(name - 1) < data.length / 2) return;
  roles[name - 1] = 'name';
  roles[name] = 'other';
}

/**
 * Templates that head the indicator's explanation 绩效标准 or 评价标准 (反映办公大楼全年维修维护情况): when that
 * column holds no basis word (计划标准 …) it is an explanation, not the 指标值确定依据 the checks read.
 * A column headed 确定依据 / 设定依据 stays the basis whatever is written in it, so the checks can say so.
 */
function relabelExplanationColumn(roles: Role[], keys: string[], data: string[][]): void {
  // Header cells and data columns do not line up under merged cells: judge the header by its words.
  const heading = keys.find((k) => headerRole(k) === 'basis') ?? '';
  if (/确定依据|设定依据|取值依据/.test(heading)) return;
  roles.forEach((role, c) => {
    if (role !== 'basis') return;
    const written = data.map((cells) => (cells[c] ?? '').trim()).filter((t) => !isBlankCell(t));
    if (written.length > 0 && !written.some(isBasis)) roles[c] = 'other';
  });
}

/** The 一级 a 二级 name belongs to in the first framework that has it (for tables without a 一级 column). */
export function parentLevel1(fws: Framework[], level2: string): string | null {
  for (const fw of fws) for (const l1 of fw.level1) if (canonicalLevel2(fw, l1.name, level2)) return l1.name;
  return null;
}

/** The column where most data rows write a basis word (计划标准 …), or null when too few do. */
function basisColumnOfData(data: string[][]): number | null {
  const counts = new Map<number, number>();
  for (const cells of data) cells.forEach((c, k) => isBasis(c) && counts.set(k, (counts.get(k) ?? 0) + 1));
  let best: number | null = null;
  let bestCount = 0;
  for (const [k, n] of counts) if (n > bestCount) [best, bestCount] = [k, n];
  return bestCount >= Math.max(2, data.length * 0.3) ? best : null;
}
