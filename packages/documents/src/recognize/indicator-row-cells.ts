// The cells of an indicator table's rows, read one at a time: placeholders and rules, wrapped names and
// continuations, cells by column role, and level names made canonical.
import { canonicalLevel1, canonicalLevel2, matchUnit, type Framework } from '@jixiao/core';
import { isNumberOnly, withoutItemNumber } from './item-numbering.ts';
import { isBracketTail, leavesBracketOpen } from './bracket-tail.ts';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import type { Row } from '../rows/row.ts';
import { isLevel1Name, isLevel2Name, levelStem } from './level-names.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import { unitTailBeforeBasis } from './basis-unit-tail.ts';
import { COMPARATORS, WORD_SIGNS } from './indicator-table-columns.ts';
import { looksLikeValue } from './indicator-cell-profile.ts';

type Role = ColumnRole;

// Asked of every row's cells: compiled once, not made anew on each row.
const HAS_DIGIT = /\d/;

/**
 * The comparison a row's 指标性质 / 指标方向 cells give: a written comparator first (正向 | = is =), then a comparison
 * in words (正向 | 等于, 内蒙古's), then whatever is written.
 */
export function comparatorOf(ops: readonly string[]): string {
  const worded = ops.map((o) => WORD_SIGNS.get(o)).find((o) => o !== undefined);
  return ops.find((o) => COMPARATORS.test(o)) ?? worded ?? ops.find((o) => o !== '') ?? '';
}

/**
 * 1130元 | /月/人计划标准: a figure's unit cut off into the basis cell after it goes back to the figure, so the row
 * is placed with its basis word where the basis column stands.
 */
