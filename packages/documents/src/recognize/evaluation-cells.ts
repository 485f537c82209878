// The cells of a 自评表 / 监控表 as one stream (row and column kept), what each cell looks like, and the
// placing of a row's filled cells into the table's columns by what they hold — not by position, since
// merged cells and flattened extractions leave rows shorter than the header and shifted against it.
import {
  canonicalLevel1,
  canonicalLevel2,
  frameworks,
  matchUnit,
  parseIndicatorValue,
  toHalfWidth,
  TextMemo,
} from '@jixiao/core';
import { isBlankCell, labelKey, oneLine } from '../rows/clean-cell.ts';
import { isLevel1Name, isLevel2Name, isLevelName } from './level-names.ts';
import type { Row } from '../rows/row.ts';
import { samePlaces } from './evaluation-atoms.ts';
import { MEASURE_WORDS, REASON_OPENERS } from './evaluation-value-words.ts';
import { type IndicatorColumn } from './evaluation-lexicon.ts';
import { isUnitText } from './unit-gloss.ts';

export interface StreamCell {
  text: string;
  /** Index of the row in the segment. */
  row: number;
  /** Source line, for messages. */
  line: number | null;
  /** False for a paragraph of running text between or after tables. */
  table: boolean;
  /** The cell's position in its row, blank cells counted, and the row's width: where a grid puts it. */
  col?: number;
  width?: number;
  /** From a row whose empty cells the copy dropped (Row.gapless): a short row's `col` is no column. */
  gapless?: boolean;
}

/** The filled cells of the rows in reading order. */
export function cellStream(rows: readonly Row[]): StreamCell[] {
  const out: StreamCell[] = [];
  rows.forEach((r, row) => {
    r.cells.forEach((c, col) => {
      const text = oneLine(c).trim();
      if (!isBlankCell(text))
        out.push({
          text,
          row,
          line: r.line ?? null,
          table: r.table,
          col,
          width: r.cells.length,
          ...(r.gapless ? { gapless: true } : {}),
        });
    });
  });
  return out;
}

/** A bare number as weights and scores are printed: 10, 19.6, 7.93. */
export function isBareNumber(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.replace(/[\s,，]/g, ''));
}

export function isPercent(text: string): boolean {
  return /^\d+(\.\d+)?\s*[%％]$/.test(text.trim());
}

/** An operator as printed in a 指标性质 column: ≥ ≧ ═ ＝ ﹦ 正向 反向 … (look-alikes read as the comparator). */
export function isOperatorCell(text: string): boolean {
  const t = toHalfWidth(labelKey(text));
  return (
    /^([≥≤=><]|正向|反向|正向指标|反向指标|定性|定量|定性指标|定量指标|持平)$/.test(t) ||
    COMPARATOR_WORD.test(t)
  );
}

/**
 * A comparison written in words alone in its cell (大于等于 | 1 | 次, the 指标方向 column of a 内蒙古 决算 自评表):
 * the comparator of the figure beside it, as the 指标值 grammar reads such words before a number.
 */
export const COMPARATOR_WORD =
  /^(大于或?等于|小于或?等于|等于|大于|小于|不低于|不少于|不小于|不高于|不超过|不大于|不多于)$/;

/** A level label with the points it states: 产出指标（50分） → { name: 产出指标, weight: "50" }. */
export function levelLabel(
  text: string,
): { level: 1 | 2; name: string; weight: string | null; alsoLevel2: boolean } | null {
  const key = labelKey(text).replace(/^[★☆]+/, '');
  // 成本指标（20）: a scoring table's points in brackets without 分 are the level's points as well.
  const m = /^(.*?)（(\d+(?:\.\d+)?)分?）$/.exec(key);
  // 服务对象满意度指标等: the template's own wording for "and the like".
  const name = (m ? m[1]! : key).replace(/等$/, '');
  const weight = m ? m[2]! : null;
  // 成本指标 is a 一级 of the 101号 tree and a 二级 of the 88号 one: the caller decides by the row's context.
  if (isLevel1Name(name)) return { level: 1, name, weight, alsoLevel2: isLevel2Name(name) };
  if (isLevel2Name(name)) return { level: 2, name, weight, alsoLevel2: true };
  // A template's own level names outside the frameworks (过程指标, 管理指标, 产出数量: level-names.ts).
  const written = isLevelName(name);
  if (written === 'level1') return { level: 1, name, weight, alsoLevel2: false };
  if (written === 'level2') return { level: 2, name, weight, alsoLevel2: true };
  return null;
}

