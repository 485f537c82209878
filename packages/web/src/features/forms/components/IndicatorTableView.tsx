// Read-only indicator table laid out like the paper form: 目标名称/一级/二级 merged over their rows.
import type { Indicator, Term } from '@jixiao/core';
import { termTable } from '../utils/row-spans.ts';
import { MergedLevelCells } from './MergedLevelCells.tsx';
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
  const rows = termTable(indicators, term);
  if (rows.length === 0) return null;
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
              <th key={k} style={{ width: '7%' }}>
                {k}指标值
              </th>
            ))}
            <th style={{ width: historyKeys.length ? '20%' : '16%' }}>
              {historyKeys.length && term === 'annual' ? '预计当年实现值' : '指标值'}
            </th>
            <th style={{ width: '12%' }}>指标值确定依据</th>
            {hasCategory && <th style={{ width: '10%' }}>指标分类</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ index, indicator, span }) => {
            const p = (field: string) => pointerOf('indicators', index, field);
            return (
              <tr key={indicator.id ?? index} id={`row-indicators-${index}`}>
                <MergedLevelCells span={span} indicator={indicator} />
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
