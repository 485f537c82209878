// Reading typed 指标值 for the checks: rates, deadlines, money amounts in 万元, negative numbers.
import { memoPerRun } from './memo.ts';
import { Decimal, decOfText } from '../../money/decimal.ts';
import type { IndicatorValue } from '../../model/indicator-value.ts';
import { MONEY_UNITS } from '../../value/units.ts';
import { squash } from './text.ts';

/** A rate or share by its name: 合格率, 满意度, 覆盖比例, 占比 … */
export function isRateName(name: string | null | undefined): boolean {
  return /率|满意度|比例|占比|百分比/.test(squash(name));
}

/** A growth or change rate, which may legitimately exceed 100 %. */
export function isGrowthRateName(name: string | null | undefined): boolean {
  return /增长|增加|变动|增幅|涨幅|提高幅度|提升幅度/.test(squash(name));
}

/** A satisfaction indicator: 满意度, 满意率. */
export function isSatisfactionName(name: string | null | undefined): boolean {
  return /满意/.test(squash(name));
}

const DEADLINE: readonly RegExp[] = [
  /\d{1,2}月(\d{1,2}[日号]|上旬|中旬|下旬|底|末)/, // 12月31日前, 6月底前
  /\d{1,2}月(前|之前|以前|内|止|完成)/, // 6月前
  /\d{4}年\d{1,2}月/, // 2024年6月
  /\d{4}年(底|末|内|前)/, // 2024年底前
  /^(年底|年末|年内|当年|本年度?)(前|内|完成)?/,
  /季度(末|底|前|内)/,
];

/**
 * A deadline written as a date or period end: 12月31日前, 2024年6月底前, 年底前, 第三季度末.
 * Such a value is quantified for a 时效 indicator even when the grammar cannot read it as one number.
 */
export function isDeadline(raw: string | null | undefined): boolean {
  const s = squash(raw);
  return DEADLINE.some((re) => re.test(s));
}

/** The number of a quantitative value as a Decimal, or null. */
export const numberOf = (v: IndicatorValue): Decimal | null =>
  v.kind !== 'quantitative' || v.value == null ? null : decOfText(v.value);

/** True when the unit is money (元, 千元, 万元, 亿元). */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return unit != null && MONEY_UNITS.has(unit);
}

const moneyOf: (v: IndicatorValue) => Decimal | null = memoPerRun((v: IndicatorValue) => {
  const n = numberOf(v);
  if (n === null) return null;
  const exponent = MONEY_UNITS.get(v.unit!)!;
  return exponent === 0 ? n : n.mul(new Decimal(10).pow(exponent));
});

/** A money value converted exactly to 万元, or null when the value is not money. */
export const moneyInWan = (v: IndicatorValue): Decimal | null => (isMoneyUnit(v.unit) ? moneyOf(v) : null);

/**
 * True when the written value is negative (`-5万元`, `≤-5万元`): the first digit is preceded by a minus.
 * The grammar drops the sign, so the raw text is read here.
 */
export function isNegative(raw: string | null | undefined): boolean {
  return /^[^\d]*[-−－]\d/.test(squash(raw));
}

/** A Decimal written for a message without trailing zeros: 571, 0.5, 2439.3. */
export function formatDecimal(d: Decimal): string {
  return d.toFixed();
}