/** Whether `level2` is a 二级 of `level1` in some framework (产出指标 → 成本指标 in the 88号 tree). */
export function isChildOf(level1: string, level2: string): boolean {
  return frameworks.some(
    (fw) => canonicalLevel1(fw, level1) !== null && canonicalLevel2(fw, level1, level2) !== null,
  );
}

const LIKELIHOOD = /^(确定能|有可能|不可能|完全不可能|能|可能)$/;
const LIGHT = /^(红|黄|绿|蓝)(灯|色)?$/;

/** What a cell looks like, computed once per text (the same texts come back on every row). */
interface CellProfile {
  level: ReturnType<typeof levelLabel>;
  number: boolean;
  short: boolean;
  valueLike: boolean;
  operator: boolean;
  unit: boolean;
  likelihood: boolean;
  light: boolean;
  /** One or two characters a 度量单位 column could hold though no list knows them as a unit (a counter). */
  measureLike: boolean;
  /** A figure written with its comparator (≥95%, =100, 不低于90%): how a 指标值 is set, not how a result is told. */
  compared: boolean;
}

/**
 * A 度量单位 cell: a unit the value grammar knows (％ read as %), a measure word of the lexicon (起, 宗, 例),
 * or either over a period or a base (人/次, 元/亩) — or over two (元/生·年), or over a base of two characters
 * (元/学期, 元/人·月): a known unit first, each base a known unit or a word of one or two characters.
 */
export function isUnitCell(text: string): boolean {
  const t = toHalfWidth(text.trim());
  if (t === '') return false;
  if (isKnownUnit(t)) return true;
  const parts = t.split(/[/·]/);
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.length === 2 && parts.every((u) => isKnownUnit(u) || /^\p{Script=Han}$/u.test(u))) return true;
  return (
    isKnownUnit(parts[0]!) && parts.slice(1).every((u) => isKnownUnit(u) || /^\p{Script=Han}{1,2}$/u.test(u))
  );
}

/** A unit the value grammar or the lexicon's measure words know, whole. */
function isKnownUnit(u: string): boolean {
  return matchUnit(u) === u || MEASURE_WORDS.includes(u);
}

/** A counter no list knows (one or two Han characters, no digit): the unit only where the row needs it there. */
const MEASURE_LIKE = /^\p{Script=Han}{1,2}$/u;

const profiles = new TextMemo<CellProfile>('evaluation cell profiles');

function profileOf(text: string): CellProfile {
  let p = profiles.get(text);
  if (!p) {
    const number = isBareNumber(text);
    const value = /\d/.test(text) ? parseIndicatorValue(text) : null;
    p = {
      level: levelLabel(text),
      number,
      short: labelKey(text).length <= 12,
      valueLike: value?.kind === 'quantitative',
      compared: value?.kind === 'quantitative' && value.op !== null && !value.opImplied,
      operator: isOperatorCell(text),
      unit: !number && isUnitCell(text),
      measureLike: !number && MEASURE_LIKE.test(labelKey(text)),
      likelihood: LIKELIHOOD.test(labelKey(text)),
      light: LIGHT.test(labelKey(text)),
    };
    profiles.set(text, p);
  }
  return p;
}

