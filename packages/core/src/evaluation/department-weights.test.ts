// Department-wide self-evaluation: the scheme is chosen from the 一级 names and spreads its points.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHT_SCHEME } from './weights.ts';
import { DEPARTMENT_WEIGHT_SCHEME, weightSchemeFor } from './department-weights.ts';
import { scoreSelfEvaluation } from './score-self-evaluation.ts';
import { makeSelfEvaluation } from './test-evaluations.ts';

describe('department weight scheme', () => {
  it('adds up to 100 with 执行率', () => {
    const sum = DEPARTMENT_WEIGHT_SCHEME.groups.reduce((s, g) => s + Number(g.weight), 10);
    expect(sum).toBe(100);
  });
  it('is chosen when every 一级 is a department 一级 (满意度指标 and 服务对象满意度 included)', () => {
    expect(weightSchemeFor([{ level1: '运行成本' }, { level1: '服务对象满意度' }])).toBe(
      DEPARTMENT_WEIGHT_SCHEME,
    );
    expect(weightSchemeFor([{ level1: '运行成本' }, { level1: '产出指标' }])).toBe(DEFAULT_WEIGHT_SCHEME);
    expect(weightSchemeFor([])).toBe(DEFAULT_WEIGHT_SCHEME);
  });
  it('scores a department form by hand: 6 一级, one indicator each', () => {
    // 运行成本 公用经费控制率 ≤100%, 98% → 10; 管理效率 预算执行率 ≥95%, 90% → 90 ÷ 95 × 20 = 18.947… → 18.95;
    // 履职效能 推进全流程电子化交易 达成 → 30; 社会效应 优化营商环境 部分达成 → band [9, 12), top 11.99;
    // 可持续发展能力 培训完成率 =100%, 100% → 5; 满意度 群众满意度 ≥95%, 96% → 10.
    // 执行率 1700 ÷ 1757.19 = 0.96745… × 10 = 9.67;  总分 10 + 18.95 + 30 + 11.99 + 5 + 10 + 9.67 = 95.61 → 优
    const ev = makeSelfEvaluation({ annual: '1757.19', executed: '1700' }, [
      { level1: '运行成本', name: '公用经费控制率', target: '≤100%', weight: null, actual: '98%' },
      {
        level1: '管理效率',
        name: '预算执行率',
        target: '≥95%',
        weight: null,
        actual: '90%',
        deviation: '年底集中支付',
      },
      {
        level1: '履职效能',
        name: '推进全流程电子化交易',
        target: '推进',
        weight: null,
        grade: '达成年度指标',
      },
      {
        level1: '社会效应',
        name: '优化营商环境',
        target: '优化',
        weight: null,
        grade: '部分达成年度指标并具有一定效果',
        deviation: '持续推进',
      },
      {
        level1: '可持续发展能力',
        name: '业务学习与培训完成率',
        target: '=100%',
        weight: null,
        actual: '100%',
      },
      { level1: '满意度', name: '群众满意度', target: '≥95%', weight: null, actual: '96%' },
    ]);
    const s = scoreSelfEvaluation(ev, { weights: weightSchemeFor(ev.indicators) });
    expect(s.errors).toEqual([]);
    expect(s.indicators.map((i) => (i.result.ok ? i.result.value.score : null))).toEqual([
      '10.00',
      '18.95',
      '30.00',
      '11.99',
      '5.00',
      '10.00',
    ]);
    expect(s.execution.ok && s.execution.value.score).toBe('9.67');
    expect(s.total).toBe('95.61');
    expect(s.grade?.grade).toBe('优');
    expect(s.weightSchemeId).toBe('dept-10-10-20-30-15-5-10');
  });
});

describe('department weight scheme: the split itself (🔶 a choice, no source fixes it)', () => {
  it('is 执行率 10 / 运行成本 10 / 管理效率 20 / 履职效能 30 / 社会效应 15 / 可持续发展能力 5 / 满意度 10', () => {
    expect(DEPARTMENT_WEIGHT_SCHEME.execution).toBe('10');
    expect(DEPARTMENT_WEIGHT_SCHEME.groups.map((g) => [g.name, g.weight])).toEqual([
      ['运行成本', '10'],
      ['管理效率', '20'],
      ['履职效能', '30'],
      ['社会效应', '15'],
      ['可持续发展能力', '5'],
      ['满意度', '10'],
    ]);
    expect(DEPARTMENT_WEIGHT_SCHEME.title).toContain('🔶');
  });
});
