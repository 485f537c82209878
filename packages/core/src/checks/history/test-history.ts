// Last year's and this year's rows as the history checks' tests write them.
import type { Indicator } from '../../model/indicator.ts';
import { parseIndicatorValue as v } from '../../value/parse-indicator-value.ts';
import { defaultHistoryOptions, type LastYearIndicator } from '../../evaluation/history-model.ts';
import type { HistorySubject } from '../subjects.ts';

export function last(
  id: string,
  target: string,
  actual: string,
  extra: Partial<LastYearIndicator> = {},
): LastYearIndicator {
  return {
    indicatorId: id,
    name: id,
    target: v(target),
    actual: v(actual),
    grade: null,
    weight: null,
    score: null,
    ...extra,
  };
}

export function now(id: string, target: string): Indicator {
  return {
    id,
    term: 'annual',
    goal: null,
    level1: '产出指标',
    level2: '数量指标',
    name: id,
    target: v(target),
    history: null,
    basis: null,
    category: null,
  };
}

export function history(
  lastRows: LastYearIndicator[],
  nowRows: Indicator[],
  budgets: [string, string] = ['100', '100'],
): HistorySubject {
  return {
    kind: 'history',
    input: {
      form: '测试项目',
      lastYear: { budget: budgets[0], indicators: lastRows },
      thisYear: { budget: budgets[1], indicators: nowRows },
    },
    options: defaultHistoryOptions,
  };
}
