// Quantitative scoring (R-EVAL-01): every case computed by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue as v } from '../value/parse-indicator-value.ts';
import { scoreQuantitative } from './score-quantitative.ts';
import { errorCodes, firstError, value } from './test-helpers.ts';

const score = (target: string, actual: string, weight = '20') =>
  scoreQuantitative({ target: v(target), actual: v(actual), weight });

describe('positive (≥ >)', () => {
  it('met: 96% ≥ 95% earns the weight', () => {
    const s = value(score('≥95%', '96%'));
    expect(s.score).toBe('20.00');
    expect(s.method).toBe('positive');
    expect(s.working).toBe('正向指标：实际值 96% ≥ 目标值 95%，达成目标，得满分 20');
  });
  it('partly met: 92 ÷ 95 × 20 = 19.368… → 19.37', () => {
    const s = value(score('≥95%', '92%'));
    expect(s.score).toBe('19.37');
    expect(s.working).toBe('正向指标：实际值 92% ÷ 目标值 95% × 分值 20 = 19.37');
  });
  it('> is scored like ≥ (FASP2): 10 项 against >10项 earns the weight', () => {
    expect(value(score('>10项', '10项', '5')).score).toBe('5.00');
  });
  it('over-achievement is capped at the weight and flagged (R-EVAL-08): 150 against ≥100', () => {
    const s = value(score('≥100个', '150个', '10'));
    expect(s.score).toBe('10.00');
    expect(s.flags).toEqual(['over-achieved']);
  });
  it('exactly 120 % is flagged, 119 % is not', () => {
    expect(value(score('≥100个', '120个', '10')).flags).toEqual(['over-achieved']);
    expect(value(score('≥100个', '119个', '10')).flags).toEqual([]);
  });
  it('target 0 (selfindexequalzero): a ≤ 0 earns the weight, anything else 0', () => {
    const met = value(score('≥0个', '0个', '10'));
    expect(met.score).toBe('10.00');
    expect(met.method).toBe('zero-target');
    expect(met.working).toBe('目标值为 0：实际值 0个 ≤ 0，得满分 10');
    expect(value(score('≥0个', '3个', '10')).score).toBe('0.00');
  });
  it('a negative actual scores 0, never below: -2 ÷ 10 × 20 = -4 → 0', () => {
    const s = value(score('≥10%', '-2%'));
    expect(s.score).toBe('0.00');
    expect(s.working).toBe('正向指标：实际值 -2% ÷ 目标值 10% × 分值 20 = -4.00，得分不低于 0，计 0 分');
  });
  it('an actual written without a unit is read in the target unit: 92 against ≥95% → 19.37', () => {
    expect(value(score('≥95%', '92')).score).toBe('19.37');
  });
});

describe('equal (=)', () => {
  it('target 0: 0% equals 0% earns the weight, 1.5% earns 0', () => {
    expect(value(score('0%', '0%', '10')).score).toBe('10.00');
    const miss = value(score('0%', '1.5%', '10'));
    expect(miss.score).toBe('0.00');
    expect(miss.working).toBe('目标值为 0：实际值 1.5% > 0，得 0 分');
  });
  it('target above 0 is scored like positive: 30 ÷ 33 × 10 = 9.0909… → 9.09; 35 人 meets it', () => {
    const s = value(score('=33人', '30人', '10'));
    expect(s.score).toBe('9.09');
    expect(s.method).toBe('equal');
    expect(s.working).toBe(
      '等于指标（目标值大于 0，按正向计分）：实际值 30人 ÷ 目标值 33人 × 分值 10 = 9.09',
    );
    expect(value(score('=33人', '35人', '10')).score).toBe('10.00');
  });
});

