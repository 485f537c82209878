// The merged 目标名称 / 一级指标 / 二级指标 cells of an indicator row, drawn only on the first row of
// their run (see row-spans.ts); shared by the editor grid and the read-only tables.
import type { RowSpans, SpanRow } from '../utils/row-spans.ts';

export function MergedLevelCells({ span, indicator }: { span: RowSpans; indicator: SpanRow }) {
  return (
    <>
      {span.goal > 0 && (
        <td rowSpan={span.goal} className="merged">
          {indicator.goal}
        </td>
      )}
      {span.level1 > 0 && (
        <td rowSpan={span.level1} className="merged">
          {indicator.level1}
        </td>
      )}
      {span.level2 > 0 && (
        <td rowSpan={span.level2} className="merged">
          {indicator.level2}
        </td>
      )}
    </>
  );
}
