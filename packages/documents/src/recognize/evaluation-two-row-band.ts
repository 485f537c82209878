// A header band printed in two rows and read as one run of labels: the upper row names the groups (三级指标 |
// 指标分值 | 预期指标值 | 单项指标实际完成值 | 自评得分), the lower row their parts (符号 | 单位 under 预期指标值;
// 单项指标得分 | 权重占比 | 折算得分 under 自评得分). Read in order, the parts would stand after the groups; the data
// rows print them in their groups' places.
import type { IndicatorColumn } from './evaluation-lexicon.ts';

const TARGET_PARTS: readonly IndicatorColumn[] = ['op', 'unit'];

/**
 * The labels in the order of the data. The lower row starts at a target's part (符号, 单位) named after a column
 * that follows the target: no one-row header parts a target with other columns. Its target parts go round the
 * target (符号, value, 单位), the labels after them under the upper row's last column. Where the lower row names
 * the weight (权重占比 under 自评得分), the upper row's 指标分值 is no weight: such forms print the 指标解释 there,
 * kept apart as a remark. Labels without such a lower row, with the target's value named in it, or with a part
 * printed before the target, come back as they were.
 */
export function foldLowerHeaderRow(labels: readonly IndicatorColumn[]): IndicatorColumn[] {
  const target = labels.indexOf('target');
  // 年度指标值 over 指标性质 | 指标值 | 度量单位: the lower row names the value itself, and bandColumns groups them.
  if (target < 0 || labels.includes('targetValue')) return [...labels];
  // 指标性质 | 指标方向 | 年度指标值 | 实际完成值 | 计量单位: a part printed before the target in the same run is
  // the upper row's own, so the row is one row whose 计量单位 merely stands after the actual.
  if (labels.slice(0, target).some((c) => TARGET_PARTS.includes(c))) return [...labels];
  // 年度指标值 closing the upper row, the lower row right after it 计算符号 | 年度指标值 | 度量单位: the lower row names
  // the value again among its parts, and no one-row header names a target twice — the band's heading stands over
  // the parts and is no column of its own.
  if (labels[target + 1] === 'op' && labels.indexOf('target', target + 2) > 0)
    return [...labels.slice(0, target), ...labels.slice(target + 1)];
  const lower = labels.findIndex((c, k) => k > target + 1 && TARGET_PARTS.includes(c));
  if (lower < 0 || labels.slice(target + 1, lower).some((c) => TARGET_PARTS.includes(c))) return [...labels];
  const upper = labels.slice(0, lower);
  const parts = labels.slice(lower);
  const aroundTarget = parts.filter((c) => TARGET_PARTS.includes(c));
  // 年度指标值 over 计算符号 | 年初目标值 | 计量单位: a 指标值 heading of the lower row is the value the target's group
  // holds (beside its parts), not a column under the upper row's last.
  const underLast = parts.filter((c) => !TARGET_PARTS.includes(c) && c !== 'target');
  const weighedBelow = underLast.includes('weight');
  const out: IndicatorColumn[] = [];
  for (const [k, c] of upper.entries()) {
    if (k === target)
      out.push(
        ...aroundTarget.filter((p) => p === 'op'),
        'target',
        ...aroundTarget.filter((p) => p === 'unit'),
      );
    else if (k === upper.length - 1 && underLast.length > 0) out.push(...underLast);
    else out.push(c === 'weight' && weighedBelow ? 'remark' : c);
  }
  return out;
}
