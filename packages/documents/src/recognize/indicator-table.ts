// Reads an indicator table (绩效指标表) of any layout: finds its columns from the header rows, puts each
// data row's cells back into their columns when the extraction shifted them, fills 一级/二级 down when they
// are left blank as repeats, merges rows broken over two lines, and drops template placeholder rows.
import { isPeriodValue } from './level2-worded-names.ts';
import { isUnitText } from './unit-gloss.ts';
import { isUnitCell } from './evaluation-cells.ts';
import {
  canonicalLevel1,
  canonicalLevel2,
  frameworks,
  isQuantitativeValue,
  matchUnit,
  parseIndicatorValue,
  type EmptyLevel2,
  type Framework,
  type Indicator,
  type Term,
  TextMemo,
} from '@jixiao/core';
import { isPageChrome } from './page-chrome.ts';
import { isNumberOnly, withoutItemNumber } from './item-numbering.ts';
import { isBracketTail, leavesBracketOpen } from './bracket-tail.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { goalLabelOf, termOfLabel } from './goals.ts';
import { isTermHeadingRow } from './split-header.ts';
import { isLevel1Name, isLevel2Name, isLevelName, levelStem } from './level-names.ts';
import { levelColumnBeforeName } from './category-level-column.ts';
import { endsTableAsFooter } from './signature-blocks.ts';
import { contentColumnRoles, mergedContentHeading } from './merged-content-heading.ts';
import {
  BASIS_COLUMN_WORDS,
  BASIS_VALUES,
  columnConcept,
  columnKeyEnds,
  lexiconKey,
  TABLE_SECTION_LABELS,
  VALUE_COLUMN_WORDS,
  type ColumnRole,
} from './lexicon.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import { splitNameFromDescription } from './name-description.ts';
import { unitTailBeforeBasis } from './basis-unit-tail.ts';

/** A cell of comparator signs only (any printed form: ≧, ＝, ﹦ …). */
const COMPARATORS = new RegExp(`^[${COMPARATOR_SIGNS}]+$`);

type Role = ColumnRole;

interface Columns {
  roles: Role[];
  /** History labels for the value columns before the target (前年, 上年, 2022 …). */
  historyLabels: string[];
  /** 指标内容 right after the 三级 column (三级指标 | 指标内容): what the name counts, said in a sentence. */
  description: number | null;
}

// Maps, not object literals: a cell reading `constructor` or `toString` must find nothing, not Object's own.
const DIRECTION_OPS: ReadonlyMap<string, string> = new Map([
  ['正向', '≥'],
  ['正向指标', '≥'],
  ['反向', '≤'],
  ['反向指标', '≤'],
]);