describe('reverse (≤ <)', () => {
  it('met: 500 ≤ 571 万元 earns the weight', () => {
    expect(value(score('≤571万元', '500万元', '10')).score).toBe('10.00');
  });
  it('partly met: (1 − (60 − 48) ÷ 48) × 10 = 7.5', () => {
    const s = value(score('≤48小时', '60小时', '10'));
    expect(s.score).toBe('7.50');
    expect(s.working).toBe(
      '反向指标：(1 − (实际值 60小时 − 目标值 48小时) ÷ 目标值 48小时) × 分值 10 = 7.50',
    );
  });
  it('just under twice the target: (1 − 47/48) × 10 = 0.2083… → 0.21', () => {
    expect(value(score('≤48小时', '95小时', '10')).score).toBe('0.21');
  });
  it('at twice the target: 0', () => {
    const s = value(score('≤48小时', '96小时', '10'));
    expect(s.score).toBe('0.00');
    expect(s.working).toBe('反向指标：实际值 96小时 ≥ 2 × 目标值 48小时，得 0 分');
  });
  it('over twice the target: 0', () => {
    expect(value(score('≤48小时', '120小时', '10')).score).toBe('0.00');
  });
  it('< is scored like ≤ (FASP2): 10 against <10个工作日 earns the weight; 工作日 = 个工作日', () => {
    expect(value(score('<10个工作日', '10工作日', '5')).score).toBe('5.00');
  });
  it('undercutting a reverse target by ≥ 20 % is flagged: 400 against ≤571万元', () => {
    expect(value(score('≤571万元', '400万元', '10')).flags).toEqual(['over-achieved']);
  });
  it('target 0: ≤0起 with 0 earns the weight, 2 起 earns 0', () => {
    expect(value(score('≤0起', '0起', '10')).score).toBe('10.00');
    expect(value(score('≤0起', '2起', '10')).score).toBe('0.00');
  });
});

describe('missing and refused actuals', () => {
  it('a missing actual scores 0 with the reason', () => {
    expect(value(score('≥95%', ''))).toEqual({
      score: '0.00',
      weight: '20',
      computed: '0.00',
      method: 'missing',
      working: '未填写实际完成值，得 0 分（分值 20）',
      flags: ['missing-actual'],
    });
  });
  it('元 against 万元 is converted exactly: 5,800,000元 = 580万元; (1 − (580 − 571) ÷ 571) × 20 = 19.6847… → 19.68', () => {
    const s = value(score('≤571万元', '5,800,000元'));
    expect(s.score).toBe('19.68');
    expect(s.working).toBe(
      '实际值 5800000元 = 580万元；反向指标：(1 − (实际值 580万元 − 目标值 571万元) ÷ 目标值 571万元) × 分值 20 = 19.68',
    );
  });
  it('950000元 against ≥100万元: 95 ÷ 100 × 10 = 9.5', () => {
    expect(value(score('≥100万元', '950000元', '10')).score).toBe('9.50');
  });
  it('万元 against 亿元: 12000万元 = 1.2亿元 ≥ 1亿元', () => {
    const s = value(score('≥1亿元', '12000万元', '10'));
    expect(s.score).toBe('10.00');
    expect(s.working.startsWith('实际值 12000万元 = 1.2亿元；')).toBe(true);
  });
  it('a unit that cannot be converted is refused', () => {
    const e = firstError(score('≥95%', '90人'));
    expect(e.code).toBe('unit-mismatch');
    expect(e.message).toBe('实际值的单位「人」与年度指标值的单位「%」不一致，无法换算：请按「%」填写实际值');
  });
  it('a non-numeric actual against a numeric target is refused', () => {
    const e = firstError(score('≥95%', '基本完成'));
    expect(e.code).toBe('actual-not-numeric');
    expect(e.message).toContain('「基本完成」不是数字');
  });
  it('a range as actual is refused', () => {
    expect(errorCodes(score('≥95%', '90%-95%'))).toEqual(['actual-ambiguous']);
  });
  it('a negative target cannot be scored by formula', () => {
    expect(errorCodes(score('≥-5%', '-3%'))).toEqual(['negative-target']);
  });
  it('an invalid weight is refused', () => {
    expect(errorCodes(score('≥95%', '92%', '-1'))).toEqual(['invalid-weight']);
    expect(errorCodes(score('≥95%', '92%', '十'))).toEqual(['invalid-weight']);
  });
});