/** How well a cell fits a column; -Infinity where it cannot stand. */
function fit(text: string, column: IndicatorColumn, hasLevel2: boolean, level1: string | null): number {
  const { level, number, short, valueLike, operator, unit, likelihood, light, compared } = profileOf(text);
  // 成本指标 under 产出指标 is the 二级 of a tree that has it there, not a new 一级.
  const child = level?.alsoLevel2 === true && level1 !== null && isChildOf(level1, level.name);
  switch (column) {
    case 'level1':
      // A child label stays a 一级 only when the row goes on with a 二级 of its own (成本指标 | 经济成本指标).
      return level?.level === 1 ? (child ? 1 : 4) : -Infinity;
    case 'level2':
      return level?.alsoLevel2 ? 4 : -Infinity;
    case 'name':
      if (number || operator) return -Infinity;
      // Without a 二级 column, 质量 / 成本 stand in the name column (monitoring tables).
      if (!level || (!hasLevel2 && (level.alsoLevel2 || child))) return 2;
      return -3;
    case 'weight':
    case 'score':
    case 'review':
      return number ? 3 : -Infinity;
    case 'coefficient':
      // 100%, 0.9: the share of the points earned, a figure or a per cent.
      return number || /^\d+(?:\.\d+)?[%％]$/.test(text.trim()) ? 2 : -Infinity;
    case 'target':
    case 'targetValue':
    case 'actual':
    case 'actualToDate':
    case 'expectedFullYear':
      if (level) return -3;
      // A figure alone on its row between a blank 实际完成值 and the 指标值: its comparator says which it is.
      if (compared && (column === 'target' || column === 'targetValue')) return 2.5;
      return valueLike ? 2 : short ? 1 : 0.5;
    case 'op':
      return operator ? 4 : -Infinity;
    case 'unit':
      return unit || isUnitText(text.trim()) ? 4 : -Infinity;
    case 'likelihood':
      return likelihood ? 4 : -Infinity;
    case 'light':
      return light ? 4 : -Infinity;
    case 'reason':
      if (number || level) return -Infinity;
      // Most rows leave the reason empty: a text that does not open as a reason does (因…, 由于…) fits the
      // 指标值 or 实际完成值 after the column better, where a copy dropped the empty cell before them.
      return short ? 0.3 : REASON_OPENERS.some((w) => text.trim().startsWith(w)) ? 1 : 0.4;
    case 'measure':
      if (number || level) return -Infinity;
      return short ? 0.3 : 1;
    case 'remark':
    case 'section':
      return level ? -Infinity : 0.1;
  }
}

/** A figure written with its comparator (≥ 90 %, 不低于90%): how a 指标值 is set, never how an indicator is named. */
export function isComparedFigure(text: string): boolean {
  return profileOf(text).compared;
}

/** Whether a cell can stand in a column at all (its fit is not -Infinity). */
export function canStand(
  text: string,
  column: IndicatorColumn,
  columns: readonly IndicatorColumn[],
  level1: string | null,
): boolean {
  return fit(text, column, columns.includes('level2'), level1) > -Infinity;
}

/** Cost of leaving a filled cell out (an extraction artefact the columns cannot hold). */
const DROP = -6;

/**
 * The row's filled cells placed in the indicator table's columns (one text or '' per column); `level1` is
 * the 一级 the rows above filled down.
 */
