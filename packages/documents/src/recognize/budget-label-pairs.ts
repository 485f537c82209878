// A 自评表's or 监控表's budget block printed one label–figure row each (全年预算数 | 1000, 执行数 | 1000, 执行率 |
// 100%), then run together on one line as a copy without cell breaks gives it:
// 全年预算数(A)1000执行数(B)1000得分20预算执行率100%分值20年度绩效目标…. Each figure is the label's right before it;
// a label with no figure after it (年初预算数全年预算数…) was left blank; the block's heading may stand again before
// each label (项目资金（万元）全年预算数9.48项目资金（万元）执行数9.48: its rows each printed it). The readers of a block whose labels come
// first and its lines' figures after them cannot place these: the figures between the labels are taken for strays.
import { halfWidthFigures } from '../rows/clean-cell.ts';
import type { BudgetColumn } from './evaluation-budget-labels.ts';

/** A budget label at a keyed position: its keyed end (its notes included) and column. */
export type LabelAt = (key: string, at: number) => { end: number; value: BudgetColumn } | null;

/** A figure as a budget line prints it: an amount (3,000,000.00, 1425000.00元), a rate (86.5%) or points. */
const FIGURE = /^\d[\d,，]*(?:\.\d+)?(?:万元|元|[%％])?/;

/** Labels read at most (a block has a handful; a hostile text of labels ends here). */
const MAX_LABELS = 12;

/**
 * The figures paired with their labels from keyed position `start` on, or null where the block is no run of
 * label–figure pairs: `minPairs` labels or more each followed right by a figure, and no figure after the run (a block
 * whose figures stand after its labels, or a label with its figure beside it that its line prints again, is not).
 */
export function pairedBudgetFigures(
  key: string,
  start: number,
  labelAt: LabelAt,
  minPairs = 2,
): { values: Partial<Record<BudgetColumn, string>>; end: number } | null {
  const values: Partial<Record<BudgetColumn, string>> = {};
  let at = start;
  let pairs = 0;
  for (let n = 0; n < MAX_LABELS; n++) {
    // 项目资金（万元）全年预算数9.48项目资金（万元）执行数9.48: each row of the block printed its heading again.
    const label = labelAt(key, at) ?? labelAt(key, at + repeatedHeadingAt(key, start, at));
    if (!label) break;
    at = label.end;
    // Full-width figures (３，０００，０００．００) are one character each, as their half-width forms.
    // 年初预算数1-7月执行数912.00: a label opening on a digit (a 监控表's months to date) right after a blank one is
    // the next row's label, no figure.
    const printed = labelAt(key, at) ? undefined : FIGURE.exec(halfWidthFigures(key.slice(at, at + 24)))?.[0];
    const figure = printed === undefined ? undefined : printed.slice(0, figureEnd(key, at, printed, labelAt));
    if (!figure) continue;
    // A column named twice is no block of one line.
    if (label.value !== 'other' && values[label.value] !== undefined) return null;
    if (label.value !== 'other') values[label.value] = figure.replace(/[,，]/g, '');
    pairs++;
    at += figure.length;
  }
  if (pairs < minPairs || /^\d/.test(halfWidthFigures(key.charAt(at)))) return null;
  return { values, end: at };
}

/**
 * The length of `figure` (printed at `at`) short of a label its digits run into: 3601-6月执行数 is 360 and the
 * 1-6月执行数 label (a 监控表's months to date open on a digit).
 */
export function figureEnd(key: string, at: number, figure: string, labelAt: LabelAt): number {
  for (let k = 1; k < figure.length; k++) if (labelAt(key, at + k)) return k;
  return figure.length;
}

/** The shortest heading of a block that a row repeats: shorter ends of the text before it match too much. */
const MIN_HEADING = 4;

/**
 * The length of the text standing right before the block's first label (its heading, 项目资金（万元）, a cell
 * spanning the block's rows) where it stands again at `at`; 0 where it does not.
 */
export function repeatedHeadingAt(key: string, start: number, at: number): number {
  for (let n = Math.min(16, start); n >= MIN_HEADING; n--)
    if (key.startsWith(key.slice(start - n, start), at)) return n;
  return 0;
}

/** The unit the text states nearest before the block (金额单位：元, 项目资金（元）), or null. */
export function statedUnitBefore(key: string, start: number): '万元' | '元' | null {
  const before = key.slice(Math.max(0, start - 200), start);
  let unit: '万元' | '元' | null = null;
  for (const m of before.matchAll(/单位[：:]?(万元|元)|（(万元|元)）/g))
    unit = (m[1] ?? m[2]) as '万元' | '元';
  return unit;
}
