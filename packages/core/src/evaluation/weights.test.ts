// Weights (R-EVAL-04): the default 10/50/30/10 split, equal spreading in two decimals, Σ checks.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { errorCodes, value } from './test-helpers.ts';
import { assignWeights, DEFAULT_WEIGHT_SCHEME, level1Key, spreadEqually, type WeightRow } from './weights.ts';

const rows = (spec: Array<[string, string | null]>): WeightRow[] =>
  spec.map(([level1, weight], i) => ({ indicatorId: `i${i}`, level1, weight }));

describe('spreadEqually', () => {
  it('50 over 3 → 16.67, 16.67, 16.66 (Σ = 50)', () => {
    expect(spreadEqually(new Decimal(50), 3).map(String)).toEqual(['16.67', '16.67', '16.66']);
  });
  it('10 over 3 → 3.34, 3.33, 3.33; 30 over 4 → 7.5 each', () => {
    expect(spreadEqually(new Decimal(10), 3).map(String)).toEqual(['3.34', '3.33', '3.33']);
    expect(spreadEqually(new Decimal(30), 4).map(String)).toEqual(['7.5', '7.5', '7.5', '7.5']);
  });
});

describe('level1Key', () => {
  it('reads short names and the 满意度 variants', () => {
    expect(level1Key('产出')).toBe('产出指标');
    expect(level1Key('服务对象满意度指标')).toBe('满意度指标');
    expect(level1Key('满意度')).toBe('满意度指标');
  });
});

describe('assignWeights with the default scheme', () => {
  it('version A: 产出 3 rows → 16.67/16.67/16.66, 效益 2 → 15/15, 满意度 1 → 10', () => {
    const plan = value(
      assignWeights(
        rows([
          ['产出指标', null],
          ['产出指标', null],
          ['产出', null],
          ['效益指标', null],
          ['效益指标', null],
          ['满意度指标', null],
        ]),
      ),
    );
    expect(plan.rows.map((r) => r.weight)).toEqual(['16.67', '16.67', '16.66', '15', '15', '10']);
    expect(plan.execution).toBe('10');
    expect(plan.schemeId).toBe(DEFAULT_WEIGHT_SCHEME.id);
    expect(plan.working[0]).toBe('产出指标 50 分平均分给 3 个指标：16.67、16.67、16.66');
  });
  it('version B (101号): 成本 shares 产出’s 50 → 4 rows of 12.5', () => {
    const plan = value(
      assignWeights(
        rows([
          ['成本指标', null],
          ['产出指标', null],
          ['产出指标', null],
          ['产出指标', null],
          ['效益指标', null],
          ['服务对象满意度', null],
        ]),
      ),
    );
    expect(plan.rows.map((r) => r.weight)).toEqual(['12.5', '12.5', '12.5', '12.5', '30', '10']);
  });
  it('some weights given: 20 given in 产出, the other 30 spread → 15, 15', () => {
    const plan = value(
      assignWeights(
        rows([
          ['产出指标', '20'],
          ['产出指标', null],
          ['产出指标', null],
          ['效益指标', '30'],
          ['满意度指标', '10'],
        ]),
      ),
    );
    expect(plan.rows.map((r) => [r.weight, r.source])).toEqual([
      ['20', 'given'],
      ['15', 'spread'],
      ['15', 'spread'],
      ['30', 'given'],
      ['10', 'given'],
    ]);
  });
  it('given weights that do not add up to the 一级 weight are an error (45 ≠ 50)', () => {
    const r = assignWeights(
      rows([
        ['产出指标', '25'],
        ['产出指标', '20'],
        ['效益指标', null],
        ['满意度指标', null],
      ]),
    );
    expect(errorCodes(r)).toEqual(['weights-sum']);
    expect(!r.ok && r.errors[0]!.message).toBe('产出指标各三级指标分值合计 45，应为 50');
  });
  it('given weights above the 一级 weight are an error', () => {
    const r = assignWeights(
      rows([
        ['产出指标', '30'],
        ['产出指标', '25'],
        ['产出指标', null],
        ['效益指标', null],
        ['满意度指标', null],
      ]),
    );
    expect(errorCodes(r)).toEqual(['weights-over-group']);
  });
  it('a 一级 with no indicator leaves its points unassigned: error', () => {
    const r = assignWeights(
      rows([
        ['产出指标', null],
        ['效益指标', null],
      ]),
    );
    expect(errorCodes(r)).toEqual(['weights-sum']);
    expect(!r.ok && r.errors[0]!.message).toBe(
      '满意度指标的 10 分没有指标承接：请补充该一级下的指标或调整权重方案',
    );
  });
  it('an unknown 一级 is an error at its row', () => {
    const r = assignWeights(
      rows([
        ['产出指标', null],
        ['效益指标', null],
        ['满意度指标', null],
        ['其他', null],
      ]),
    );
    expect(errorCodes(r)).toEqual(['unknown-level1']);
    expect(!r.ok && r.errors[0]!.path).toBe('/indicators/3/level1');
  });
});

describe('configured schemes', () => {
  it('a scheme whose 一级 weights do not add up to 100 is refused', () => {
    const scheme = {
      ...DEFAULT_WEIGHT_SCHEME,
      groups: DEFAULT_WEIGHT_SCHEME.groups.map((g) => ({
        ...g,
        weight: g.name === '满意度指标' ? '5' : g.weight,
      })),
    };
    const r = assignWeights(
      rows([
        ['产出指标', null],
        ['效益指标', null],
        ['满意度指标', null],
      ]),
      scheme,
    );
    expect(errorCodes(r)).toEqual(['weights-sum']);
    expect(!r.ok && r.errors[0]!.message).toBe(
      '一级权重合计为 95，应为 100：预算执行率 10 + 产出指标 50 + 效益指标 30 + 满意度指标 5',
    );
  });
  it('a 101号 split with 成本 on its own (10) and 产出 40', () => {
    const scheme = {
      id: 'b-10-40-10-30-10',
      title: '执行率 10 / 成本 10 / 产出 40 / 效益 30 / 满意度 10',
      execution: '10',
      total: '100',
      groups: [
        { name: '成本指标', level1: ['成本指标'], weight: '10' },
        { name: '产出指标', level1: ['产出指标'], weight: '40' },
        { name: '效益指标', level1: ['效益指标'], weight: '30' },
        { name: '满意度指标', level1: ['满意度指标'], weight: '10' },
      ],
    };
    const plan = value(
      assignWeights(
        rows([
          ['成本指标', null],
          ['产出指标', null],
          ['产出指标', null],
          ['效益指标', null],
          ['满意度指标', null],
        ]),
        scheme,
      ),
    );
    expect(plan.rows.map((r) => r.weight)).toEqual(['10', '20', '20', '30', '10']);
  });
});
