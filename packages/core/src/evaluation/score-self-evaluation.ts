// A whole self-evaluation scored: weights assigned, each indicator scored, 预算执行率 scored, total = Σ
// indicator scores + 执行率 score (FASP2 F2), the grade with its band set, and R-EVAL-06/08 findings.
import type { Finding } from '../model/finding.ts';
import { Decimal } from '../money/decimal.ts';
import { gradeLevel } from './dictionaries.ts';
import { show } from './format.ts';
import { gradeOf, OFFICIAL_GRADE_BANDS, type GradeBandSet, type GradeResult } from './grades.ts';
import { atPath, fail, type EvalError, type Result } from './result.ts';
import { scoreExecution, type ExecutionScore } from './score-execution.ts';
import { scoreIndicator } from './score-indicator.ts';
import { defaultQualitativeOptions, type QualitativeOptions } from './score-qualitative.ts';
import type { IndicatorScore } from './score-types.ts';
import type { NewSelfEvaluation } from './self-evaluation-model.ts';
import { assignWeights, DEFAULT_WEIGHT_SCHEME, type WeightPlan, type WeightScheme } from './weights.ts';

export interface SelfEvaluationOptions {
  weights: WeightScheme;
  grades: GradeBandSet;
  qualitative: QualitativeOptions;
}

export const defaultSelfEvaluationOptions: SelfEvaluationOptions = {
  weights: DEFAULT_WEIGHT_SCHEME,
  grades: OFFICIAL_GRADE_BANDS,
  qualitative: defaultQualitativeOptions,
};

export interface ScoredIndicator {
  indicatorId: string;
  /** JSON pointer of the row in the self-evaluation. */
  path: string;
  result: Result<IndicatorScore>;
}

export interface SelfEvaluationScore {
  weights: Result<WeightPlan>;
  indicators: ScoredIndicator[];
  execution: Result<ExecutionScore>;
  /** Σ indicator scores + 执行率 score, two decimals; null while any part has an error. */
  total: string | null;
  grade: GradeResult | null;
  weightSchemeId: string;
  bandSetId: string;
  working: string;
  /** Every error of every part, with paths into the self-evaluation. */
  errors: EvalError[];
  /** R-EVAL-06 (deviation analysis missing) and R-EVAL-08 (target possibly too low). */
  findings: Finding[];
}

/** Scores a self-evaluation. Never throws; parts that fail are reported and leave the total empty. */
export function scoreSelfEvaluation(
  evaluation: NewSelfEvaluation,
  options: Partial<SelfEvaluationOptions> = {},
): SelfEvaluationScore {
  const opts = { ...defaultSelfEvaluationOptions, ...options };
  const weights = assignWeights(evaluation.indicators, opts.weights);
  const indicators: ScoredIndicator[] = evaluation.indicators.map((row, i) => {
    const path = `/indicators/${i}`;
    const weight = weights.ok ? weights.value.rows[i]!.weight : row.weight;
    const result: Result<IndicatorScore> =
      weight === null
        ? fail('invalid-weight', '权重分配有误，未能确定该指标的分值', '/weight')
        : scoreIndicator({ ...row, weight }, opts.qualitative);
    return { indicatorId: row.indicatorId, path, result: atPath(result, path) };
  });
  const execution = scoreExecution({
    annual: evaluation.budget.annual,
    executed: evaluation.budget.executed,
    weight: opts.weights.execution,
  });
  const errors: EvalError[] = [
    ...(weights.ok ? [] : weights.errors),
    ...indicators.flatMap((s) => (s.result.ok ? [] : s.result.errors)),
    ...(execution.ok ? [] : execution.errors),
  ];
  const findings = evaluationFindings(evaluation, indicators);
  const base = {
    weights,
    indicators,
    execution,
    weightSchemeId: opts.weights.id,
    bandSetId: opts.grades.id,
    findings,
  };
  if (errors.length > 0 || !execution.ok)
    return { ...base, total: null, grade: null, errors, working: `有 ${errors.length} 处错误，未计算总分` };
  const sum = indicators.reduce((s, x) => s.plus(x.result.ok ? x.result.value.score : 0), new Decimal(0));
  const total = sum.plus(execution.value.score);
  const grade = gradeOf(total.toFixed(2), opts.grades);
  return {
    ...base,
    total: total.toFixed(2),
    grade: grade.ok ? grade.value : null,
    errors: grade.ok ? [] : grade.errors,
    working: `指标得分合计 ${sum.toFixed(2)} + 预算执行率得分 ${execution.value.score} = 总分 ${total.toFixed(2)}${grade.ok ? `；${grade.value.working}` : ''}`,
  };
}

function evaluationFindings(evaluation: NewSelfEvaluation, scored: readonly ScoredIndicator[]): Finding[] {
  const findings: Finding[] = [];
  evaluation.indicators.forEach((row, i) => {
    const r = scored[i]!.result;
    if (!r.ok) return;
    const name = row.name ?? row.indicatorId;
    const below =
      new Decimal(r.value.score).lt(r.value.weight) ||
      (row.grade !== null && gradeLevel(row.grade) !== 'met');
    if (below && !(row.deviationAnalysis ?? '').trim())
      findings.push({
        rule: 'R-EVAL-06',
        severity: 'warning',
        message: `「${name}」得分 ${r.value.score}，低于分值 ${show(new Decimal(r.value.weight))}（或未完全达成）：请填写偏差原因分析及改进措施`,
        path: `/indicators/${i}/deviationAnalysis`,
        form: evaluation.projectName,
      });
    if (r.value.flags.includes('over-achieved'))
      findings.push({
        rule: 'R-EVAL-08',
        severity: 'info',
        message: `「${name}」实际值「${row.actual.raw}」超出目标值「${row.target.raw}」20% 以上：目标可能定得偏低，请说明原因，并在下年设定目标时参考`,
        path: `/indicators/${i}/actual`,
        form: evaluation.projectName,
      });
  });
  return findings;
}
