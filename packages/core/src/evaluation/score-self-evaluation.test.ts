// A whole self-evaluation: total = Σ indicator scores + 执行率 score, the grade at the band edges, errors
// collected with paths, R-EVAL-06/08 findings.
import { describe, expect, it } from 'vitest';
import { newSelfEvaluationSchema } from './self-evaluation-model.ts';
import { scoreSelfEvaluation } from './score-self-evaluation.ts';
import { makeSelfEvaluation, type RowSpec } from './test-evaluations.ts';

// 产出 50 (one row, met) + 效益 30 (60 ÷ 90 × 30 = 20.00) + 满意度 10 (met) = 80.00 of indicators.
const rows: RowSpec[] = [
  { level1: '产出指标', name: '完成培训人次', target: '≥100人次', weight: null, actual: '100人次' },
  {
    level1: '效益指标',
    name: '就业率',
    target: '≥90%',
    weight: null,
    actual: '60%',
    deviation: '经济下行，岗位减少',
  },
  { level1: '满意度指标', name: '学员满意度', target: '≥90%', weight: null, actual: '95%' },
];

describe('scoreSelfEvaluation', () => {
  it('80.00 + 执行率 100/100 × 10 = 10.00 → 90.00, 优 (the lower edge is inclusive)', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '100' }, rows));
    expect(r.errors).toEqual([]);
    expect(r.total).toBe('90.00');
    expect(r.grade).toMatchObject({ grade: '优', bandSetId: 'mof-90-80-60' });
    expect(r.bandSetId).toBe('mof-90-80-60');
    expect(r.weightSchemeId).toBe('self-eval-10-50-30-10');
    expect(r.working).toBe(
      '指标得分合计 80.00 + 预算执行率得分 10.00 = 总分 90.00；总分 90 ≥ 90，等级为优（财政部预算司：优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）',
    );
  });
  it('80.00 + 执行率 99.9/100 × 10 = 9.99 → 89.99, 良', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '99.9' }, rows));
    expect(r.total).toBe('89.99');
    expect(r.grade?.grade).toBe('良');
  });
  it('the input passes the model schema', () => {
    expect(
      newSelfEvaluationSchema.safeParse(makeSelfEvaluation({ annual: '100', executed: '100' }, rows)).success,
    ).toBe(true);
  });
  it('an indicator error leaves the total empty and is reported with its path', () => {
    const bad = rows.map((r, i) => (i === 1 ? { ...r, actual: '60人' } : r));
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '100' }, bad));
    expect(r.total).toBeNull();
    expect(r.grade).toBeNull();
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'unit-mismatch', path: '/indicators/1/actual' }),
    ]);
    expect(r.indicators[0]!.result.ok).toBe(true);
  });
  it('execution above the budget leaves the total empty', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '120' }, rows));
    expect(r.total).toBeNull();
    expect(r.errors.map((e) => e.code)).toEqual(['executed-over-budget']);
  });
  it('a zero budget scores 0 for execution and still totals: 80.00', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '0', executed: '0' }, rows));
    expect(r.total).toBe('80.00');
    expect(r.execution.ok && r.execution.value.flags).toEqual(['zero-budget']);
    expect(r.grade?.grade).toBe('良');
  });
  it('weight errors are reported and the total is empty', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '100' }, rows.slice(0, 2)));
    expect(r.total).toBeNull();
    expect(r.errors.map((e) => e.code)).toContain('weights-sum');
  });
  it('R-EVAL-06: a row below its weight without deviation analysis; R-EVAL-08: over-achievement', () => {
    const rs: RowSpec[] = [{ ...rows[0]!, actual: '130人次' }, { ...rows[1]!, deviation: '  ' }, rows[2]!];
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '100' }, rs));
    expect(r.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['R-EVAL-08', 'info', '/indicators/0/actual'],
      ['R-EVAL-06', 'warning', '/indicators/1/deviationAnalysis'],
    ]);
    expect(r.findings[1]!.form).toBe('测试项目');
  });
  it('a configured band set is used and recorded', () => {
    const r = scoreSelfEvaluation(makeSelfEvaluation({ annual: '100', executed: '99.9' }, rows), {
      grades: {
        id: 'fasp2-80-70-60',
        title: '80/70/60',
        bands: [
          { grade: '优', min: '80' },
          { grade: '良', min: '70' },
          { grade: '中', min: '60' },
          { grade: '差', min: null },
        ],
      },
    });
    expect(r.grade).toMatchObject({ grade: '优', bandSetId: 'fasp2-80-70-60' });
  });
});
