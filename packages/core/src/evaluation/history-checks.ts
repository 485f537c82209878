// Results into next year (issue 6): this year's targets against last year's approved indicators, actuals and
// scores — R-HIST-01 target no more ambitious than last year's actual, R-HIST-02 target unchanged while the
// budget moved by more than a share, R-HIST-03 a missed indicator of last year dropped. The rules live in
// checks/history; these are their entry points.
import type { Finding } from '../model/finding.ts';
import { runSubjectRules } from '../checks/engine.ts';
import { historyRules } from '../checks/history/index.ts';
import { rule as rHist01 } from '../checks/history/r-hist-01.ts';
import { rule as rHist02 } from '../checks/history/r-hist-02.ts';
import { rule as rHist03 } from '../checks/history/r-hist-03.ts';
import type { AnySubjectRule } from '../checks/types.ts';
import { defaultHistoryOptions, type HistoryInput, type HistoryOptions } from './history-model.ts';

export {
  defaultHistoryOptions,
  type HistoryInput,
  type HistoryOptions,
  type LastYearIndicator,
} from './history-model.ts';
export { missedTarget } from '../checks/history/last-year.ts';

function run(rules: readonly AnySubjectRule[], input: HistoryInput, options: HistoryOptions): Finding[] {
  return runSubjectRules(rules, { kind: 'history', input, options }, input.form);
}

/** R-HIST-01: this year's target is no more ambitious than what was actually achieved last year. */
export function checkTargetsTooEasy(input: HistoryInput): Finding[] {
  return run([rHist01], input, defaultHistoryOptions);
}

/** R-HIST-02: the target is the same as last year's while the budget changed by more than the share. */
export function checkUnchangedTargets(
  input: HistoryInput,
  options: HistoryOptions = defaultHistoryOptions,
): Finding[] {
  return run([rHist02], input, options);
}

/** R-HIST-03: an indicator that missed its target last year does not appear this year. */
export function checkDroppedMissedIndicators(input: HistoryInput): Finding[] {
  return run([rHist03], input, defaultHistoryOptions);
}

/** R-HIST-01…03 together. */
export function checkHistory(
  input: HistoryInput,
  options: HistoryOptions = defaultHistoryOptions,
): Finding[] {
  return run(historyRules, input, options);
}
