// A whole self-evaluation scored: weights assigned, each indicator scored, 预算执行率 scored, total = Σ
// indicator scores + 执行率 score (FASP2 F2), the grade with its band set, and R-EVAL-06/08 findings.
import type { Finding } from '../model/finding.ts';
import { Decimal } from '../money/decimal.ts';
import { runSubjectRules } from '../checks/engine.ts';
import { rule as rEval06 } from '../checks/evaluation/r-eval-06.ts';
import { rule as rEval08 } from '../checks/evaluation/r-eval-08.ts';
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

/** R-EVAL-06 and R-EVAL-08 over the scored rows, each row's findings together. */
function evaluationFindings(evaluation: NewSelfEvaluation, scored: readonly ScoredIndicator[]): Finding[] {
  const row = (f: Finding) => Number(/^\/indicators\/(\d+)/.exec(f.path)?.[1] ?? -1);
  return runSubjectRules(
    [rEval06, rEval08],
    { kind: 'self-evaluation', evaluation, scored },
    evaluation.projectName,
  )
    .map((f, k) => ({ f, k }))
    .sort((a, b) => row(a.f) - row(b.f) || a.k - b.k)
    .map(({ f }) => f);
}
