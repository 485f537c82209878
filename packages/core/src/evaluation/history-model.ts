// Results into next year (issue 6): what the history checks (R-HIST-01…03) read — last year's approved
// indicators with their actuals and scores, this year's indicators — and their options.
import type { Indicator } from '../model/indicator.ts';
import type { IndicatorValue } from '../model/indicator-value.ts';
import type { SelfEvaluationGrade } from './dictionaries.ts';

export interface LastYearIndicator {
  indicatorId: string;
  name: string | null;
  target: IndicatorValue; // 上年批复指标值
  actual: IndicatorValue; // 上年实际完成值 (kind `empty` when unknown)
  grade: SelfEvaluationGrade | null; // 上年定性评价结果
  weight: string | null; // 上年分值
  score: string | null; // 上年得分
}

export interface HistoryInput {
  /** This year's project name (the `form` of findings). */
  form: string;
  lastYear: { budget: string | null; indicators: readonly LastYearIndicator[] };
  /** This year's indicators; rows without `id` are not compared. Paths are /indicators/<index>. */
  thisYear: { budget: string | null; indicators: readonly Indicator[] };
}

export interface HistoryOptions {
  /** R-HIST-02: a budget change above this share (of last year's budget) expects the target to move. */
  budgetChangeShare: string;
  /** R-HIST-02 also for rates in %, which seldom scale with money (off by default). */
  includeRates: boolean;
}

export const defaultHistoryOptions: HistoryOptions = { budgetChangeShare: '0.3', includeRates: false };