export function placeCells(
  cells: readonly string[],
  columns: readonly IndicatorColumn[],
  level1: string | null = null,
): string[] {
  const hasLevel2 = columns.includes('level2');
  const unitAfterTarget = columns.some((c, k) => TARGET_COLUMNS.has(c) && columns[k + 1] === 'unit');
  const fitOf = (text: string, column: IndicatorColumn, i: number): number => {
    const f = fit(text, column, hasLevel2, level1);
    // The number printed after a 指标性质 (= | 100) is the target's value, not a weight: a row cut off
    // or without weight and score would otherwise give it to the 分值 column.
    if (TARGET_COLUMNS.has(column) && i > 0 && profileOf(text).number && profileOf(cells[i - 1]!).operator)
      return f + 2;
    // 0 | 起 under 实际完成值 | 指标性质 | 年度指标值 | 度量单位: the 度量单位 is the unit of the 指标值 printed before it, so
    // a bare figure with that unit after it is the target's figure — not an actual, which prints its unit with it.
    if (
      TARGET_COLUMNS.has(column) &&
      unitAfterTarget &&
      profileOf(text).number &&
      cells[i + 1] !== undefined &&
      profileOf(cells[i + 1]!).unit
    )
      return f + 1;
    // 100 | 宗 | 98宗: a counter no list knows, between the target's figure and the actual's, is its 度量单位
    // (a one-word actual — 无, 好 — has no figure after it).
    const next = cells[i + 1];
    if (
      column === 'unit' &&
      f === -Infinity &&
      profileOf(text).measureLike &&
      !profileOf(text).level &&
      i > 0 &&
      profileOf(cells[i - 1]!).number &&
      next !== undefined &&
      profileOf(next).valueLike
    )
      return 1.5;
    // 95 | 10.00 on a row cut after its 分值: 分值 and 得分 are printed to the same places, so 10.00 after a
    // figure of other places is no 得分 of it (the 95 is the actual). Only where the figure before can be the
    // 分值: the row printed no figure of 10.00's places before it (9.3 | 3 | 9.3 is 分值 | 指标值 | 得分, the 3 a
    // value between them).
    const before = cells[i - 1];
    if (
      column === 'score' &&
      before !== undefined &&
      profileOf(before).number &&
      profileOf(text).number &&
      !samePlaces(before, text) &&
      !cells.slice(0, i - 1).some((c) => profileOf(c).number && samePlaces(c, text))
    )
      return f - 2;
    return f;
  };
  const placed = lonePointsAsWeight(
    loneValueAsTarget(targetOnTie(placeByFit(cells, columns, fitOf), cells, columns, fitOf), columns, level1),
    columns,
  );
  if (!explainsNothing(placed, columns)) return placed;
  // A 偏差原因 explains how the actual fell short of the target: a row that has one has its actual. A text read
  // as the reason of a row without an actual (按进度执行，已使用约40％ | 年度预算220万元) is the actual.
  const again = placeByFit(cells, columns, (text, column, i) =>
    column === 'reason' ? -Infinity : fitOf(text, column, i),
  );
  return filledCount(again) === filledCount(placed) ? again : placed;
}

const ACTUAL_COLUMNS: readonly IndicatorColumn[] = ['actual', 'actualToDate'];

/**
 * One figure of points on a row under a header whose 得分 stands before its 分值 (得分 | 权重 | 年度指标值, a copy that
 * dropped the blank cells): the 分值, which the template sets for every row — not the 得分 a row may leave blank,
 * the first column it fits by order (the rule evaluation-fused.ts keeps for cells run together).
 */
function lonePointsAsWeight(placed: string[], columns: readonly IndicatorColumn[]): string[] {
  const score = columns.indexOf('score');
  const weight = columns.indexOf('weight');
  if (score < 0 || weight < score || placed[score] === '' || placed[weight] !== '') return placed;
  if (placed.slice(score + 1, weight).some((t) => t !== '')) return placed;
  const out = [...placed];
  out[weight] = out[score]!;
  out[score] = '';
  return out;
}

/**
 * A row that prints one value under a header whose 实际完成值 stands before its 年度指标值 (全年实际完成值 | 未完成原因
 * | 年度指标值, a copy that dropped the blank cells): the value is the target. A form sets every row's target; the
 * actual is what a row may leave blank. Placed by order it would fall to the actual, the first column it fits.
 */
function loneValueAsTarget(
  placed: string[],
  columns: readonly IndicatorColumn[],
  level1: string | null,
): string[] {
  const target = columns.findIndex((c) => TARGET_COLUMNS.has(c));
  // Points (分值, 得分) are no value: 9.3 | 9.3 | 3 under 得分 | 分值 | 实际完成值 | 指标值 prints one value too.
  const filled = columns.flatMap((c, k) =>
    c !== 'name' && !POINT_COLUMNS.includes(c) && placed[k] !== '' ? [k] : [],
  );
  const only = filled.length === 1 ? filled[0]! : -1;
  if (target < 0 || only < 0 || !ACTUAL_COLUMNS.includes(columns[only]!) || only > target) return placed;
  const hasLevel2 = columns.includes('level2');
  if (fit(placed[only]!, columns[target]!, hasLevel2, level1) === -Infinity) return placed;
  const out = [...placed];
  out[target] = out[only]!;
  out[only] = '';
  return out;
}

const POINT_COLUMNS: readonly IndicatorColumn[] = ['weight', 'score', 'review', 'coefficient'];

/** What a target column's cell gains where two placings fit a row alike. */
const TARGET_TIE = 0.25;

