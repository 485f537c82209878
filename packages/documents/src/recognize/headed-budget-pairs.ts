// A budget block printed one label–figure row each under a heading every row prints again (项目资金（元） spanning the
// rows, a copy writing it on each), run together: 项目资金（元）全年预算数（A）项目资金（元）全年执行数（B）项目资金（元）权重１０
// 项目资金（元）得分７．９３项目资金（元）执行率７９．２７％. The first labels may be blank, so no run of labels opens the
// block (the readers of labels first and figures after find none); the heading before each label says each row holds
// one label and its figure, or nothing.
import { pairedBudgetFigures, repeatedHeadingAt, type LabelAt } from './budget-label-pairs.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

/** Rows the heading must open, its label after it each time: two could be a heading and a label by chance. */
const MIN_ROWS = 3;

/** The heading of a budget block's rows names its money: 项目资金（万元）, 资金情况（元）, 预算执行情况. */
const MONEY_HEADING = /资金|预算|金额/;

const AMOUNTS: ReadonlySet<BudgetColumn> = new Set(['initial', 'annual', 'executed']);

/**
 * The block's figures where its rows each print the heading then one label and its figure (a blank row its label
 * alone): the first label whose heading stands again before the next label, through MIN_ROWS rows at least, one of
 * them an amount's. Null where no block is printed so, or it holds no figure but points alone.
 */
export function headedBudgetPairs(
  key: string,
  labelAt: LabelAt,
): { values: Partial<Record<BudgetColumn, string>>; start: number; end: number } | null {
  for (let i = 4; i < key.length; i++) {
    const first = labelAt(key, i);
    if (!first) continue;
    const rows = headedRows(key, i, labelAt);
    if (rows === null) continue;
    const paired = pairedBudgetFigures(key, i, labelAt, 1);
    if (paired && enough(paired.values)) return { ...paired, start: i };
  }
  return null;
}

/**
 * Two figures, or one that is no points: a 分值 alone under blank amount labels is no block's (the points of a part
 * the heading only names), a rate or an amount is.
 */
function enough(values: Partial<Record<BudgetColumn, string>>): boolean {
  const columns = Object.keys(values) as BudgetColumn[];
  return columns.length >= 2 || (columns.length === 1 && columns[0] !== 'weight' && columns[0] !== 'score');
}

/**
 * The columns of the rows from the label at `start` on, each after the heading standing before `start`; null where
 * fewer than MIN_ROWS rows are so headed, or none names an amount.
 */
function headedRows(key: string, start: number, labelAt: LabelAt): BudgetColumn[] | null {
  const columns: BudgetColumn[] = [];
  let at = start;
  for (let n = 0; n < 12; n++) {
    const label = labelAt(key, at);
    if (!label) break;
    columns.push(label.value);
    // The label's figure, if any: the heading stands again after it before the next row's label.
    let next = label.end;
    while (next < key.length && next - label.end <= 24 && repeatedHeadingAt(key, start, next) === 0) next++;
    const heading = repeatedHeadingAt(key, start, next);
    if (heading === 0 || !MONEY_HEADING.test(key.slice(next, next + heading))) break;
    if (!/^[\d０-９.．,，%％万元]*$/.test(key.slice(label.end, next))) break;
    at = next + heading;
  }
  return columns.length >= MIN_ROWS && columns.some((c) => AMOUNTS.has(c)) ? columns : null;
}
