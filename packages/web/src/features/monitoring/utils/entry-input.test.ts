import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '@jixiao/core';
import { inputFromEntry, withRow } from './entry-input.ts';

const v = parseIndicatorValue;
const data = {
  projectId: 'f',
  projectName: 'p',
  year: 2025,
  month: 7,
  budget: { annual: '200', executedToDate: '50', plannedShareToDate: null },
  indicators: [
    {
      indicatorId: 'a',
      goal: null,
      level1: '产出指标',
      level2: '数量指标',
      name: '数量',
      target: v('≥10个'),
      actualToDate: v('4个'),
      grade: null,
      expectedFullYear: v(''),
      deviationReason: null,
      reasonText: null,
      likelihood: null,
      correctiveMeasure: null,
    },
  ],
};

describe('monitoring entry input', () => {
  it('turns the stored values back into what was typed', () => {
    const input = inputFromEntry(data, 3);
    expect(input).toMatchObject({ version: 3, budget: { annual: '200', executedToDate: '50' } });
    expect(input.indicators[0]).toMatchObject({
      indicatorId: 'a',
      actualToDate: '4个',
      expectedFullYear: '',
    });
  });
  it('changes one row only', () => {
    const input = withRow(inputFromEntry(data, 1), 0, { expectedFullYear: '9个' });
    expect(input.indicators[0]!.expectedFullYear).toBe('9个');
    expect(input.indicators[0]!.actualToDate).toBe('4个');
  });
});
