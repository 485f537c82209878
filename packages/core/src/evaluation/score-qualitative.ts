// R-EVAL-02: qualitative indicators — the grade gives a band of the weight (80–100 %, 60–80 %, 0–60 %);
// the default score is a configurable point in it; a hand-set score must lie in the band and carry a reason.
import { Decimal } from '../money/decimal.ts';
import type { SelfEvaluationGrade } from './dictionaries.ts';
import { gradeLevel } from './dictionaries.ts';
import { round2, show } from './format.ts';
import { fail, ok, type Result } from './result.ts';
import { missingScore, readWeight } from './score-quantitative.ts';
import type { IndicatorScore } from './score-types.ts';
import type { ScoreOverride } from './self-evaluation-model.ts';

/** A closed or half-open interval of allowed scores: [low, high] or [low, high). */
export interface ScoreBand {
  low: Decimal;
  high: Decimal;
  highInclusive: boolean;
  /** How the band is described in messages, e.g. "分值 20 的 60%（含）至 80%（不含）". */
  label: string;
}

/** Where the default score sits in a grade's band. `top` is the highest two-decimal score inside it. */
export type QualitativeDefaultPoint = 'top' | 'middle' | 'bottom';

const SHARES = { met: ['0.8', '1'], partly: ['0.6', '0.8'], missed: ['0', '0.6'] } as const;

/** The band of a grade for weight `w` (DOMAIN §2.3: lower bounds inclusive, only 达成 includes its top). */
export function gradeBand(grade: SelfEvaluationGrade, w: Decimal): ScoreBand {
  const level = gradeLevel(grade);
  const [lo, hi] = SHARES[level];
  const highInclusive = level === 'met';
  const pct = (s: string) => `${show(new Decimal(s).mul(100))}%`;
  return {
    low: w.mul(lo),
    high: w.mul(hi),
    highInclusive,
    label: `分值 ${show(w)} 的 ${pct(lo)}（含）至 ${pct(hi)}（${highInclusive ? '含' : '不含'}），即 ${show(w.mul(lo))}（含）至 ${show(w.mul(hi))}（${highInclusive ? '含' : '不含'}）`,
  };
}

export function inBand(score: Decimal, band: ScoreBand): boolean {
  return score.gte(band.low) && (band.highInclusive ? score.lte(band.high) : score.lt(band.high));
}

/** The two-decimal default score of a band. */
export function bandPoint(band: ScoreBand, point: QualitativeDefaultPoint): Decimal {
  const top = band.high.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const highest = band.highInclusive || top.lt(band.high) ? top : top.minus('0.01');
  const lowest = band.low.toDecimalPlaces(2, Decimal.ROUND_UP);
  if (highest.lt(lowest)) return band.low; // an empty band (weight 0)
  if (point === 'top') return highest;
  if (point === 'bottom') return lowest;
  const mid = round2(band.low.plus(band.high).div(2));
  return Decimal.min(Decimal.max(mid, lowest), highest);
}

/**
 * Checks a hand-set score against its band: a valid two-decimal number, inside the band, with a written
 * reason. Returns the score.
 */
export function checkOverride(override: ScoreOverride, band: ScoreBand, what: string): Result<Decimal> {
  const s = /^\d+(\.\d{1,2})?$/.test(override.score.trim()) ? new Decimal(override.score.trim()) : null;
  if (s === null)
    return fail(
      'override-invalid',
      `调整得分「${override.score}」须为不超过两位小数的非负数`,
      '/override/score',
    );
  if (!inBand(s, band))
    return fail(
      'override-out-of-band',
      `${what}的得分须在${band.label}之间，填写的 ${show(s)} 不在此范围：请在此范围内评分，或改选评价结果`,
      '/override/score',
    );
  if (!override.reason || override.reason.trim() === '')
    return fail('override-without-reason', `调整得分为 ${show(s)}，须写明调整理由`, '/override/reason');
  return ok(s);
}

export interface QualitativeOptions {
  defaultPoint: QualitativeDefaultPoint;
}

export const defaultQualitativeOptions: QualitativeOptions = { defaultPoint: 'top' };

/** Scores a qualitative indicator from its grade; no grade scores 0 unless an override asks for a band. */
export function scoreQualitative(
  input: { grade: SelfEvaluationGrade | null; weight: string; override?: ScoreOverride | null },
  options: QualitativeOptions = defaultQualitativeOptions,
): Result<IndicatorScore> {
  const w = readWeight(input.weight);
  if (!w.ok) return w;
  const weight = w.value;
  if (input.grade === null) {
    if (input.override)
      return fail(
        'missing-grade',
        '调整定性指标得分前，须先选择评价结果（达成 / 部分达成 / 未达成）',
        '/grade',
      );
    return ok(missingScore(weight, '未选择定性评价结果'));
  }
  const band = gradeBand(input.grade, weight);
  const computed = bandPoint(band, options.defaultPoint);
  const pointWord = { top: '上限', middle: '中点', bottom: '下限' }[options.defaultPoint];
  const base = `定性指标「${input.grade}」：得分区间为${band.label}，默认取区间${pointWord} ${computed.toFixed(2)}`;
  if (!input.override)
    return ok({
      score: computed.toFixed(2),
      weight: show(weight),
      computed: computed.toFixed(2),
      method: 'qualitative',
      working: base,
      flags: [],
    });
  const o = checkOverride(input.override, band, `定性结果「${input.grade}」`);
  if (!o.ok) return o;
  return ok({
    score: o.value.toFixed(2),
    weight: show(weight),
    computed: computed.toFixed(2),
    method: 'qualitative',
    working: `定性指标「${input.grade}」：得分区间为${band.label}，人工评定 ${o.value.toFixed(2)}（理由：${input.override.reason!.trim()}）`,
    flags: ['overridden'],
  });
}
