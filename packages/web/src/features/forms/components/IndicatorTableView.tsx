// Read-only indicator table laid out like the paper form: 目标名称/一级/二级 merged over their rows.
import type { Indicator, Term } from '@jixiao/core';
import { computeRowSpans } from '../utils/row-spans.ts';
import { pointerOf } from '../utils/json-pointer.ts';
import type { ViewAnnotations } from './annotations.ts';
import { ViewCell } from './ViewCell.tsx';

export const TERM_TITLES: Record<Term, string> = { long: '长期绩效目标表', annual: '年度绩效目标表' };

export function IndicatorTableView({
  indicators,
  term,
  annotations,
}: {
  indicators: readonly Indicator[];
  term: Term;
  annotations?: ViewAnnotations | undefined;
}) {
  const rows = indicators.flatMap((indicator, index) =>
    indicator.term === term ? [{ index, indicator }] : [],
  );
  if (rows.length === 0) return null;
  const spans = computeRowSpans(rows.map((r) => r.indicator));
  const hasCategory = rows.some((r) => r.indicator.category);
  // 前年/上年 (or 2022/2023) values, as the annual table of the 申报表 shows them before this year's value.
  const historyKeys = [...new Set(rows.flatMap((r) => Object.keys(r.indicator.history ?? {})))];
  return (
    <div className="official-scroll">
      <table className="official-table indicator-table">
        <caption>{TERM_TITLES[term]}</caption>
        <thead>
          <tr>
            <th style={{ width: '11%' }}>目标名称</th>
            <th style={{ width: '10%' }}>一级指标</th>
            <th style={{ width: '12%' }}>二级指标</th>
            <th>三级指标</th>
            {historyKeys.map((k) => (
              <th key={k} style={{ width: '9%' }}>
                {k}指标值
              </th>
            ))}
            <th style={{ width: '14%' }}>
              {historyKeys.length && term === 'annual' ? '预计当年实现值' : '指标值'}
            </th>
            <th style={{ width: '12%' }}>指标值确定依据</th>
            {hasCategory && <th style={{ width: '10%' }}>指标分类</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ index, indicator }, r) => {
            const s = spans[r]!;
            const p = (field: string) => pointerOf('indicators', index, field);
            return (
              <tr key={indicator.id ?? index} id={`row-indicators-${index}`}>
                {s.goal > 0 && (
                  <td rowSpan={s.goal} className="merged">
                    {indicator.goal}
                  </td>
                )}
                {s.level1 > 0 && (
                  <td rowSpan={s.level1} className="merged">
                    {indicator.level1}
                  </td>
                )}
                {s.level2 > 0 && (
                  <td rowSpan={s.level2} className="merged">
                    {indicator.level2}
                  </td>
                )}
                <ViewCell
                  pointer={pointerOf('indicators', index)}
                  label={`三级指标“${indicator.name ?? ''}”`}
                  annotations={annotations}
                >
                  {indicator.name}
                </ViewCell>
                {historyKeys.map((k) => (
                  <td key={k} className="value-cell">
                    {indicator.history?.[k] ?? ''}
                  </td>
                ))}
                <ViewCell
                  pointer={p('target')}
                  label={`“${indicator.name ?? ''}”的指标值`}
                  annotations={annotations}
                  className="value-cell"
                >
                  {indicator.target.raw}
                </ViewCell>
                <ViewCell
                  compact
                  pointer={p('basis')}
                  label={`“${indicator.name ?? ''}”的确定依据`}
                  annotations={annotations}
                >
                  {indicator.basis}
                </ViewCell>
                {hasCategory && <td>{indicator.category}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
