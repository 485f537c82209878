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