export function rejoinCutUnits(cells: string[]): void {
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
export const TEMPLATE_SLOT_NAME = /^(定量|定性)(指标)?([一二三四五六七八九十\d]+|描述)?$/;
/** A cell of a separator row (----, ***) or an empty one. */
const RULE_CELL = /^[-—*]*$/;
const RULE_CHARS: ReadonlySet<string> = new Set(['-', '—', '*']);
// Most cells are turned away by their first character before the pattern is tried.
export const isRuleCell = (cell: string) => cell === '' || (RULE_CHARS.has(cell[0]!) && RULE_CELL.test(cell));

/** A row's cells as written (before placing) and as placed. */
export interface RawRow {
  cells: string[];
  aligned: string[] | null;
}

/**
 * The rest of a merged cell a page break cut (…等方 / 面指标）) joined to the cell above in its column, where that
 * cell left a bracket open: the row keeps its own cells, the level its whole name.
 */
export function joinBracketTails(cells: string[], above: readonly RawRow[]): void {
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
export function isZeroPlaceholder(name: string, target: string, weight: string): boolean {
  return FIGURE_ONLY.test(name) && isZero(target) && (weight === '' || isZero(weight));
}
// Asked of every indicator row: the patterns compiled once.
const FIGURE_ONLY = /^[\d.]+$/;
const ZERO = /^[=＝]?0+(?:\.0+)?[%％]?$/;
const isZero = (t: string) => ZERO.test(t.replace(/\s/g, ''));

/** The columns of each role, in column order: a block's roles are the same on every row, so worked out once. */
type RoleColumns = ReadonlyMap<Role, readonly number[]>;

export function columnsByRole(roles: readonly Role[]): RoleColumns {
  const out = new Map<Role, number[]>();
  roles.forEach((role, k) => {
    const list = out.get(role);
    if (list) list.push(k);
    else out.set(role, [k]);
  });
  return out;
}

/** The row's cell in the first column of `role`, or '' when it has none (a row shorter than the roles). */
export function firstIn(cells: readonly string[], columns: RoleColumns, role: Role): string {
  const k = columns.get(role)?.[0];
  return k !== undefined && k < cells.length ? cells[k]! : '';
}

/** The row's cells in the columns of `role`, in column order. */
export function allIn(cells: readonly string[], columns: RoleColumns, role: Role): string[] {
  const out: string[] = [];
  for (const k of columns.get(role) ?? []) if (k < cells.length) out.push(cells[k]!);
  return out;
}

/** allIn, each cell cleaned (clean), in one array. */
export function cleanIn(cells: readonly string[], columns: RoleColumns, role: Role): string[] {
  const out: string[] = [];
  for (const k of columns.get(role) ?? []) if (k < cells.length) out.push(clean(cells[k]!));
  return out;
}

/** The column roles of each block of a table whose indicator columns repeat after the first value. */
/** Where the second group of a two-group table starts (its 二级 or 三级 after the first 指标值), or -1. */
export function secondBlockStart(roles: Role[]): number {
  const firstValue = roles.indexOf('value');
  return firstValue < 0 ? -1 : roles.findIndex((r, k) => k > firstValue && (r === 'level2' || r === 'name'));
}

export function splitBlocks(roles: Role[]): Role[][] {
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

export function offersOptions(row: Row): boolean {
  // Almost no cell holds a box: tested before the boxes are counted.
  return row.cells.some((c) => TICK_BOX.test(c) && (c.match(TICK_BOXES) ?? []).length >= 2);
}

/** Short text without punctuation of a sentence or a label: 事项数量, 使用满意度. */
export function isWrappedFragment(text: string): boolean {
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
export function isWrappedName(cells: string[], prev: string[], roles: Role[]): boolean {
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
export function endsInUnitNote(name: string): boolean {
  const m = /[（(]([^（）()]{1,6})[)）]$/.exec(name.trim());
  // 万亩, 万人: a unit with its magnitude before it.
  const unit = m?.[1]!.replace(/^[十百千万亿]+(?=.)/, '');
  return unit !== undefined && (matchUnit(m![1]!) === m![1] || matchUnit(unit) === unit);
}

export function isContinuation(cells: string[], roles: Role[]): boolean {
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

export function joinBroken(a: string, b: string): string {
  if (!a) return b;
  return /[\p{Script=Han}）》”]$/u.test(a) && /^[\p{Script=Han}（《“]/u.test(b) ? a + b : `${a} ${b}`;
}

/** Cell text without placeholders: …… and lone spaces become ''. */
/**
 * 具体指标 printed in a data row where the 二级 stands (服务对象满意度指标 | 具体指标 | 枣农满意度 | ≥90%, the 2011
 * 财政支出绩效目标申报表): the template's word for "the indicators below", no level and no name — a blank cell.
 */
export function blankPlaceholder(cell: string): string {
  // A third of the cells are empty: nothing to take off.
  if (cell === '') return cell;
  if (PLACEHOLDER_CELLS.includes(labelKey(cell)) || ELLIPSIS_ONLY.test(cell) || isNumberOnly(cell)) return '';
  // "1. 档案扫描总页数" placed as a name, not as a value of 1 with words after it.
  return withoutItemNumber(cell);
}
/** A template's empty row writes …… (or ...) where its name or value would stand: no text, and no cell to place. */
const ELLIPSIS_ONLY = /^\s*(?:…+|\.{3,}|。{3,})\s*$/;
const PLACEHOLDER_CELLS: readonly string[] = ['具体指标'];

export function clean(text: string): string {
  const t = oneLine(text);
  if (isBlankCell(t)) return '';
  // oneLine trimmed it: only leading or trailing …… are left to take off.
  return t.includes('…') ? t.replace(/^[…]+|[…]+$/g, '').trim() : t;
}

export function normaliseLevel1(fws: Framework[], written: string): string {
  // Templates annotate level names: 数量指标（必填硬性指标）, 时效指标（工期指标）.
  for (const name of [written, levelStem(written)]) {
    for (const fw of fws) {
      const c = canonicalLevel1(fw, name);
      if (c) return c;
    }
  }
  return labelKey(written);
}

export function normaliseLevel2(fws: Framework[], level1: string | null, written: string): string {
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
export function droppedTargetColumn(rows: readonly string[][], roles: readonly Role[]): boolean {
  const at: number[] = [];
  for (let k = 0; k < roles.length; k++) if (roles[k] === 'value') at.push(k);
  if (at.length < 2) return false;
  const filled = (k: number) => rows.some((row) => (row[k] ?? '').trim() !== '');
  return !filled(at.at(-1)!) && at.slice(0, -1).some(filled);
}
