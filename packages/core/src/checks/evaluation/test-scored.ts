// A self-evaluation scored as the R-EVAL-06 / R-EVAL-08 tests need it: the subject the rules read.
import { scoreSelfEvaluation } from '../../evaluation/score-self-evaluation.ts';
import { makeSelfEvaluation, type RowSpec } from '../../evaluation/test-evaluations.ts';
import type { SelfEvaluationSubject } from '../subjects.ts';

export function scored(rows: RowSpec[]): SelfEvaluationSubject {
  const evaluation = makeSelfEvaluation({ annual: '100', executed: '100' }, rows);
  return { kind: 'self-evaluation', evaluation, scored: scoreSelfEvaluation(evaluation).indicators };
}

// 产出 50 (met) + 效益 30 (60 of ≥90) + 满意度 10 (met).
export const rows: RowSpec[] = [
  { level1: '产出指标', name: '完成培训人次', target: '≥100人次', weight: null, actual: '100人次' },
  {
    level1: '效益指标',
    name: '就业率',
    target: '≥90%',
    weight: null,
    actual: '60%',
    deviation: '就业市场收紧，下年加强对接',
  },
  { level1: '满意度指标', name: '学员满意度', target: '≥90%', weight: null, actual: '95%' },
];
