// One self-evaluation row scored: quantitative by formula, qualitative by grade; an override replaces the
// computed score only within its band ([0, w] for quantitative rows) and with a written reason.
import type { IndicatorValue } from '../model/indicator-value.ts';
import type { SelfEvaluationGrade } from './dictionaries.ts';
import { show } from './format.ts';
import { fail, ok, type Result } from './result.ts';
import {
  checkOverride,
  defaultQualitativeOptions,
  scoreQualitative,
  type QualitativeOptions,
} from './score-qualitative.ts';
import { readWeight, scoreQuantitative } from './score-quantitative.ts';
import type { IndicatorScore } from './score-types.ts';
import type { ScoreOverride } from './self-evaluation-model.ts';

export interface IndicatorScoreInput {
  target: IndicatorValue;
  actual: IndicatorValue;
  grade: SelfEvaluationGrade | null;
  weight: string;
  override?: ScoreOverride | null;
}

/** Scores one indicator. Errors carry paths relative to the row (`/actual`, `/override/score`). */
export function scoreIndicator(
  input: IndicatorScoreInput,
  options: QualitativeOptions = defaultQualitativeOptions,
): Result<IndicatorScore> {
  if (input.target.kind === 'empty')
    return fail('target-empty', '批复的年度指标值为空，无法计分：请先补全批复指标值', '/target');
  if (input.target.kind === 'qualitative')
    return scoreQualitative(
      { grade: input.grade, weight: input.weight, override: input.override ?? null },
      options,
    );
  const q = scoreQuantitative(input);
  if (!q.ok) {
    const field =
      q.errors[0]!.code.startsWith('target') || q.errors[0]!.code === 'negative-target'
        ? '/target'
        : '/actual';
    return {
      ok: false,
      errors: q.errors.map((e) => ({
        ...e,
        path: e.path ?? (e.code === 'invalid-weight' ? '/weight' : field),
      })),
    };
  }
  if (!input.override) return q;
  const w = readWeight(input.weight);
  if (!w.ok) return w;
  const band = {
    low: w.value.mul(0),
    high: w.value,
    highInclusive: true,
    label: `0 至分值 ${show(w.value)}（含）`,
  };
  const o = checkOverride(input.override, band, '定量指标');
  if (!o.ok) return o;
  return ok({
    ...q.value,
    score: o.value.toFixed(2),
    working: `${q.value.working}；人工调整为 ${o.value.toFixed(2)}（理由：${input.override.reason!.trim()}）`,
    flags: [...q.value.flags, 'overridden'],
  });
}
