import { describe, expect, it } from 'vitest';
import { emptySelfEvaluationDocument, parseIndicatorValue } from '@jixiao/core';
import { budgetFromInputRows } from './input-rows-budget.ts';

// Made for these tests: the 投入 rows of a scoring 自评表, its budget stated nowhere else.
const row = (name: string, target: string, actual: string) => ({
  level1: null,
  level2: null,
  name,
  target: { ...parseIndicatorValue(target), raw: target },
  actual: { ...parseIndicatorValue(actual), raw: actual },
  weight: '1',
  score: '1',
  deviationReason: null,
});

const docWith = (rows: ReturnType<typeof row>[]) => {
  const doc = emptySelfEvaluationDocument({
    subject: 'project',
    title: null,
    name: null,
    unit: null,
    department: null,
    year: null,
  });
  doc.indicators = rows;
  return doc;
};

describe('the budget stated by the indicator rows on the money', () => {
  it('takes the budgeted row’s target and the spent row’s result, past the numbering', () => {
    const doc = docWith([
      row('1.预算投入资金', '320', '320'),
      row('2.实际到位资金', '320', '310'),
      row('3.实际支出', '320', '298.5'),
      row('培训人次', '100人次', '120人次'),
    ]);
    budgetFromInputRows(doc);
    expect([doc.budget.annual, doc.budget.executed]).toEqual(['320', '298.5']);
  });

  it('leaves a stated budget alone, and takes no figure that is not a plain amount', () => {
    const stated = docWith([row('预算投入资金', '320', '320')]);
    stated.budget.annual = '300';
    budgetFromInputRows(stated);
    expect([stated.budget.annual, stated.budget.executed]).toEqual(['300', null]);
    const worded = docWith([
      row('预算资金', '足额到位', '足额到位'),
      row('实际支出', '≤320万元', '298.5万元'),
    ]);
    budgetFromInputRows(worded);
    expect([worded.budget.annual, worded.budget.executed]).toEqual([null, null]);
  });
});
