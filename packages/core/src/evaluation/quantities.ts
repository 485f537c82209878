// Reading a target and an actual (or forecast) as two numbers in the same unit: direction by operator,
// exact money conversion (元/千元/万元/亿元), refusal of other unit mismatches and of non-numeric actuals.
import { Decimal } from '../money/decimal.ts';
import type { Comparator, IndicatorValue } from '../model/indicator-value.ts';
import { MONEY_UNITS } from '../value/units.ts';
import { decimalOf, show } from './format.ts';
import { fail, ok, type Result } from './result.ts';

/** Scoring direction by operator (DOMAIN §1.6, FASP2 F1): ≥ > positive, = equal, ≤ < reverse. */
export type Direction = 'positive' | 'equal' | 'reverse';

export function directionOf(op: Comparator | null): Direction {
  if (op === '≤' || op === '<') return 'reverse';
  if (op === '=' || op === null) return 'equal';
  return 'positive';
}

export const DIRECTION_LABEL: Record<Direction, string> = {
  positive: '正向',
  equal: '等于',
  reverse: '反向',
};

/** Spellings of one unit (not conversions): 工作日 = 个工作日, 日 = 天 … */
// A Map, not an object literal: text from a file (`constructor`, `toString`) must find nothing, not Object's own.
const SAME_UNIT: ReadonlyMap<string, string> = new Map([
  ['工作日', '个工作日'],
  ['日', '天'],
  ['月', '个月'],
  ['千米', '公里'],
  ['千克', '公斤'],
  ['台/套', '台套'],
]);

function canonicalUnit(unit: string | null): string | null {
  if (unit == null || unit === '') return null;
  return SAME_UNIT.get(unit) ?? unit;
}

export interface NumericPair {
  op: Comparator;
  direction: Direction;
  target: Decimal;
  /** The actual in the target's unit. */
  actual: Decimal;
  unit: string | null;
  /** How the target is shown in a working line: "95%", "571万元". */
  targetShown: string;
  /** How the actual is shown, in the target's unit: "92%", "0.12万元". */
  actualShown: string;
  /** A conversion or unit assumption to state before the formula, or null. */
  note: string | null;
}

/** The target as a number, or an error when it is empty, not numeric or negative. */
export function readTarget(
  target: IndicatorValue,
): Result<{ op: Comparator; value: Decimal; unit: string | null }> {
  if (target.kind === 'empty')
    return fail('target-empty', '批复的年度指标值为空，无法计分：请先补全批复指标值');
  const value = decimalOf(target.value);
  if (target.kind !== 'quantitative' || value === null)
    return fail('target-not-numeric', `年度指标值「${target.raw}」不是定量值，请按定性指标评价`);
  if (value.isNegative())
    return fail('negative-target', `年度指标值「${target.raw}」为负数，评分公式不适用：请人工评分并写明理由`);
  return ok({ op: target.op ?? '=', value, unit: canonicalUnit(target.unit) });
}

/**
 * Reads `actual` against `target` in the target's unit. `what` names the actual in messages
 * (实际值, 1–7月执行情况, 全年预计完成值). The actual must not be empty: the caller decides what "missing" means.
 */
export function readPair(
  target: IndicatorValue,
  actual: IndicatorValue,
  what = '实际值',
): Result<NumericPair> {
  const t = readTarget(target);
  if (!t.ok) return t;
  const { op, value: tv, unit: tu } = t.value;
  const av = decimalOf(actual.value);
  if (actual.kind !== 'quantitative' || av === null)
    return fail(
      'actual-not-numeric',
      `${what}「${actual.raw}」不是数字，而年度指标值「${target.raw}」是定量值：请填写数字和单位，如「${show(tv)}${tu ?? ''}」`,
    );
  if (
    actual.problem === 'range' ||
    actual.problem === 'several-values' ||
    actual.problem === 'conflicting-comparators'
  )
    return fail('actual-ambiguous', `${what}「${actual.raw}」不能读成一个数：请只填写一个数值`);
  const au = canonicalUnit(actual.unit);
  let a = av;
  let note: string | null = null;
  let unit = tu;
  if (au !== null && tu === null) {
    unit = au;
    note = `年度指标值未写单位，按${what}的单位「${au}」比较`;
  } else if (au !== null && tu !== null && au !== tu) {
    const ae = MONEY_UNITS.get(au);
    const te = MONEY_UNITS.get(tu);
    if (ae === undefined || te === undefined)
      return fail(
        'unit-mismatch',
        `${what}的单位「${au}」与年度指标值的单位「${tu}」不一致，无法换算：请按「${tu}」填写${what}`,
      );
    a = av.mul(new Decimal(10).pow(ae - te));
    note = `${what} ${show(av)}${au} = ${show(a)}${tu}`;
  }
  return ok({
    op,
    direction: directionOf(op),
    target: tv,
    actual: a,
    unit,
    targetShown: `${show(tv)}${unit ?? ''}`,
    actualShown: `${show(a)}${unit ?? ''}`,
    note,
  });
}
