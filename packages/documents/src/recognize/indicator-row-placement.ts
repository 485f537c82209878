// An indicator table's data row put back into its columns when the extraction shifted it: the shift that fits
// its cells best, run-on values and units split or joined first, a target's parts settled after.
import { isUnitText } from './unit-gloss.ts';
import { isUnitCell } from './evaluation-cells.ts';
import { TextMemo } from '@jixiao/core';
import { isBlankCell } from '../rows/clean-cell.ts';
import type { ColumnRole } from './lexicon-columns.ts';
import { COMPARATOR_SIGNS } from './evaluation-value-words.ts';
import {
  cellLeast,
  cellMost,
  type CellProfile,
  cellScore,
  looksLikeValue,
  OP_CELL,
  profileOf,
  type Reckoning,
} from './indicator-cell-profile.ts';

type Role = ColumnRole;

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
export function alignRow(written: string[], roles: Role[]): string[] {
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
