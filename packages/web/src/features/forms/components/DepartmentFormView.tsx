// Read-only 部门整体绩效目标表: basic lines, 部门总体资金情况 (当年金额, 占比, 近两年收支金额), functions and
// tasks, the indicator tables.
import {
  fundColumnLabel,
  fundHistoryKeys,
  isFundTotalLine,
  shareText,
  type DepartmentForm,
} from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import type { ViewAnnotations } from './annotations.ts';
import { IndicatorTableView } from './IndicatorTableView.tsx';
import { ViewCell } from './ViewCell.tsx';
import { OfficialFormHead } from './OfficialFormHead.tsx';
import { InfoColumns } from './InfoColumns.tsx';
import { GoalViewRow } from './GoalViewRow.tsx';

export function DepartmentFormView({
  form,
  annotations,
}: {
  form: DepartmentForm;
  annotations?: ViewAnnotations | undefined;
}) {
  const years = fundHistoryKeys(form);
  const side = (title: string, lines: DepartmentForm['funds']['income']) =>
    lines.map((l, i) => (
      <tr key={i} className={isFundTotalLine(l) ? 'total-row' : undefined}>
        {i === 0 && (
          <th rowSpan={lines.length} className="fund-group">
            {title}
          </th>
        )}
        <td>{l.name}</td>
        <td className="money">{formatWan(l.current)}</td>
        <td className="money">{shareText(l.share)}</td>
        {years.map((y) => (
          <td key={y} className="money">
            {formatWan(l.history[y] ?? null)}
          </td>
        ))}
      </tr>
    ));
  return (
    <div className="official-form">
      <OfficialFormHead
        title={form.title ?? '部门整体绩效目标表'}
        filler={`部门（单位）名称：${form.department ?? ''}`}
        year={form.year}
      />
      <div className="official-scroll">
        {form.funds.income.length + form.funds.expenditure.length > 0 && (
          <table className="official-table fund-table" id="funds-table">
            <caption>部门总体资金情况（单位：万元）</caption>
            <thead>
              <tr>
                <th rowSpan={2} colSpan={2}>
                  总体资金情况
                </th>
                <th rowSpan={2} style={{ width: '16%' }}>
                  当年金额
                </th>
                <th rowSpan={2} style={{ width: '10%' }}>
                  占比
                </th>
                <th colSpan={years.length}>近两年收支金额</th>
              </tr>
              <tr>
                {years.map((y) => (
                  <th key={y} style={{ width: '16%' }}>
                    {fundColumnLabel(y)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{side('收入构成', form.funds.income)}</tbody>
            <tbody>{side('支出构成', form.funds.expenditure)}</tbody>
          </table>
        )}
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
              <GoalViewRow key={i} goal={g} index={i} annotations={annotations} />
            ))}
          </tbody>
        </table>
      </div>
      <IndicatorTableView indicators={form.indicators} term="long" annotations={annotations} />
      <IndicatorTableView indicators={form.indicators} term="annual" annotations={annotations} />
    </div>
  );
}
