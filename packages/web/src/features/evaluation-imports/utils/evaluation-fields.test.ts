import { describe, expect, it } from 'vitest';
import { EVALUATION_FIELD_NAMES, missingEvaluationFields } from './evaluation-fields.ts';

const doc = {
  name: '政务服务工作项目',
  unit: '鄂州市数据局',
  department: '鄂州市数据局',
  year: 2025,
  budget: { annual: '571' },
};

describe('the head fields of a 自评表 / 监控表 to point at', () => {
  it('names none missing when the table gave them all', () => {
    expect(missingEvaluationFields(doc)).toEqual([]);
  });

  it('names the year missing where the reader found none, and not once a cell was pointed at', () => {
    expect(missingEvaluationFields({ ...doc, year: null })).toEqual(['year']);
    expect(missingEvaluationFields({ ...doc, year: 2024 })).toEqual([]);
  });

  it('names the year’s budget missing where it is absent or empty, and not once read', () => {
    expect(missingEvaluationFields({ ...doc, budget: { annual: null } })).toEqual(['budget.total']);
    expect(missingEvaluationFields({ ...doc, budget: { annual: '' } })).toEqual(['budget.total']);
    expect(missingEvaluationFields({ ...doc, budget: { annual: '200' } })).toEqual([]);
  });

  it('names the 实施单位, the year and the budget the reader did not find', () => {
    expect(missingEvaluationFields({ ...doc, unit: null, year: null, budget: { annual: '' } })).toEqual([
      'unit',
      'year',
      'budget.total',
    ]);
  });

  it('names the fields as the table prints them: 实施单位, 年度预算 in 万元', () => {
    expect(EVALUATION_FIELD_NAMES.unit).toBe('实施单位');
    expect(EVALUATION_FIELD_NAMES['budget.total']).toBe('年度预算（万元）');
    expect(EVALUATION_FIELD_NAMES.year).toBe('年度');
  });
});
