// 预算执行率 (R-EVAL-03): 执行数 ÷ 全年预算数 × 10, capped; zero budget flagged; over-execution refused.
import { describe, expect, it } from 'vitest';
import { scoreExecution } from './score-execution.ts';
import { firstError, value } from './test-helpers.ts';

describe('scoreExecution', () => {
  it('95 of 100 万元: 95% × 10 = 9.50', () => {
    const s = value(scoreExecution({ annual: '100', executed: '95' }));
    expect(s).toMatchObject({ rate: '0.95', score: '9.50', weight: '10', flags: [] });
    expect(s.working).toBe(
      '执行率 = 全年执行数 95 ÷ 全年预算数 100 = 95%；得分 = 执行率 × 分值 10 = 9.50（不超过 10）',
    );
  });
  it('fully executed: 10.00', () => {
    expect(value(scoreExecution({ annual: '480.00', executed: '480' })).score).toBe('10.00');
  });
  it('200 of 300: 66.666…% × 10 = 6.67, the rate shown rounded with ≈', () => {
    const s = value(scoreExecution({ annual: '300', executed: '200' }));
    expect(s.score).toBe('6.67');
    expect(s.working).toContain('= ≈66.6667%');
  });
  it('nothing executed: 0.00', () => {
    expect(value(scoreExecution({ annual: '300', executed: '0' })).score).toBe('0.00');
  });
  it('a configured weight: 95% × 20 = 19.00', () => {
    expect(value(scoreExecution({ annual: '100', executed: '95', weight: '20' })).score).toBe('19.00');
  });
  it('zero budget: score 0 and a flag', () => {
    const s = value(scoreExecution({ annual: '0', executed: '0' }));
    expect(s).toMatchObject({ rate: null, score: '0.00', flags: ['zero-budget'] });
  });
  it('execution above the budget is an error (also when the budget is 0)', () => {
    const e = firstError(scoreExecution({ annual: '100', executed: '100.01' }));
    expect(e.code).toBe('executed-over-budget');
    expect(e.message).toBe(
      '全年执行数 100.01 万元大于全年预算数 100 万元：请核对执行数，或按调整后的全年预算数填写',
    );
    expect(firstError(scoreExecution({ annual: '0', executed: '5' })).code).toBe('executed-over-budget');
  });
  it('amounts that are not numbers, or negative, are refused', () => {
    expect(firstError(scoreExecution({ annual: '一百', executed: '5' })).code).toBe('invalid-amount');
    expect(firstError(scoreExecution({ annual: '100', executed: '-5' })).code).toBe('negative-amount');
  });
});
