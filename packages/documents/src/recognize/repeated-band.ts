// A header band copied as text with its merged cells repeated (a copy that fills each merged cell's positions):
// 绩效指标 | 实际完成值 | 得分 over 一级指标 | 二级指标 | 三级指标 | 实际完成值 | 得分 reads as one run of labels
// in which the headings merged down both rows stand twice. They are one column each.
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const LEVELS: readonly IndicatorColumn[] = ['level1', 'level2', 'name'];

const same = (a: readonly IndicatorColumn[], b: readonly IndicatorColumn[]) =>
  a.length === b.length && a.every((c, k) => b[k] === c);

/**
 * The labels of a band with the headings printed twice kept once: those before the level labels that the run
 * prints again right after them in the same order (the band's two rows), or the run after the level labels
 * when it is one sequence twice over (the rows' cells gathered with the levels first). The run as it is
 * otherwise.
 */
export function withoutRepeatedBand(labels: readonly IndicatorColumn[]): IndicatorColumn[] {
  const firstLevel = labels.findIndex((c) => LEVELS.includes(c));
  if (firstLevel < 0) return [...labels];
  let lastLevel = firstLevel;
  while (lastLevel + 1 < labels.length && LEVELS.includes(labels[lastLevel + 1]!)) lastLevel++;
  const lower = lowerRowOfTwo(labels, firstLevel, lastLevel);
  if (lower) return withoutRepeatedBand(lower);
  const before = labels.slice(0, firstLevel).filter((c) => c !== 'section');
  const rest = labels.slice(lastLevel + 1);
  if (before.length > 0 && same(before, rest.slice(0, before.length))) return labels.slice(firstLevel);
  const half = rest.length / 2;
  if (
    before.length === 0 &&
    half >= 2 &&
    Number.isInteger(half) &&
    same(rest.slice(0, half), rest.slice(half))
  )
    return labels.slice(0, lastLevel + 1 + half);
  // 得分 | 一级指标 …: a band's upper row opens with its section label (绩效指标); value headings before the levels
  // without one are the end of the block above (the budget rows' 得分), not the table's.
  const opened = labels.slice(0, firstLevel).includes('section');
  return groupedTarget(opened || before.length === 0 ? [...labels] : labels.slice(firstLevel));
}

/** The columns a target group's heading (年度指标值) stands over: its sign, its value and its unit. */
const TARGET_PARTS: readonly IndicatorColumn[] = ['op', 'target', 'targetValue', 'unit'];

/**
 * 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 over 一级指标 | 二级指标 | 三级指标 | 计算符号 | 年初目标值 |
 * 计量单位 | 实际完成值: a band of two rows whose merged cells the copy repeated in each row prints the level labels
 * twice. The lower row names every column in the data's order — the target group taken apart into its parts —
 * and the upper row is the same columns with the parts under one heading. The labels before the levels and the
 * lower row, where the two rows' other columns agree in order; null otherwise.
 */
function lowerRowOfTwo(
  labels: readonly IndicatorColumn[],
  firstLevel: number,
  lastLevel: number,
): IndicatorColumn[] | null {
  const levels = labels.slice(firstLevel, lastLevel + 1);
  const again = labels.findIndex((_, k) => k > lastLevel && same(labels.slice(k, k + levels.length), levels));
  if (again < 0) return null;
  const upper = labels.slice(lastLevel + 1, again);
  const lower = labels.slice(again + levels.length);
  const beside = (l: readonly IndicatorColumn[]) => l.filter((c) => !TARGET_PARTS.includes(c));
  // (A lower row that takes no group apart is the band printed twice over, read by the rules below.)
  if (!lower.some((c) => c === 'op' || c === 'unit') || !same(beside(upper), beside(lower))) return null;
  return [...labels.slice(0, firstLevel), ...labels.slice(again)];
}

const TRIPLE: readonly IndicatorColumn[] = ['op', 'target', 'unit'];

/**
 * 年度指标值 over 计算符号 | 年度指标值 | 计量单位, read in the band's order: the group's heading among the others,
 * its three columns after them. The three stand where the group's heading stood.
 */
function groupedTarget(labels: IndicatorColumn[]): IndicatorColumn[] {
  const at = labels.findIndex((_, k) => k > 0 && same(labels.slice(k, k + 3), TRIPLE));
  if (at < 0 || at + 3 !== labels.length) return labels;
  const group = labels.indexOf('target');
  if (group < 0 || group >= at) return labels;
  return [...labels.slice(0, group), ...TRIPLE, ...labels.slice(group + 1, at)];
}
