// What placing a candidate cell in a 自评表 column costs, and what a row's cells cost together (the form's
// arithmetic: 得分 ≤ 分值, an actual like its target): the prices the search of evaluation-fused.ts weighs.
import { cutShareCost } from './cut-share-bound.ts';
import { repeatsStatedCount } from './name-stated-count.ts';
import { COMPARATOR_WORDS, isWellFormedNumber, partsOf, samePlaces, unitAt } from './evaluation-atoms.ts';
import { isOperatorCell } from './evaluation-cells.ts';
import type { IndicatorColumn } from './evaluation-lexicon.ts';
import { isUnitText } from './unit-gloss.ts';

type SlotKind = 'number' | 'share' | 'value' | 'unit' | 'op' | 'text';

export const SLOT_KIND: Partial<Record<IndicatorColumn, SlotKind>> = {
  weight: 'share',
  score: 'number',
  // 得分系数 (100%, 0.9): a figure of its own between the values and the points; a per cent there is no actual.
  coefficient: 'share',
  target: 'value',
  targetValue: 'value',
  actual: 'value',
  actualToDate: 'value',
  expectedFullYear: 'value',
  unit: 'unit',
  op: 'op',
  reason: 'text',
  remark: 'text',
  measure: 'text',
  likelihood: 'text',
  light: 'text',
};

/** What a filled column is worth: figures most, a free text least (it could as well be the next name). */
export const REWARD: Record<SlotKind, number> = {
  number: 3,
  share: 3,
  value: 2,
  unit: 1.5,
  op: 1.5,
  text: 0.5,
};
export interface Candidate {
  text: string;
  kind: 'value' | 'text';
  /** Letters read as a number (IO → 10): they stand only in a column of plain numbers (分值, 得分). */
  misread?: boolean;
  /** A piece of a figure the reading cut in several (2020 as 20 | 20). */
  cut?: boolean;
  /** Its fit to each kind of column, worked out once: the search tries the same candidate in many places. */
  fit?: Partial<Record<SlotKind, number>>;
}

export interface RowContext {
  /** The points of the 一级 the row stands under (产出指标（50分）), a bound for its 分值. */
  maxWeight: number | null;
  /**
   * The copy kept the table's cell borders (… | 93 | 10 |): a number with a cell of its own was printed as one,
   * and cutting it (10 as 1 | 0) costs more than cutting digits that ran together.
   */
  keptCells?: boolean;
  /** The cells came one per line, each whole (whole-cells.ts): a figure alone in its cell is never cut. */
  wholeCells?: boolean;
  /** The count the row's name closes on (…变压器3台: name-stated-count.ts), the target it sets. */
  statedCount?: { number: string; unit: string };
}

/**
 * The words a target or an actual is printed as in one character (是, 高, 无 …); any other lone character is
 * more likely the end of a name a line wrap cut off (…500吨成 / 品粮储备到位率).
 */
export const ONE_CHARACTER_VALUES = /^[是否有无高好优良中低差强弱全准达增减升降稳快慢多少大小]$/u;

/** The label of a table's total row (合计 | 100), alone in its cell. */
const TOTAL_LABEL = /^(合计|总计)$/;

/**
 * A 计量单位 cell an OCR misread into Latin letters (tot扁 for 篇): lower-case letters and one Han character, the
 * shape no unit (kg, km) and no name's end (AQI) takes.
 */
const MISREAD_UNIT = /^[a-z]{1,4}\p{Script=Han}$/u;
const COMPARATOR_ALONE = /^(?:[≥≤=><＞＜＝≧≦]|>=|<=)$/;
/** The 指标性质 words alone in a cell. */
const KIND_ALONE = /^(?:定性|定量|正向|反向)(?:指标)?$/;

/**
 * Words closed by a unit in brackets (办公用房面积(平方米), 保种数量(头), 合格率(%)): how a name states its unit — with
 * the bare figure that name's row gives after it, where a cell's atoms are read as one text (办公用房面积(平方米)500).
 */
const BRACKETED_UNIT = /\p{Script=Han}{2}[（(]([^（）()]{1,4})[)）](?:\d[\d.]*)?$/u;

/** A name stating its unit in brackets: no target, actual or reason is written so — it opens the next row. */
function statesUnit(c: Candidate): boolean {
  const inner = c.kind === 'text' ? BRACKETED_UNIT.exec(c.text)?.[1] : undefined;
  return inner !== undefined && (isUnitText(inner) || /^[%％‰]$/.test(inner));
}

