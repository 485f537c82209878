// R-EVAL-01: the score of a quantitative indicator by operator direction (DOMAIN §2.3, FASP2 F1 formulas),
// never above the weight nor below 0, with its working.
import type { Decimal } from '../money/decimal.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import { clampScore, decimalOf, round2, scoreString, show, ZERO } from './format.ts';
import { DIRECTION_LABEL, readPair, readTarget, type NumericPair } from './quantities.ts';
import { fail, ok, type Result } from './result.ts';
import type { IndicatorScore, ScoreFlag } from './score-types.ts';

/** The weight as a Decimal ≥ 0, or an invalid-weight error. */
export function readWeight(weight: string | null | undefined): Result<Decimal> {
  const w = decimalOf(weight);
  if (w === null || w.isNegative()) return fail('invalid-weight', `分值「${weight ?? ''}」不是有效的非负数`);
  return ok(w);
}

/**
 * The score of an indicator with nothing to score it by (no actual value, no grade): 0 of its weight, flagged
 * `missing-actual`, the working saying what was missing (`未填写实际完成值`).
 */
export function missingScore(weight: Decimal, missing: string): IndicatorScore {
  const zero = scoreString(ZERO);
  return {
    score: zero,
    weight: show(weight),
    computed: zero,
    method: 'missing',
    working: `${missing}，得 0 分（分值 ${show(weight)}）`,
    flags: ['missing-actual'],
  };
}

/** Over-achievement of ≥ 20 % (R-EVAL-08): a sign that the target was set too low. */
function overAchieved(p: NumericPair): boolean {
  if (p.target.isZero()) return false;
  if (p.direction === 'reverse') return p.actual.lte(p.target.mul(0.8));
  return p.actual.gte(p.target.mul(1.2));
}

function formulaScore(
  p: NumericPair,
  w: Decimal,
): { score: Decimal; method: IndicatorScore['method']; text: string } {
  const { actualShown: a, targetShown: t } = p;
  const label = `${DIRECTION_LABEL[p.direction]}指标`;
  if (p.target.isZero()) {
    // FASP2 selfequalindex / selfindexequalzero: a ≤ 0 earns the weight, anything else 0 (every direction).
    return p.actual.lte(0)
      ? { score: w, method: 'zero-target', text: `目标值为 0：实际值 ${a} ≤ 0，得满分 ${show(w)}` }
      : { score: ZERO, method: 'zero-target', text: `目标值为 0：实际值 ${a} > 0，得 0 分` };
  }
  if (p.direction === 'reverse') {
    if (p.actual.lte(p.target))
      return {
        score: w,
        method: 'reverse',
        text: `${label}：实际值 ${a} ≤ 目标值 ${t}，达成目标，得满分 ${show(w)}`,
      };
    if (p.actual.gte(p.target.mul(2)))
      return { score: ZERO, method: 'reverse', text: `${label}：实际值 ${a} ≥ 2 × 目标值 ${t}，得 0 分` };
    const s = round2(p.target.mul(2).minus(p.actual).mul(w).div(p.target));
    return {
      score: s,
      method: 'reverse',
      text: `${label}：(1 − (实际值 ${a} − 目标值 ${t}) ÷ 目标值 ${t}) × 分值 ${show(w)} = ${s.toFixed(2)}`,
    };
  }
  const method = p.direction;
  const shownLabel = p.direction === 'equal' ? '等于指标（目标值大于 0，按正向计分）' : label;
  if (p.actual.gte(p.target))
    return {
      score: w,
      method,
      text: `${shownLabel}：实际值 ${a} ≥ 目标值 ${t}，达成目标，得满分 ${show(w)}`,
    };
  const raw = round2(p.actual.mul(w).div(p.target));
  const text = `${shownLabel}：实际值 ${a} ÷ 目标值 ${t} × 分值 ${show(w)} = ${raw.toFixed(2)}`;
  if (raw.isNegative()) return { score: ZERO, method, text: `${text}，得分不低于 0，计 0 分` };
  return { score: raw, method, text };
}

/**
 * Scores a quantitative indicator. A missing actual (kind `empty`) scores 0 with the flag `missing-actual`;
 * a non-numeric actual or a unit that cannot be converted is an error.
 */
export function scoreQuantitative(input: {
  target: IndicatorValue;
  actual: IndicatorValue;
  weight: string;
}): Result<IndicatorScore> {
  const w = readWeight(input.weight);
  if (!w.ok) return w;
  const weight = w.value;
  const flags: ScoreFlag[] = [];
  if (input.actual.kind === 'empty') {
    const t = readTarget(input.target);
    if (!t.ok) return t;
    return ok(missingScore(weight, '未填写实际完成值'));
  }
  const pair = readPair(input.target, input.actual);
  if (!pair.ok) return pair;
  const f = formulaScore(pair.value, weight);
  if (overAchieved(pair.value)) flags.push('over-achieved');
  const score = scoreString(clampScore(f.score, weight));
  const working = pair.value.note ? `${pair.value.note}；${f.text}` : f.text;
  return ok({ score, weight: show(weight), computed: score, method: f.method, working, flags });
}
