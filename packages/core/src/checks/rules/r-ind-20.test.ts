import { describe, expect, it } from 'vitest';
import { rule } from './r-ind-20.ts';
import { ruleTester } from '../helpers/rule-tester.ts';
import { makeIndicator, makeProjectForm } from '../helpers/test-forms.ts';
import { defaultCheckOptions } from '../types.ts';
import type { ProjectForm } from '../../model/project-form.ts';

// corpus 004 (重庆 潼南区五桂镇, 2023): 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no levels, weights 20 10 20 20 20.
const weighted = (weights: string[], level1: (k: number) => string | null = () => null): ProjectForm =>
  makeProjectForm({
    indicators: weights.map((weight, k) =>
      makeIndicator({
        goal: null,
        level1: level1(k),
        level2: null,
        name: `指标${k + 1}`,
        target: '≥95%',
        weight,
      }),
    ),
  });
const run = (f: ProjectForm) => rule.check(f, { siblings: [f], options: defaultCheckOptions });

describe('R-IND-20', () => {
  it('names weights adding up to 90 (004)', () => {
    expect(run(weighted(['20', '10', '20', '20', '20'])).map((r) => r.data?.['list'])).toEqual([
      '20+10+20+20+20',
    ]);
  });
  it('passes 100 points (014: 9 × 10 + 2 × 5), a form without weights, and the rows of one 一级 alone (010, cut off)', () => {
    expect(run(weighted([...Array(9).fill('10'), '5', '5']))).toEqual([]);
    expect(run(makeProjectForm())).toEqual([]);
    expect(run(weighted(['4', '4', '4', '10', '4'], () => '产出指标'))).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [{ name: 'weights of 100 (corpus 014)', form: weighted([...Array(9).fill('10'), '5', '5']) }],
  invalid: [
    {
      name: 'weights of 90 (corpus 004)',
      form: weighted(['20', '10', '20', '20', '20']),
      errors: [{ messageId: 'weightsTotal', path: '/indicators/0/weight', severity: 'warning' }],
    },
  ],
});
