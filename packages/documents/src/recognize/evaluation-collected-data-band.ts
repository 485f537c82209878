// An evaluation sheet's header: 目标值(标准) | 分值 | 采集数据项 | 指标值 over a lower row 数据项1 | 数据项2 — the
// figures gathered for each indicator under one heading, then the indicator's value worked out from them. Read
// as one run of labels, the 指标值 would be taken for a target's value (as under 年度指标值) and the heading
// 采集数据项 counted as a column beside the two it stands over.
import type { IndicatorColumn } from './evaluation-lexicon.ts';

/**
 * The labels of a band in the order of the data, given each label's row. A 指标值 right after the gathered figures'
 * heading (the target before them) is the value those figures give — an actual, never the target's value. A lower
 * row made only of the gathered figures' headings stands under the upper row's heading of the same kind: that
 * heading is no column of its own. Bands without gathered figures after their target come back as they were.
 */
export function collectedDataLabels(
  labels: readonly IndicatorColumn[],
  rows: readonly number[],
): IndicatorColumn[] {
  const target = labels.indexOf('target');
  const gathered = labels.indexOf('actual', target + 1);
  if (target < 0 || gathered < 0) return [...labels];
  // Only a 指标值 printed right after the gathered figures' heading: one between a 指标性质 and a 度量单位 is the
  // target's value under a 年度指标值 group, whatever actual stands before it (a band flattened into one row).
  const out = labels.map((c, k) =>
    c === 'targetValue' && k > gathered && labels[k - 1] === 'actual' && labels[k + 1] !== 'unit'
      ? 'actual'
      : c,
  );
  const lastRow = rows.at(-1);
  const lower = out.map((_, k) => k).filter((k) => rows[k] === lastRow);
  const upperHeading = out.findIndex((c, k) => c === 'actual' && rows[k] !== lastRow);
  const lowerOnlyGathered = lower.length >= 2 && lower.every((k) => out[k] === 'actual');
  if (upperHeading >= 0 && lowerOnlyGathered && rows[0] !== lastRow) out.splice(upperHeading, 1);
  return out;
}