/** How well a candidate cell fits a column; Infinity where it cannot stand. */
function fitCost(c: Candidate, kind: SlotKind): number {
  if ((kind === 'value' || kind === 'text') && statesUnit(c)) return Infinity;
  if (c.misread && kind !== 'number' && kind !== 'share') return Infinity;
  // 稻谷、: a text that ends in an enumeration mark goes on in the next piece; it is no cell of its own.
  if (c.kind === 'text' && /[、，,]$/.test(c.text)) return Infinity;
  // 合计 under the last row: the label of the table's total row, no row's value or reason.
  if (c.kind === 'text' && TOTAL_LABEL.test(c.text)) return Infinity;
  switch (kind) {
    case 'number':
    case 'share': {
      if (c.kind !== 'value') return Infinity;
      const { op, number, unit } = partsOf(c.text);
      // 权重 | 20%: a weight printed as its share of the form's hundred points, that many points.
      const share = kind === 'share' && /^[%％]$/.test(unit);
      if (
        op !== '' ||
        (unit !== '' && unit !== '分' && !share) ||
        !isWellFormedNumber(number) ||
        Number(number) > 100
      )
        return Infinity;
      return (number.includes('.') ? 0.3 : 0) + (share ? 0.2 : 0);
    }
    case 'value':
      // A comparator alone (≥, >=) is the 符号 column's, never a target or an actual without its figure; so is
      // the 指标性质 word (定性, 正向指标), which says how the value is judged and is none.
      if (c.kind === 'text' && (COMPARATOR_ALONE.test(c.text) || KIND_ALONE.test(c.text))) return Infinity;
      if (c.kind === 'text' && /^\p{Script=Han}$/u.test(c.text) && !ONE_CHARACTER_VALUES.test(c.text))
        return 2.5;
      // 万元 alone where a target or an actual belongs: the 计量单位 that lost its figure to the column before
      // (= | 5 | 万元 | 5 | 5 is 指标性质 | 指标值 | 度量单位 | 完成值 | 权重, not an actual 万元 scored 5 of 5).
      if (
        c.kind === 'text' &&
        c.text.length <= 3 &&
        unitAt(c.text) === c.text &&
        !ONE_CHARACTER_VALUES.test(c.text)
      )
        return 2.5;
      // 1 | 5100% for 15 | 100%: a cut piece over a thousand per cent (cut-share-bound.ts).
      if (c.kind === 'value' && c.cut === true) return cutShareCost(c.text);
      return c.kind === 'text' && /^[（(]/.test(c.text) ? 1 : 0;
    case 'unit':
      if (c.kind === 'text' && MISREAD_UNIT.test(c.text)) return 1;
      return c.kind === 'text' && isUnitText(c.text) ? 0 : Infinity;
    case 'op':
      return c.kind === 'text' && isOperatorCell(c.text) ? 0 : Infinity;
    case 'text':
      // A measure word alone (家, 吨) is no reason or remark: it is a unit that lost its number, or a name's start.
      if (c.kind === 'text' && unitAt(c.text) === c.text) return Infinity;
      // A figure a comparator opens (≥21933人) is a target, and a piece of a figure cut off with its unit (≤90万元
      // as ≤9 | 0万元) a target's or an actual's end: no reason or remark, which are words.
      if (c.kind === 'value' && (partsOf(c.text).op !== '' || (c.cut && partsOf(c.text).unit !== '')))
        return Infinity;
      // A whole figure with its unit (5亿元) is rather a value printed again or the name's last words — not a share
      // (143%), which a remark column (累计完成率, 完成率) prints as its figure.
      if (c.kind === 'value' && !['', '%', '％'].includes(partsOf(c.text).unit)) return 2.5;
      // A 0 under 偏差原因 says there is none, as forms write it.
      return c.kind === 'text' || c.text === '0' ? 0 : 1;
  }
}

/** fitCost, kept on the candidate (a pure reading of its text and marks). */
export function fitOnce(c: Candidate, kind: SlotKind): number {
  const fit = (c.fit ??= {});
  return (fit[kind] ??= fitCost(c, kind));
}

const numberOf = (t: string | undefined): number | null => {
  if (t === undefined) return null;
  const { op, number } = partsOf(t);
  return op === '' && number !== '' ? Number(number) : null;
};

/** The arithmetic of a row: 得分 ≤ 分值; 分值 within its 一级's points; an actual like its target. */
/** A comparison written as a sign alone (=, ≥, <=): what an 指标性质 column holds beside its 指标值. */
const COMPARATOR_SIGN = /^(?:[≥≤=＝<>＜＞≧≦]|>=|<=)$/;

/** A target counted in a measure word (680人) beside a bare figure as its actual: a figure cut short of its word. */
function countCutShort(target: string, actual: string): boolean {
  const t = partsOf(target);
  const a = partsOf(actual);
  return (
    t.number !== '' &&
    a.number !== '' &&
    a.unit === '' &&
    a.op === '' &&
    // 11个 | 0: nothing done is written 0 without the word it would count in — no figure cut short.
    Number(a.number) !== 0 &&
    /^\p{Script=Han}+$/u.test(t.unit) &&
    !/^[万千亿百分]$/.test(t.unit)
  );
}

/** A leading comparator in words (不低于400人): the figure is compared as its sign-written twin (≥400人) is. */
const COMPARATOR_WORD_LEAD = new RegExp(`^(?:${COMPARATOR_WORDS.join('|')})`, 'u');
const withoutComparatorWords = (value: string) => value.replace(COMPARATOR_WORD_LEAD, '');

/** A bare target (no sign, no unit) beside an actual in a unit divided by another (0元/辆). */
function rateCutShort(target: string, actual: string): boolean {
  const t = partsOf(target);
  const a = partsOf(actual);
  return t.number !== '' && t.op === '' && t.unit === '' && a.number !== '' && /[/·]/u.test(a.unit);
}

export function pairCost(
  cells: Partial<Record<IndicatorColumn, string>>,
  ctx: RowContext,
  unitColumn: boolean,
): number {
  let cost = 0;
  const weight = numberOf(cells.weight);
  const score = numberOf(cells.score);
  if (weight !== null && score !== null) {
    if (score > weight) return Infinity;
    if (score === weight) cost -= 0.5;
    // 10.00 | 9.00: a form prints 分值 and 得分 to the same places; 1 | 0.00 is 10.00 cut in the wrong place.
    if (!samePlaces(cells.weight!, cells.score!)) cost += 3;
  }
  if (weight !== null && ctx.maxWeight !== null && weight > ctx.maxWeight) cost += 3;
  // A 0-point indicator is a row of a template, not of a filled form; one indicator rarely carries half the points.
  if (weight === 0) cost += 3;
  if (weight !== null && weight > 50) cost += 2;
  // …nor, where no 分值 is read beside it, one 得分 (95 | blank under 得分 is rather the actual before it).
  if (weight === null && score !== null && score > 50) cost += 2;
  const target = cells.target ?? cells.targetValue;
  const actual = cells.actual;
  // 变压器3台 | 9.3 | 3 | 9.3: a name closing on the count it sets states its target — the bare 3 is that target,
  // not the 权重 (权重 9.3 | 指标值 3 | 得分 9.3, the actual blank, over 实际 9.3 | 权重 3 | 指标值 9.3).
  if (target !== undefined && ctx.statedCount !== undefined && repeatsStatedCount(target, ctx.statedCount))
    cost -= 1;
  // 58 | 场送戏下乡场次 under 指标目标值 | 1-7月完成情况 (≥120场 its target): a 监控表's actual to date is counted in its
  // target's measure word as a year's actual is — where no 计量单位 column prints the row's unit once instead. A
  // 计量单位 column the row leaves empty, its target carrying the word itself (≥2万亩 | 0.8万亩), prints no unit once.
  if (
    target !== undefined &&
    cells.actualToDate !== undefined &&
    (!unitColumn || cells.unit === undefined) &&
    countCutShort(target, cells.actualToDate)
  )
    cost += 2;
  // = | 100 under 指标性质 | 指标值: a sign in its own column is printed with its figure in the next; a sign left
  // without a target is the figure read into a column further on (a row the copy cut after its target).
  if (cells.op !== undefined && COMPARATOR_SIGN.test(cells.op) && target === undefined) cost += 2;
  if (target !== undefined && actual !== undefined) {
    if (target === actual) cost -= 1.5;
    else {
      const t = partsOf(withoutComparatorWords(target));
      const a = partsOf(actual);
      if (t.number !== '' && a.number !== '' && t.unit === a.unit) cost -= 0.5;
      // ≥95% | 95: the actual as its target's figure, printed without the unit (a 完成值 column often drops it).
      else if (t.number !== '' && a.unit === '' && a.op === '' && Number(a.number) === Number(t.number))
        cost -= 0.5;
      // 680人 | 65 with 2 under 得分 and 人 left to open the next name (680人652人国家助学金人数): a target counted in a
      // measure word has its actual counted in it too where the word was printed; a bare actual is a figure cut short.
      if (countCutShort(target, actual)) cost += 2;
      // 26 | 0元/辆 for 260元/辆 (a row whose actual is left empty): a target printed bare beside an actual that
      // carries a compound unit (元/辆, 元/人·月) is one figure cut in two — a form prints such a rate whole in both.
      if (!unitColumn && rateCutShort(target, actual)) cost += 2;
      // An actual a hundred times its target (or a hundredth) is a cut in the wrong place.
      const ratio = Number(a.number) / Number(t.number);
      if (Number(t.number) > 0 && Number(a.number) > 0 && (ratio > 20 || ratio < 0.05)) cost += 2;
    }
  }
  return cost;
}