/**
 * Where two placings of a scored row fit it alike, the one that fills the target: a form sets every row's target,
 * the actual is what a row may leave blank (9.3 | 9.3 | 3 under 分值 | 实际完成值 | 偏差原因 | 得分 | 指标值 is 分值 | 得分 |
 * 指标值, a row scored in full whose actual is blank — not 分值 | 实际 9.3 | 得分 3).
 */
function targetOnTie(
  placed: string[],
  cells: readonly string[],
  columns: readonly IndicatorColumn[],
  fitOf: (text: string, column: IndicatorColumn, i: number) => number,
): string[] {
  const target = columns.findIndex((c) => TARGET_COLUMNS.has(c));
  if (target < 0 || placed[target] !== '') return placed;
  if (!columns.some((c, k) => ACTUAL_COLUMNS.includes(c) && placed[k] !== '')) return placed;
  // Only a row that was scored (its points printed): a score weighs an actual against a target, so the target
  // was set. A bare figure alone tells nothing and stays in the first column it fits.
  if (!columns.some((c, k) => POINT_COLUMNS.includes(c) && placed[k] !== '')) return placed;
  const favoured = placeByFit(
    cells,
    columns,
    (text, column, i) => fitOf(text, column, i) + (TARGET_COLUMNS.has(column) ? TARGET_TIE : 0),
  );
  if (favoured[target] === '' || filledCount(favoured) !== filledCount(placed)) return placed;
  const tie = Math.abs(worth(favoured, cells, columns, fitOf) - worth(placed, cells, columns, fitOf)) < 1e-9;
  return tie ? favoured : placed;
}

/** The summed fit of a placing (each cell in its column, in the row's order). */
function worth(
  placed: readonly string[],
  cells: readonly string[],
  columns: readonly IndicatorColumn[],
  fitOf: (text: string, column: IndicatorColumn, i: number) => number,
): number {
  let sum = 0;
  let i = 0;
  placed.forEach((text, k) => {
    if (text === '') return;
    while (i < cells.length && cells[i] !== text) i++;
    sum += fitOf(text, columns[k]!, i++);
  });
  return sum;
}

const filledCount = (placed: readonly string[]) => placed.filter((t) => t !== '').length;

/** A reason placed where the row's actual column, which the table has, was left empty. */
function explainsNothing(placed: readonly string[], columns: readonly IndicatorColumn[]): boolean {
  let reason = false;
  let actualColumn = false;
  for (const [k, c] of columns.entries()) {
    if (c === 'reason' && placed[k] !== '') reason = true;
    if (ACTUAL_COLUMNS.includes(c)) {
      if (placed[k] !== '') return false;
      actualColumn = true;
    }
  }
  return reason && actualColumn;
}

const TARGET_COLUMNS: ReadonlySet<IndicatorColumn> = new Set(['target', 'targetValue']);

/**
 * Cells placed in columns keeping their order, where the sum of their fits is best; a cell that fits no
 * column is left out at a cost. Ties go to the leftmost column a cell fits. One text (or '') per column.
 */
export function placeByFit<C>(
  cells: readonly string[],
  columns: readonly C[],
  fitOf: (text: string, column: C, index: number) => number,
): string[] {
  const n = cells.length;
  const m = columns.length;
  // best[i][j]: best score placing cells[i..] into columns[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const choice: Array<Array<'take' | 'skip' | 'drop'>> = Array.from({ length: n + 1 }, () =>
    new Array<'take' | 'skip' | 'drop'>(m + 1).fill('skip'),
  );
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let b = best[i + 1]![j]! + DROP;
      let c: 'take' | 'skip' | 'drop' = 'drop';
      if (j < m) {
        const skip = best[i]![j + 1]!;
        if (skip > b) {
          b = skip;
          c = 'skip';
        }
        const take = fitOf(cells[i]!, columns[j]!, i) + best[i + 1]![j + 1]!;
        if (take >= b) {
          b = take;
          c = 'take';
        }
      }
      best[i]![j] = b;
      choice[i]![j] = c;
    }
  }
  const out = new Array<string>(m).fill('');
  let i = 0;
  let j = 0;
  while (i < n) {
    const c = j < m ? choice[i]![j]! : 'drop';
    if (c === 'take') out[j++] = cells[i++]!;
    else if (c === 'skip') j++;
    else i++;
  }
  return out;
}
