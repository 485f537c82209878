// Read-only 部门整体绩效目标表: basic lines, funds, functions and tasks, the indicator tables.
import type { DepartmentForm } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { pointerOf } from '../utils/json-pointer.ts';
import type { ViewAnnotations } from './annotations.ts';
import { IndicatorTableView } from './IndicatorTableView.tsx';
import { ViewCell } from './ViewCell.tsx';
import { OfficialFormHead } from './OfficialFormHead.tsx';
import { InfoColumns } from './InfoColumns.tsx';

export function DepartmentFormView({
  form,
  annotations,
}: {
  form: DepartmentForm;
  annotations?: ViewAnnotations | undefined;
}) {
  const funds = (title: string, lines: DepartmentForm['funds']['income']) =>
    lines.length > 0 && (
      <table className="official-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th>项目</th>
            <th style={{ width: '20%' }}>当年金额（万元）</th>
            <th style={{ width: '14%' }}>占比</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.name}</td>
              <td className="money">{formatWan(l.current)}</td>
              <td className="money">{l.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <div className="official-form">
      <OfficialFormHead
        title={form.title ?? '部门整体绩效目标表'}
        filler={`部门（单位）名称：${form.department ?? ''}`}
        year={form.year}
      />
      <div className="official-scroll">
        {funds('收入构成', form.funds.income)}
        {funds('支出构成', form.funds.expenditure)}
        <table className="official-table info-table">
          <InfoColumns label={14} pairs={1} />
          <tbody>
            <tr>
              <th>部门职能概述</th>
              <ViewCell pointer="/functions" label="部门职能概述" annotations={annotations}>
                {form.functions}
              </ViewCell>
            </tr>
            <tr>
              <th>年度工作任务</th>
              <ViewCell pointer="/tasks" label="年度工作任务" annotations={annotations}>
                {form.tasks}
              </ViewCell>
            </tr>
            {form.goals.map((g, i) => (
              <tr key={i}>
                <th>{g.label}</th>
                <ViewCell pointer={pointerOf('goals', i, 'text')} label={g.label} annotations={annotations}>
                  {g.text}
                </ViewCell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <IndicatorTableView indicators={form.indicators} term="long" annotations={annotations} />
      <IndicatorTableView indicators={form.indicators} term="annual" annotations={annotations} />
    </div>
  );
}
