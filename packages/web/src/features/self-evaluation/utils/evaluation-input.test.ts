import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '@jixiao/core';
import { inputFromEvaluation, normalised, withIndicator } from './evaluation-input.ts';

const data = {
  projectId: 'f',
  projectName: 'p',
  year: 2025,
  supervisor: null,
  executor: null,
  budget: { initial: '200', annual: '200', executed: '180' },
  goals: [],
  indicators: [
    {
      indicatorId: 'a',
      goal: null,
      level1: '产出指标',
      level2: '数量指标',
      name: '数量',
      target: parseIndicatorValue('≥10个'),
      weight: null,
      actual: parseIndicatorValue('9个'),
      grade: null,
      override: null,
      deviationAnalysis: null,
    },
  ],
  conclusions: { problems: null, improvements: null },
};

describe('self-evaluation input', () => {
  it('starts from the stored values as typed', () => {
    expect(inputFromEvaluation(data, 2).indicators[0]).toMatchObject({ actual: '9个', weight: null });
  });
  it('drops a blank override and a blank weight', () => {
    const i = withIndicator(inputFromEvaluation(data, 1), 0, {
      weight: ' ',
      override: { score: '', reason: 'x' },
    });
    expect(normalised(i).indicators[0]).toMatchObject({ weight: null, override: null });
    const j = withIndicator(i, 0, { weight: '20', override: { score: '19', reason: '理由' } });
    expect(normalised(j).indicators[0]).toMatchObject({
      weight: '20',
      override: { score: '19', reason: '理由' },
    });
  });
});