/** A comparison written in words in its own column (指标方向 大于等于 | 目标值 98): its sign. */
const WORD_SIGNS: ReadonlyMap<string, string> = new Map([
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

/** What a header cell names, by the lexicon (lexicon.ts COLUMN_LABELS); null when it names no column. */
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

function isSubHeader(row: Row, header: Row): boolean {
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
function namesValueColumns(cells: readonly string[]): boolean {
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
function readColumns(header: Row, subHeaders: Row[], data: string[][]): Columns {
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
function parentLevel1(fws: Framework[], level2: string): string | null {
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

/**
 * A 指标值's look: a figure the value grammar reads. A sentence with a figure inside it (学校绿化覆盖达70%,优化校园生态
 * 环境。) reads so too, as a labelled figure with trailing text, but has no value's shape: words before the figure
 * and a clause after it are a name or a goal written as prose.
 */
const looksLikeValue = (t: string) => /\d/.test(t) && isQuantitativeValue(t) && !isFigureInSentence(t);

/** Words, then a figure, then a clause (a break and words after it): a sentence, not a 指标值. */
const FIGURE_THEN_CLAUSE = /^[^\d]*\p{Script=Han}[^\d]*\d[^，,；;。]*[，,；;。]\s*\p{Script=Han}{2}/u;
const isFigureInSentence = (t: string) => !FIGURE_LED.test(t.trim()) && FIGURE_THEN_CLAUSE.test(t);
// Every basis word ends in 准: a cell without one is keyed no further (asked of every data cell).
export const isBasis = (t: string) => t.includes('准') && BASIS_VALUES.includes(labelKey(t));

/** A cell that opens with a figure or a comparator. */
const FIGURE_LED = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=|[\\d０-９])`);

/**
 * What a cell looks like, each trait worked out when first asked and kept for every shift tried (most rows
 * fit where they stand and are asked about a few traits only).
 */
class CellProfile {
  readonly blank: boolean;
  private readonly text: string;
  private keyMemo: string | undefined;
  private l1Memo: boolean | undefined;
  private l2Memo: boolean | undefined;
  private l2WrittenMemo: boolean | undefined;
  private basisMemo: boolean | undefined;
  private valueMemo: boolean | undefined;

  constructor(raw: string) {
    this.text = raw.trim();
    this.blank = isBlankCell(this.text);
  }

  private get key(): string {
    return (this.keyMemo ??= labelKey(oneLine(this.text)));
  }

  get l1(): boolean {
    // A template's own 一级 names too (投入, 过程指标: level-names.ts), as a 一级 column holds them.
    return (this.l1Memo ??= !this.blank && (isLevel1Name(this.key) || isLevelName(this.text) === 'level1'));
  }

  get l2(): boolean {
    return (this.l2Memo ??= !this.blank && isLevel2Name(this.key));
  }

  /** A 二级 name of a framework or of a template outside them (可持续性发展影响指标). */
  get l2Written(): boolean {
    return (this.l2WrittenMemo ??= !this.blank && (this.l2 || isLevelName(this.text) === 'level2'));
  }

  /** Closed by 指标 (满意度指标), as a level is printed; 满意度 alone may name an indicator. */
  get endsInLevelWord(): boolean {
    return this.key.endsWith('指标');
  }

  get basis(): boolean {
    return (this.basisMemo ??= !this.blank && isBasis(this.text));
  }

  get value(): boolean {
    return (this.valueMemo ??= !this.blank && looksLikeValue(this.text));
  }

  /** The 指标值 look is worked out already (or needs no working out). */
  get valueKnown(): boolean {
    return this.blank || this.valueMemo !== undefined;
  }

  /** Led by a figure or a comparator (≥500份, 95%): a 指标值's look, which no goal's label has (长期绩效目标2). */
  get figureLed(): boolean {
    return FIGURE_LED.test(this.text);
  }

  get short(): boolean {
    return this.blank || this.key.length <= 10;
  }

  /** A comparator or a word for the kind of target (≥, 定量, 正向): an 指标性质 / 指标值类型 cell, never a name. */
  get op(): boolean {
    return !this.blank && OP_CELL.test(this.text);
  }

  /** A unit alone (万元, 个, 元/平米): a 计量单位 cell. */
  get unitOnly(): boolean {
    return !this.blank && (isUnitText(this.text) || isUnitCell(this.text));
  }

  /** A percent sign alone: a 计量单位 cell, never a 指标值 of its own. */
  get percentOnly(): boolean {
    return /^[%％‰]$/.test(this.text);
  }

  /**
   * Every trait a placement weighs, one bit each (a blank cell weighs nothing else): two rows whose cells have
   * the same traits under the same columns are placed alike (placementOf remembers by them).
   */
  get traits(): number {
    if (this.traitsMemo !== undefined) return this.traitsMemo;
    const bits = this.blank
      ? 1
      : 2 |
        (this.l1 ? 4 : 0) |
        (this.l2 ? 8 : 0) |
        (this.l2Written ? 16 : 0) |
        (this.basis ? 32 : 0) |
        (this.value ? 64 : 0) |
        (this.figureLed ? 128 : 0) |
        (this.short ? 256 : 0) |
        (this.op ? 512 : 0) |
        (this.percentOnly ? 1024 : 0);
    return (this.traitsMemo = bits);
  }

  private traitsMemo: number | undefined;
}

/**
 * What a filled cell adds to a placement's score under `role` (higher is better), `value` standing for its
 * 指标值 look (the one trait that parses the cell).
 */
function cellScore(p: CellProfile, role: Role, value: boolean, roles: Role[]): number {
  switch (role) {
    case 'goal':
      // A 指标值 under the goal column belongs further right (see fitsPerfectly).
      return p.l1 || p.l2 || p.basis ? -3 : value && p.figureLed ? -2 : 0;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || value || p.basis ? -2 : 0;
    case 'name':
      // A figure with its unit (3500公斤) is a 指标值, not a name: a row that lacks its level cells moves right.
      // (A name worded like a 二级, 社会公众满意度 | ≥90%, stays where it is rather than push its value into
      // the name column.) Under no 二级 column the indicators may be named by 二级 words (指标类型 | 指标名称:
      // 产出指标 | 数量指标 | 375万平方米): there such a name is in its place.
      if (p.basis || value || p.op) return -2;
      if (p.l1) return -1;
      return p.l2Written && roles.includes('level2') ? -1 : 1;
    case 'category':
      // 指标类型 holds 一级 names (产出指标) or kinds (定量); a 二级 word there belongs further right.
      return p.l2Written && !p.l1 ? -2 : 0;
    case 'value':
      // A level's name is never a 指标值 (质量指标 | 经费支出合规性 | 较高 | 质量指标: the last is the 年度 side's 二级).
      return p.basis ? -3 : p.l1 || p.l2 ? -2 : p.percentOnly ? -1 : value ? 2 : p.short ? 1 : 0;
    case 'basis':
      return p.basis ? 3 : value ? -1 : 0;
    default:
      return 0;
  }
}

/**
 * The most a filled cell can add under `role` (cellScore), from its cheap traits alone: a 指标值 look not worked
 * out yet is taken at its most favourable, and so are the traits (op, l2Written) only a name or category asks.
 */
function cellMost(p: CellProfile, role: Role): number {
  const value = p.valueKnown ? p.value : null;
  switch (role) {
    case 'goal':
      return p.l1 || p.l2 || p.basis ? -3 : value === true && p.figureLed ? -2 : 0;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || p.basis || value === true ? -2 : 0;
    case 'name':
      return p.basis || value === true ? -2 : p.l1 ? -1 : 1;
    case 'value':
      if (p.basis) return -3;
      if (p.l1 || p.l2) return -2;
      if (p.percentOnly) return -1;
      return value === false ? (p.short ? 1 : 0) : 2;
    case 'basis':
      return p.basis ? 3 : value === true ? -1 : 0;
    default:
      return 0;
  }
}

/** The least a filled cell can add under `role` (cellScore), from its cheap traits alone (as cellMost). */
function cellLeast(p: CellProfile, role: Role): number {
  const value = p.valueKnown ? p.value : null;
  switch (role) {
    case 'goal':
      return p.l1 || p.l2 || p.basis ? -3 : value === false || !p.figureLed ? 0 : -2;
    case 'level1':
      return p.l1 ? 3 : -2;
    case 'level2':
      return p.l2 ? 3 : p.l1 || p.basis || value !== false ? -2 : 0;
    case 'name':
      return -2;
    case 'category':
      return p.l1 ? 0 : -2;
    case 'value':
      if (p.basis) return -3;
      if (p.l1 || p.l2) return -2;
      if (p.percentOnly) return -1;
      return value === true ? 2 : p.short ? 1 : 0;
    case 'basis':
      return p.basis ? 3 : value === false ? 0 : -1;
    default:
      return 0;
  }
}

/**
 * How a score is reckoned: 'exact' works out every trait it asks; 'most' and 'least' bound it from the cheap
 * traits (cellMost, cellLeast), parsing nothing.
 */
type Reckoning = 'exact' | 'most' | 'least';

/**
 * Profiles by text, kept across rows and tables: a profile depends on its text alone, and the same texts come back
 * row after row and document after document (level names, basis words, units, the header's words).
 */
const profiles = new TextMemo<CellProfile>('indicator cell profiles');

/** The empty cell's profile, outside the map: a third of the cells asked are empty, and no lookup is cheaper. */
const EMPTY_PROFILE = new CellProfile('');

function profileOf(text: string): CellProfile {
  if (text === '') return EMPTY_PROFILE;
  let p = profiles.get(text);
  if (p === undefined) {
    p = new CellProfile(text);
    profiles.set(text, p);
  }
  return p;
}

/**
 * A cell's score under `role` both ways its 指标值 look could go, beside the bounds alignRow passes shifts over
 * by (its look not worked out yet, then worked out): the bounds must hold every score (tests ask).
 */
export function cellScoreBounds(
  text: string,
  role: Role,
  roles: Role[],
): { scores: number[]; least: number; most: number; exact: number; knownLeast: number; knownMost: number } {
  const p = new CellProfile(text);
  const scores = [cellScore(p, role, true, roles), cellScore(p, role, false, roles)];
  const [least, most] = [cellLeast(p, role), cellMost(p, role)];
  const exact = cellScore(p, role, p.value, roles);
  return { scores, least, most, exact, knownLeast: cellLeast(p, role), knownMost: cellMost(p, role) };
}

/**
 * A cell's traits (CellProfile.traits) beside every score it can have under `role` — exact and both bounds —
 * for the tests that hold placementOf to it: cells alike in traits must score alike.
 */
export function cellTraitsAndScores(
  text: string,
  role: Role,
  roles: Role[],
): { traits: number; scores: number[] } {
  const p = new CellProfile(text);
  // The bounds before the 指标值 look is worked out (as a first row meets a cell), then after (traits asks it).
  const [least, most] = [cellLeast(p, role), cellMost(p, role)];
  const traits = p.traits;
  const known = [cellLeast(p, role), cellMost(p, role), cellScore(p, role, p.value, roles)];
  return { traits, scores: p.blank ? [] : [least, most, ...known] };
}

/** How well a row's cells fit the columns when moved by `shift` (higher is better). */
function fitScore(
  cells: readonly CellProfile[],
  roles: Role[],
  shift: number,
  reckoning: Reckoning = 'exact',
): number {
  let score = 0;
  for (let i = 0; i < cells.length; i++) {
    const p = cells[i]!;
    const col = i + shift;
    if (col < 0) {
      if (!p.blank) score -= 100;
      continue;
    }
    const role = roles[col];
    if (role === undefined) {
      if (!p.blank) score -= 3;
      continue;
    }
    if (p.blank) continue;
    score +=
      reckoning === 'exact'
        ? cellScore(p, role, p.value, roles)
        : reckoning === 'most'
          ? cellMost(p, role)
          : cellLeast(p, role);
  }
  // A placement that leaves the name column empty on a row with a 指标值 names no indicator (满意度 | 90 | %,
  // the 二级 left blank under a merge: 满意度 is the name, not the 二级).
  if (leavesNameBlank(cells, roles, shift)) score -= 3;
  return score;
}

/** The placement leaves the name column empty while cells stand in columns right of it. */
function leavesNameBlank(cells: readonly CellProfile[], roles: Role[], shift: number): boolean {
  const nameCol = roles.indexOf('name');
  if (nameCol < 0 || !(cells[nameCol - shift]?.blank ?? true)) return false;
  return cells.some((p, i) => !p.blank && i + shift > nameCol && roles[i + shift] !== undefined);
}

/**
 * The placement moves the row's 指标值 out of the value column it stands in, into the name column, and leaves
 * no value column filled: a name worded like a 二级 (时效指标 | 全年 under a 二级 merged down from 数量指标) stays
 * where it is rather than push its value into the name column, whatever the value's look (a figure, 全年, 是).
 * A row shorter than the table's columns (a banded head gave it columns its rows lack) stands where its last
 * cell is in the last column.
 */
function pushesValueIntoName(cells: readonly CellProfile[], roles: Role[], shift: number): boolean {
  // Only a row that stands under merged cells (its first cells blank) is where the grid put it; a row that opens
  // with a filled cell may be a copy's cut or left-packed row (社会效益指标 | 对单位履职…), placed by its cells.
  if (!cells[0]?.blank) return false;
  const at = Math.max(0, roles.length - cells.length);
  if (shift >= at) return false;
  // A 一级 standing outside the 一级 column says the row is off by its columns (效益指标 | 经济效益指标 | 增加就业机会…
  // right-aligned under 二级 | 三级 | 指标值): its last text is a name whose value is missing.
  if (cells.some((p, i) => !p.blank && p.l1 && roles[i + at] !== 'level1')) return false;
  // Where the row stands it has both a name and a 指标值 (a lone cell is a name whose value is missing).
  if (!fillsRole(cells, roles, at, 'name') || !fillsRole(cells, roles, at, 'value')) return false;
  // … or out of it while the row's 指标性质 word (定性, ≥) lands in the name column: beside a 计算符号 column the
  // shift that gives 时效指标 the 二级's column pushes 定性 into the name's and 全年 into the sign's.
  const moved = cells.some(
    (p, i) =>
      !p.blank &&
      roles[i + at] === 'value' &&
      (roles[i + shift] === 'name' || (roles[i + shift] !== 'value' && opIntoName(cells, roles, shift))),
  );
  return moved && !cells.some((p, i) => !p.blank && roles[i + shift] === 'value');
}

/** The shift puts a 指标性质 word (定性, 定量, ≥) into the name column: never a name (fitsPerfectly). */
function opIntoName(cells: readonly CellProfile[], roles: readonly Role[], shift: number): boolean {
  for (let i = 0; i < cells.length; i++)
    if (!cells[i]!.blank && cells[i]!.op && roles[i + shift] === 'name') return true;
  return false;
}

/**
 * A filled cell of the row, placed from column `at`, stands in a column of `role`. A function of its own, not a
 * closure in pushesValueIntoName: that runs for every shift of every row, and each closure made costs more
 * than the test (tsx keeps every named closure's name by defining it on the new function).
 */
function fillsRole(cells: readonly CellProfile[], roles: readonly Role[], at: number, role: Role): boolean {
  for (let i = 0; i < cells.length; i++) if (!cells[i]!.blank && roles[i + at] === role) return true;
  return false;
}

/** The best score a row could reach where it stands: every filled cell in a role it fits. */
function fitsPerfectly(cells: readonly CellProfile[], roles: Role[]): boolean {
  // A row with its name column blank and cells right of it is never placed as it stands (a padded copy moved
  // the name under 指标值 and the value under a 指标说明 column that takes any text): fitScore weighs the shifts.
  if (leavesNameBlank(cells, roles, 0)) return false;
  return cells.every((p, i) => {
    if (p.blank) return true;
    const role = roles[i];
    switch (role) {
      case 'level1':
        return p.l1;
      case 'level2':
        return p.l2 || (!p.l1 && !p.value && !p.basis);
      // 定量 / ≥ is never a name nor a lone % a value (cellScore): a row so placed may fit shifted (| 成本指标 |
      // 社会成本指标 | 定量 | 100 | % under a goal column: the 三级 worded as a 二级, the row one column left).
      case 'name':
        return !p.basis && !p.l1 && (!p.l2 || !roles.includes('level2')) && !p.value && !p.op;
      case 'category':
        return !p.l2Written || p.l1;
      case 'value':
        return !p.basis && !p.l1 && !p.l2 && !p.percentOnly;
      case 'basis':
        return !p.value;
      case 'goal':
        // A 指标值 is never a goal's: a row written from the left with its merged cells dropped (name | ≥500份
        // under 年度绩效目标 | 一级 | 二级 | 三级 | 指标值) is moved right, not read as two goal labels.
        return !p.l1 && !p.l2 && !p.basis && !(p.figureLed && p.value);
      case undefined:
        return false;
      default:
        return true;
    }
  });
}

/** The row's cells placed in their columns, trying small shifts when the extraction moved them. */
function alignRow(written: string[], roles: Role[]): string[] {
  const cells = unitsBesideFigures(splitRunOnValue(written), roles);
  const profiles = cells.map(profileOf);
  const best =
    fitsPerfectly(profiles, roles) || isLoneLevelCell(cells, roles) ? 0 : placementOf(profiles, roles);
  // Built by pushing, not `new Array(n).fill`: a packed array, which every later read of the row walks faster.
  const out: string[] = [];
  for (let col = 0; col < roles.length; col++) out.push(cells[col - best] ?? '');
  settleTargetParts(out, roles);
  return out;
}

/**
 * The shifts chosen, by the columns and the cells' traits (CellProfile.traits): bestShift weighs nothing else,
 * and a table's rows are alike (a name ending in a figure, 培训人次3, fits nowhere as it stands and is weighed
 * shift by shift on every row). Bounded as the profiles are.
 */
const placements = new TextMemo<number>('row placements');
let placedRoles: readonly Role[] | null = null;
let placedRolesKey = '';

function placementOf(profiles: readonly CellProfile[], roles: Role[]): number {
  if (roles !== placedRoles) {
    placedRoles = roles;
    placedRolesKey = roles.join(' ');
  }
  let key = placedRolesKey + '|';
  for (const p of profiles) key += String.fromCharCode(p.traits);
  let shift = placements.get(key);
  if (shift === undefined) {
    shift = bestShift(profiles, roles);
    placements.set(key, shift);
  }
  return shift;
}

/** The shift that places a row that does not fit where it stands best (0: where it stands). */
function bestShift(profiles: readonly CellProfile[], roles: Role[]): number {
  let best = 0;
  // Scores are reckoned only where they can matter: a shift whose most is below what the row scores where it
  // stands (its least, before that is needed exactly) cannot win, and is passed over unparsed.
  let bestScore: number | null = null;
  const floor = fitScore(profiles, roles, 0, 'least');
  // A row whose cells were written from the left with the merged cells before them dropped (`a | b ||||`):
  // its last filled cell may belong in the last value column.
  const lastFilled = profiles.reduce((acc, p, i) => (p.blank ? acc : i), -1);
  const lastValue = roles.lastIndexOf('value');
  const packed = lastValue - lastFilled > 2 ? [lastValue - lastFilled] : [];
  // … or, where a column follows the values (指标解释), in that last column: name | value | explanation.
  const lastColumn = roles.length - 1;
  if (lastColumn > lastValue && lastColumn - lastFilled > 2) packed.push(lastColumn - lastFilled);
  // A row that opens with a level's name (社会效益指标 | 对单位履职… cut short, 效益指标 alone where a merge
  // moved it): tried with that name under each column of its level.
  const firstFilled = profiles.findIndex((p) => !p.blank);
  const opening = firstFilled >= 0 ? profiles[firstFilled]! : null;
  const level: Role | null =
    opening?.l1 && !opening.l2 ? 'level1' : opening?.l2 && !opening.l1 ? 'level2' : null;
  const underLevel: number[] = [];
  if (level)
    for (let c = 0; c < roles.length; c++)
      if (roles[c] === level && c !== firstFilled) underLevel.push(c - firstFilled);
  // On a tie, the placement that ends the row in a value column wins: a row ends with its 指标值 (成本指标 | a
  // sentence | a sentence, 成本指标 being a 一级 and a 二级 alike, is 二级 | 三级 | 指标值, not 一级 | 二级 | 三级).
  // (A lone cell is a name whose value is missing: it is not pushed into the value column so.)
  const several = profiles.filter((p) => !p.blank).length >= 2;
  if (namesByLevelWord(profiles, roles, firstFilled)) return 0;
  for (const shift of [1, -1, 2, -2, ...packed, ...underLevel]) {
    if (pushesValueIntoName(profiles, roles, shift)) continue;
    const most = fitScore(profiles, roles, shift, 'most');
    if (most < (bestScore ?? floor)) continue;
    bestScore ??= fitScore(profiles, roles, 0);
    if (most < bestScore) continue;
    const s = fitScore(profiles, roles, shift);
    if (
      s > bestScore ||
      (s === bestScore &&
        several &&
        roles[lastFilled + shift] === 'value' &&
        roles[lastFilled + best] !== 'value')
    ) {
      best = shift;
      bestScore = s;
    }
  }
  return best;
}

/**
 * |  | 满意度 | 90 | % under 一级 | 二级 | 三级 | …: a row under merged level cells whose name column holds a level's word
 * with a value after it is the indicator that word names, where it stands (满意度; 社会成本指标 under 成本指标, a
 * kind of the 二级 above printed as a 三级). A level moved by a merge opens a row of names, not a value alone.
 */
function namesByLevelWord(profiles: readonly CellProfile[], roles: Role[], firstFilled: number): boolean {
  const opening = profiles[firstFilled];
  if (firstFilled < 1 || !profiles[0]!.blank || roles[firstFilled] !== 'name' || !opening) return false;
  if (!(opening.l1 || opening.l2Written)) return false;
  const after = profiles.filter((p, i) => i > firstFilled && !p.blank);
  if (!after.some((p) => p.value)) return false;
  // 社会成本指标 | 100 | % printed as a level is the 三级 only where nothing but its value follows (a level moved by a
  // merge opens a row of names: 经济效益指标 | 增加就业 | ≥100人).
  return !opening.endsInLevelWord || after.every((p) => p.value || p.op || p.percentOnly || p.unitOnly);
}

/** A level's name by its word: a short name ending in 指标 (环境效益指标, 社会成本指标). */
const LEVEL_WORD = /^[\p{Script=Han}]{2,8}指标$/u;

/**
 * A row whose one filled cell stands in a level column and is named as a level is (… | 环境效益指标 | …… of a
 * template's empty row, a 二级 no framework names): the level with nothing under it, not a name to shift over.
 */
function isLoneLevelCell(cells: readonly string[], roles: readonly Role[]): boolean {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.trim() === '') continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && (roles[at] === 'level1' || roles[at] === 'level2') && LEVEL_WORD.test(cells[at]!.trim());
}

/**
 * A row whose last filled cell is a name with a figure and its unit run on after a space (年增粮食 3500公斤, a
 * copy with single spaces between cells) and no other figure: the figure is a cell of its own, the 指标值.
 */
function splitRunOnValue(cells: string[]): string[] {
  let last = cells.length - 1;
  while (last >= 0 && isBlankCell(cells[last]!)) last--;
  if (last < 0) return cells;
  const text = cells[last]!.trim();
  // No space, no run-on figure: the pattern is not tried (most cells).
  if (!text.includes(' ') && !text.includes('\u3000')) return cells;
  const m = RUN_ON_VALUE.exec(text);
  if (!m || !FIGURE_FIRST.test(m[2]!) || !looksLikeValue(m[2]!)) return cells;
  if (cells.some((c, i) => i !== last && looksLikeValue(c))) return cells;
  return [...cells.slice(0, last), m[1]!, m[2]!, ...cells.slice(last + 1)];
}

/**
 * 饲料库120平米 | 490 | 元/平米 under 一级 | 二级 | 三级 | 指标值, a copy with single spaces that parted a 指标值 from its
 * unit: where the table has no 度量单位 column, a unit alone right after a bare figure is that figure's — the 指标值
 * whole — not a cell of its own that would push the row a column left of where it stands.
 */
function unitsBesideFigures(cells: string[], roles: readonly Role[]): string[] {
  if (roles.includes('unit')) return cells;
  let out: string[] | null = null;
  for (let k = 1; k < cells.length; k++) {
    const [before, unit] = [cells[k - 1]!.trim(), cells[k]!.trim()];
    if (!BARE_FIGURE.test(before) || !(isUnitText(unit) || isUnitCell(unit))) continue;
    out ??= [...cells];
    out.splice(out.length - (cells.length - k) - 1, 2, before + unit);
  }
  return out ?? cells;
}

/** A figure alone, its comparator glued before it allowed (490, ≥1050). */
const BARE_FIGURE = new RegExp(`^(?:[${COMPARATOR_SIGNS}]|>=|<=)?\\d[\\d.,]*$`);

const RUN_ON_VALUE = /^(.*\p{Script=Han}\S*)[ \u3000]+(\S+)$/u;
const FIGURE_FIRST = /^[\d０-９]/;

/** What a 指标性质 / 计算符号 cell holds: a comparator, or a word for the kind or direction of target. */
const OP_CELL = new RegExp(
  `^(?:[${COMPARATOR_SIGNS}]+|>=|<=|定性|定量|定性指标|定量指标|正向|反向|正向指标|反向指标|不适用|大于|小于|等于|大于等于|小于等于|约等于|不低于|不高于|不少于|不超过)$`,
);

/**
 * 指标性质 | 指标值 | 度量单位 with the first left empty and gone in the copy: what stands in the 指标性质 column
 * is no comparator or kind word but the target itself — a figure with its unit in the 指标值 column after it
 * (资金支出率    95    %), or a target written whole with its unit cell empty too (完成时间    2025年年底前,
 * 暂定量按15次作业…). Moved one column right when the last of the parts is free, the 指标性质 left empty.
 */
function settleTargetParts(out: string[], roles: Role[]): void {
  const op = roles.indexOf('op');
  const value = roles.indexOf('value');
  if (op < 0 || value !== op + 1) return;
  const unit = roles[value + 1] === 'unit' ? value + 1 : -1;
  const here = out[op]!.trim();
  if (isBlankCell(here) || OP_CELL.test(here)) return;
  // The last of the parts is free (the cell the copy lost was before it).
  const last = unit >= 0 ? unit : value;
  if (!isBlankCell(out[last]!)) return;
  for (let c = last; c > op; c--) out[c] = out[c - 1]!;
  out[op] = '';
}

export interface IndicatorTableResult {
  indicators: Indicator[];
  emptyLevel2: EmptyLevel2[];
  /** Index of the first row after the table. */
  end: number;
}

export interface IndicatorTableContext {
  term: Term | null;
  goal: string | null;
  scope: 'project' | 'department';
  /** Decides where the table stops: a row that starts something else. */
  isStop: (row: Row) => boolean;
}

interface Draft {
  cells: string[];
  line: number | undefined;
  blankBefore: boolean;
  /** A short paragraph between table rows: the wrapped end of the row above's cell (PDF text). */
  fragment?: boolean;
}

/** The frameworks to name levels by, those of the form's own scope first. */
const FRAMEWORKS_FIRST: Readonly<Record<IndicatorTableContext['scope'], Framework[]>> = {
  project: frameworks
    .filter((f) => f.scope === 'project')
    .concat(frameworks.filter((f) => f.scope !== 'project')),
  department: frameworks
    .filter((f) => f.scope === 'department')
    .concat(frameworks.filter((f) => f.scope !== 'department')),
};

/** Reads the table whose header row is rows[start]. */
export function readIndicatorTable(
  rows: Row[],
  start: number,
  ctx: IndicatorTableContext,
): IndicatorTableResult {
  const header = rows[start]!;
  let i = start + 1;
  const subs: Row[] = [];
  while (i < rows.length && isSubHeader(rows[i]!, header)) subs.push(rows[i++]!);
  const headerGoal = labelKey(header.cells[0] ?? '');
  let term: Term | null = termOfLabel(headerGoal) ?? ctx.term;

  const drafts: Draft[] = [];
  let prevLine = subs.at(-1)?.line ?? header.line;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    // A signature block or a note under the table (填表人 … 联系电话 …, （盖章） 年 月 日) ends it.
    if (ctx.isStop(row) || isIndicatorHeader(row) || endsTableAsFooter(row) || offersOptions(row)) break;
    // 年度绩效指标 alone over the next table (佳县's 申报表 prints 长期 and 年度 tables one after the other): that
    // table's term, for the form's reading to take up.
    if (isTermHeadingRow(row)) break;
    if (!row.table) {
      // A paragraph inside a table is the wrapped end of a cell when it is a short fragment and the table
      // goes on after it (or the document ends); anything else ends the table. A page's own controls under
      // the table (扫一扫在手机打开当前页) are no cell's end.
      const next = rows[i + 1];
      const text = row.cells.join(' ').trim();
      if (isPageChrome(text)) break;
      if (drafts.length > 0 && isWrappedFragment(text) && (!next || (next.table && !ctx.isStop(next)))) {
        drafts.push({ cells: [text], line: row.line, blankBefore: false, fragment: true });
        prevLine = row.line;
        continue;
      }
      break;
    }
    const cells = row.cells.map((c) => c.trim());
    if (cells.every(isRuleCell)) continue; // separator or empty row
    // 2021年实际实现值 | 预期2022年实现值 under a header it did not join: the value's columns named, no indicator.
    if (namesValueColumns(cells)) continue;
    const blankBefore = row.line !== undefined && prevLine !== undefined && row.line > prevLine + 1;
    prevLine = row.line;
    drafts.push({ cells, line: row.line, blankBefore });
  }
  const end = i;
  const cols = readColumns(
    header,
    subs,
    drafts.map((d) => d.cells),
  );

  // Rows broken over two lines: the second part carries only text in the goal or name column.
  const merged: string[][] = [];
  const rawAbove: RawRow[] = [];
  const nameCol = cols.roles.indexOf('name');
  for (const d of drafts) {
    const prev = merged.at(-1);
    if (d.fragment) {
      // 完工项目县畜禽粪污综合利用率 | ≥90% then 完工项目县规模养殖场…: a line that opens with the words the name above
      // opens with is the next indicator (a page cut off its value), not the name's wrapped end.
      const above = prev && nameCol >= 0 ? labelKey(prev[nameCol] ?? '') : '';
      const text = d.cells[0]!;
      const whole = prev !== undefined && nameCol >= 0 && endsInUnitNote(prev[nameCol] ?? '');
      if (
        whole ||
        (above.length >= 8 && labelKey(text).length >= 8 && labelKey(text).startsWith(above.slice(0, 4)))
      ) {
        const row = cols.roles.map(() => '');
        row[nameCol] = text;
        merged.push(row);
        continue;
      }
      if (prev && nameCol >= 0) prev[nameCol] = joinBroken(prev[nameCol] ?? '', text);
      continue;
    }
    const written = d.cells.map(blankPlaceholder);
    joinBracketTails(written, rawAbove);
    rejoinCutUnits(written);
    rawAbove.push({ cells: written, aligned: null });
    const aligned = alignRow(written, cols.roles);
    rawAbove.at(-1)!.aligned = aligned;
    if (
      prev &&
      (d.blankBefore || isWrappedName(aligned, prev, cols.roles)) &&
      isContinuation(aligned, cols.roles) &&
      !endsInUnitNote(prev[nameCol] ?? '')
    ) {
      aligned.forEach((c, k) => {
        if (c) prev[k] = joinBroken(prev[k] ?? '', c);
      });
      continue;
    }
    merged.push(aligned);
  }

  const fws = FRAMEWORKS_FIRST[ctx.scope];
  const indicators: Indicator[] = [];
  const slots: Array<EmptyLevel2 & { explicit: boolean }> = [];
  // Mid-term and annual indicators side by side (一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 计划指标值): each block
  // is read on its own, the first as 长期, the second as 年度.
  const blocks = splitBlocks(cols.roles);
  const secondAt = secondBlockStart(cols.roles);
  for (const [b, roles] of blocks.entries()) {
    if (blocks.length > 1) term = b === 0 ? 'long' : 'annual';
    let goal: string | null = ctx.goal;
    let level1: string | null = null;
    let level2: string | null = null;
    // 上年实现值 | 当年目标 of which no row fills the second, the first filled: a copy that dropped its empty cells
    // put each target into the first value column (a web copy's pipe row), so the filled column is the target.
    const shifted = droppedTargetColumn(merged, roles);
    const columns = columnsByRole(roles);
    const hasOther = roles.includes('other');
    for (const row of merged) {
      // The second group's cells placed by its own columns: under a 二级 merged from above its row lacks it, and
      // its name and value stand one column left of their headings while the first group's fit.
      const cells =
        b === 1 && secondAt > 0
          ? [...row.slice(0, secondAt), ...alignRow(row.slice(secondAt), roles.slice(secondAt))]
          : row;
      const goalCell = clean(firstIn(cells, columns, 'goal'));
      if (goalCell) {
        const t = termOfLabel(labelKey(goalCell));
        const label = goalLabelOf(goalCell, t ?? term);
        if (label) {
          if (label.term) term = label.term;
          if (label.label !== goal) level1 = level2 = null;
          goal = label.label;
        } else if (t && goalCell.includes('指标')) {
          term = t;
        }
      }
      const l1Cell = clean(firstIn(cells, columns, 'level1'));
      const l2Cell = clean(firstIn(cells, columns, 'level2'));
      let l1Written = l1Cell;
      let l2Written = l2Cell;
      // A 二级 name written in the 一级 column with the 二级 column empty.
      if (l1Written && !l2Written && !isLevel1Name(l1Written) && isLevel2Name(l1Written)) {
        l2Written = l1Written;
        l1Written = '';
      }
      if (l1Written) {
        const canon = normaliseLevel1(fws, l1Written);
        if (canon !== level1) level2 = null;
        level1 = canon;
      }
      if (l2Written) level2 = normaliseLevel2(fws, level1, l2Written);
      if (l2Written && !roles.includes('level1')) level1 = parentLevel1(fws, level2!) ?? level1;
      const written3 = clean(firstIn(cells, columns, 'name'));
      // 技术指导服务数量对生产种植企业技术指导服务数量 with the 指标解释 column empty: the explanation ran into the name.
      const explanationEmpty = hasOther && allIn(cells, columns, 'other').every((c) => clean(c) === '');
      // The 三级 cell blank and the 指标内容 beside it holding the name run into its description: the name is its start.
      const described = !written3 && cols.description !== null ? clean(cells[cols.description] ?? '') : '';
      const nameWritten = written3
        ? explanationEmpty
          ? (nameBeforeExplanation(written3) ?? written3)
          : written3
        : (splitNameFromDescription(described)?.name ?? described);
      const values = cleanIn(cells, columns, 'value');
      // 指标性质 | 指标方向 in either order (正向 | =): the written comparator wins over the direction word.
      const ops = cleanIn(cells, columns, 'op');
      // 正向 | 等于 (内蒙古's 指标性质 | 指标方向): the comparison in words says more than the direction.
      const op = ops.length === 0 ? '' : comparatorOf(ops);
      const unit = clean(firstIn(cells, columns, 'unit'));
      const written = (shifted ? values.findLast((v) => v !== '') : values.at(-1)) ?? '';
      const targetWritten = !nameWritten && isLevelName(written) ? '' : written;
      // 时效指标 | 全年 with the value cell empty (a copy that wrote the row from its first filled cell, a cell short):
      // a period names no indicator — the 二级 written on the row does, and the period is its target (as a stream
      // reads it: level2-worded-names.ts).
      const periodNamed = !targetWritten && !!l2Written && isPeriodValue(nameWritten);
      const name = periodNamed ? l2Written : nameWritten;
      const targetRaw = periodNamed ? nameWritten : targetWritten;
      const basis = clean(firstIn(cells, columns, 'basis'));
      const category = clean(firstIn(cells, columns, 'category'));
      const weightCell = clean(firstIn(cells, columns, 'weight'));
      // 权重 written as a share of the form's 100 points (30%) is those points (海南's 项目绩效目标表).
      const weight = WEIGHT_POINTS.test(weightCell) ? weightCell.replace(PERCENT_END, '') : null;
      // The value columns before the last: last year's and the year before's (none in most tables).
      let history: Record<string, string> | null = null;
      if (!shifted)
        for (let k = 0; k < values.length - 1; k++) {
          const v = values[k]!;
          if (v) (history ??= {})[cols.historyLabels[k] ?? `history${k + 1}`] = v;
        }
      const t: Term = term ?? 'annual';
      // One character and nothing else is not an indicator: a word cut off where a stored page ends ("截").
      if (!targetRaw && !basis && ONE_HAN.test(name)) continue;
      // 产出指标 | (40-50)分 broken over lines: the tail of a level's points note (")分") names no indicator.
      if (POINTS_NOTE_TAIL.test(name) && CLOSING_BRACKET.test(name)) continue;
      // A row holding only level names (效益指标 | 经济效益指标 with its cells shifted by a merge) names no indicator,
      // nor does one a budgeting system filled with zeros under a 二级 left empty (经济成本指标 | 0 | 0.00% | 0):
      // an indicator is named in words, and a target of nothing sets none.
      if (
        (!name && !targetRaw) ||
        isZeroPlaceholder(name, targetRaw, weightCell) ||
        (!targetRaw && TEMPLATE_SLOT_NAME.test(labelKey(name)))
      ) {
        if (level2 && l2Written) slots.push({ term: t, goal, level1, level2, explicit: true });
        continue;
      }
      // Templates that split 指标值 into 指标性质 (≥ ≤ ＝ 定性) and 计量单位 columns: put it back together.
      // 指标方向 written as a direction: 正向 (the more the better) is ≥, 反向 is ≤.
      const opWritten = KIND_WORD.test(op) ? '' : (DIRECTION_OPS.get(op) ?? op);
      const composed =
        targetRaw && (opWritten || unit) && HAS_FIGURE.test(targetRaw)
          ? `${SIGN_LED.test(targetRaw) ? '' : opWritten}${targetRaw}${unit && !targetRaw.endsWith(unit) ? unit : ''}`
          : targetRaw;
      indicators.push({
        term: t,
        goal,
        level1,
        level2,
        name: name || null,
        target: parseIndicatorValue(composed),
        history,
        basis: basis || null,
        category: category || null,
      });
      if (weight !== null) indicators[indicators.length - 1]!.weight = weight;
    }
  }
  const emptyLevel2 = slots
    .filter(
      (s) =>
        !indicators.some(
          (x) => x.term === s.term && x.goal === s.goal && x.level1 === s.level1 && x.level2 === s.level2,
        ),
    )
    .map(({ explicit: _explicit, ...s }) => s);
  return { indicators, emptyLevel2, end };
}

// Asked of every indicator row: the patterns compiled once, not made anew on each row.
const HAS_DIGIT = /\d/;
const ONE_HAN = /^[\p{Script=Han}]$/u;
const POINTS_NOTE_TAIL = /^[（(]?[\d\-–—~～.]*[)）]?分[)）]?$/;
const CLOSING_BRACKET = /[)）]/;
/** 指标性质 words that name the kind of target, no comparison: 定性, 定量. */
const KIND_WORD = /^(定性|定量|定量（其他）|不适用)$/;
const HAS_FIGURE = /[\d０-９]/;
const SIGN_LED = /^[≥≤=<>＞＜＝]/;
const WEIGHT_POINTS = /^\d+(\.\d+)?[%％]?$/;
const PERCENT_END = /[%％]$/;

/**
 * The comparison a row's 指标性质 / 指标方向 cells give: a written comparator first (正向 | = is =), then a comparison
 * in words (正向 | 等于, 内蒙古's), then whatever is written.
 */
function comparatorOf(ops: readonly string[]): string {
  const worded = ops.map((o) => WORD_SIGNS.get(o)).find((o) => o !== undefined);
  return ops.find((o) => COMPARATORS.test(o)) ?? worded ?? ops.find((o) => o !== '') ?? '';
}

/**
 * 1130元 | /月/人计划标准: a figure's unit cut off into the basis cell after it goes back to the figure, so the row
 * is placed with its basis word where the basis column stands.
 */
function rejoinCutUnits(cells: string[]): void {
  for (let k = 1; k < cells.length; k++) {
    // An empty cell holds no basis word to cut a unit from.
    const cut = cells[k] !== '' && HAS_DIGIT.test(cells[k - 1]!) ? unitTailBeforeBasis(cells[k]!) : null;
    if (!cut) continue;
    cells[k - 1] += cut.tail;
    cells[k] = cut.basis;
  }
}

/**
 * The template's own words where a name is to be written (定量指标一, 定性指标描述): left so, with no value, the slot
 * was not filled — no indicator.
 */
const TEMPLATE_SLOT_NAME = /^(定量|定性)(指标)?([一二三四五六七八九十\d]+|描述)?$/;
/** A cell of a separator row (----, ***) or an empty one. */
const RULE_CELL = /^[-—*]*$/;
const RULE_CHARS: ReadonlySet<string> = new Set(['-', '—', '*']);
// Most cells are turned away by their first character before the pattern is tried.
const isRuleCell = (cell: string) => cell === '' || (RULE_CHARS.has(cell[0]!) && RULE_CELL.test(cell));

/** A row's cells as written (before placing) and as placed. */
interface RawRow {
  cells: string[];
  aligned: string[] | null;
}

/**
 * The rest of a merged cell a page break cut (…等方 / 面指标）) joined to the cell above in its column, where that
 * cell left a bracket open: the row keeps its own cells, the level its whole name.
 */
function joinBracketTails(cells: string[], above: readonly RawRow[]): void {
  cells.forEach((text, k) => {
    if (text === '' || !isBracketTail(text)) return;
    const source = above.findLast((r) => (r.cells[k] ?? '').trim() !== '');
    const head = source?.cells[k] ?? '';
    if (!source?.aligned || !leavesBracketOpen(head)) return;
    const at = source.aligned.indexOf(head);
    if (at < 0) return;
    source.aligned[at] = head + text.trim();
    source.cells[k] = source.aligned[at];
    cells[k] = '';
  });
}

/** A bare figure for a name, nought for a target and weight (0 | 0.00% | 0): a system's filler, no indicator. */
function isZeroPlaceholder(name: string, target: string, weight: string): boolean {
  return FIGURE_ONLY.test(name) && isZero(target) && (weight === '' || isZero(weight));
}
// Asked of every indicator row: the patterns compiled once.
const FIGURE_ONLY = /^[\d.]+$/;
const ZERO = /^[=＝]?0+(?:\.0+)?[%％]?$/;
const isZero = (t: string) => ZERO.test(t.replace(/\s/g, ''));

/** The columns of each role, in column order: a block's roles are the same on every row, so worked out once. */
type RoleColumns = ReadonlyMap<Role, readonly number[]>;

function columnsByRole(roles: readonly Role[]): RoleColumns {
  const out = new Map<Role, number[]>();
  roles.forEach((role, k) => {
    const list = out.get(role);
    if (list) list.push(k);
    else out.set(role, [k]);
  });
  return out;
}

/** The row's cell in the first column of `role`, or '' when it has none (a row shorter than the roles). */
function firstIn(cells: readonly string[], columns: RoleColumns, role: Role): string {
  const k = columns.get(role)?.[0];
  return k !== undefined && k < cells.length ? cells[k]! : '';
}

/** The row's cells in the columns of `role`, in column order. */
function allIn(cells: readonly string[], columns: RoleColumns, role: Role): string[] {
  const out: string[] = [];
  for (const k of columns.get(role) ?? []) if (k < cells.length) out.push(cells[k]!);
  return out;
}

/** allIn, each cell cleaned (clean), in one array. */
function cleanIn(cells: readonly string[], columns: RoleColumns, role: Role): string[] {
  const out: string[] = [];
  for (const k of columns.get(role) ?? []) if (k < cells.length) out.push(clean(cells[k]!));
  return out;
}

/** The column roles of each block of a table whose indicator columns repeat after the first value. */
/** Where the second group of a two-group table starts (its 二级 or 三级 after the first 指标值), or -1. */
function secondBlockStart(roles: Role[]): number {
  const firstValue = roles.indexOf('value');
  return firstValue < 0 ? -1 : roles.findIndex((r, k) => k > firstValue && (r === 'level2' || r === 'name'));
}

function splitBlocks(roles: Role[]): Role[][] {
  const second = secondBlockStart(roles);
  if (second < 0) return [roles];
  const own: Role[] = ['level2', 'name', 'value', 'op', 'unit', 'basis', 'category', 'weight'];
  return [
    roles.map((r, k) => (k >= second ? 'other' : r)),
    roles.map((r, k) => (k < second && own.includes(r) ? 'other' : r)),
  ];
}

/**
 * A field of the form's that offers tick boxes (优秀□ 良好□ 合格□, 新增□ 延续√): a row holding such a cell is
 * no indicator but the form going on after its table.
 */
const TICK_BOX = /[□☐■☑√]/;
const TICK_BOXES = /[□☐■☑√]/g;

function offersOptions(row: Row): boolean {
  // Almost no cell holds a box: tested before the boxes are counted.
  return row.cells.some((c) => TICK_BOX.test(c) && (c.match(TICK_BOXES) ?? []).length >= 2);
}

/** Short text without punctuation of a sentence or a label: 事项数量, 使用满意度. */
function isWrappedFragment(text: string): boolean {
  const t = oneLine(text);
  return (
    t.length > 0 &&
    t.length <= 24 &&
    !/[：:。；;]/.test(t) &&
    !/^表[一二三四五六七八九十\d]+$/.test(t) &&
    !isLevel1Name(t) &&
    !isLevel2Name(t) &&
    !looksLikeValue(t)
  );
}

/**
 * A row with only a name, right under a complete row (value and basis filled) of a table that has a basis
 * column: the rest of the name above, wrapped onto its own line. A real indicator would carry its basis.
 */
function isWrappedName(cells: string[], prev: string[], roles: Role[]): boolean {
  const basisCol = roles.indexOf('basis');
  const nameCol = roles.indexOf('name');
  if (basisCol < 0 || nameCol < 0) return false;
  const filled = cells.map((c, k) => (isBlankCell(c) ? -1 : k)).filter((k) => k >= 0);
  if (filled.length !== 1 || filled[0] !== nameCol || !isWrappedFragment(cells[nameCol]!)) return false;
  const prevValue = roles.some((r, k) => r === 'value' && !isBlankCell(prev[k] ?? ''));
  return prevValue && !isBlankCell(prev[basisCol] ?? '');
}

/**
 * A name that ends in its unit in brackets (参保人数（人）, 补助面积（万亩）) is whole: a template names its
 * indicators so and may leave their values blank, and the next row alone on its lines is the next indicator.
 */
function endsInUnitNote(name: string): boolean {
  const m = /[（(]([^（）()]{1,6})[)）]$/.exec(name.trim());
  // 万亩, 万人: a unit with its magnitude before it.
  const unit = m?.[1]!.replace(/^[十百千万亿]+(?=.)/, '');
  return unit !== undefined && (matchUnit(m![1]!) === m![1] || matchUnit(unit) === unit);
}

function isContinuation(cells: string[], roles: Role[]): boolean {
  let filled = false;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (isBlankCell(c)) continue;
    filled = true;
    const role = roles[k];
    if (role !== 'goal' && role !== 'name') return false;
    if (isLevel1Name(c) || isLevel2Name(c) || looksLikeValue(c)) return false;
  }
  return filled;
}

/**
 * A name with its explanation run into it, the explanation ending in the name's own last words (党建任务完成率 +
 * 上级党组织要求完成党建工作任务完成率): the text up to the first time those words (four characters or more) end.
 */
export function nameBeforeExplanation(text: string): string | null {
  const n = text.length;
  for (let m = Math.floor(n / 2); m >= 4; m--) {
    const tail = text.slice(n - m);
    const at = text.indexOf(tail);
    if (at < 0 || at + m > n - m) continue;
    const name = text.slice(0, at + m);
    const rest = text.slice(at + m);
    return name.length >= 4 && rest.length >= 4 && /^\p{Script=Han}/u.test(rest) ? name : null;
  }
  return null;
}

function joinBroken(a: string, b: string): string {
  if (!a) return b;
  return /[\p{Script=Han}）》”]$/u.test(a) && /^[\p{Script=Han}（《“]/u.test(b) ? a + b : `${a} ${b}`;
}

/** Cell text without placeholders: …… and lone spaces become ''. */
/**
 * 具体指标 printed in a data row where the 二级 stands (服务对象满意度指标 | 具体指标 | 枣农满意度 | ≥90%, the 2011
 * 财政支出绩效目标申报表): the template's word for "the indicators below", no level and no name — a blank cell.
 */
function blankPlaceholder(cell: string): string {
  // A third of the cells are empty: nothing to take off.
  if (cell === '') return cell;
  if (PLACEHOLDER_CELLS.includes(labelKey(cell)) || ELLIPSIS_ONLY.test(cell) || isNumberOnly(cell)) return '';
  // "1. 档案扫描总页数" placed as a name, not as a value of 1 with words after it.
  return withoutItemNumber(cell);
}
/** A template's empty row writes …… (or ...) where its name or value would stand: no text, and no cell to place. */
const ELLIPSIS_ONLY = /^\s*(?:…+|\.{3,}|。{3,})\s*$/;
const PLACEHOLDER_CELLS: readonly string[] = ['具体指标'];

function clean(text: string): string {
  const t = oneLine(text);
  if (isBlankCell(t)) return '';
  // oneLine trimmed it: only leading or trailing …… are left to take off.
  return t.includes('…') ? t.replace(/^[…]+|[…]+$/g, '').trim() : t;
}

function normaliseLevel1(fws: Framework[], written: string): string {
  // Templates annotate level names: 数量指标（必填硬性指标）, 时效指标（工期指标）.
  for (const name of [written, levelStem(written)]) {
    for (const fw of fws) {
      const c = canonicalLevel1(fw, name);
      if (c) return c;
    }
  }
  return labelKey(written);
}

function normaliseLevel2(fws: Framework[], level1: string | null, written: string): string {
  for (const name of [written, levelStem(written)]) {
    for (const fw of fws) {
      const c = canonicalLevel2(fw, level1, name);
      if (c) return c;
    }
    for (const fw of fws) {
      const c = canonicalLevel2(fw, null, name);
      if (c) return c;
    }
  }
  return labelKey(written);
}

/**
 * Several value columns (last year's beside this year's) of which the last is empty in every row while an
 * earlier one holds figures: the cells of the copy moved left, the last column is no target of its own.
 */
function droppedTargetColumn(rows: readonly string[][], roles: readonly Role[]): boolean {
  const at: number[] = [];
  for (let k = 0; k < roles.length; k++) if (roles[k] === 'value') at.push(k);
  if (at.length < 2) return false;
  const filled = (k: number) => rows.some((row) => (row[k] ?? '').trim() !== '');
  return !filled(at.at(-1)!) && at.slice(0, -1).some(filled);
}
