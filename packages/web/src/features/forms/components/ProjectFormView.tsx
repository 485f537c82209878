// Read-only 项目绩效目标申报表 / 批复表 in the official layout (for review, approval and the public).
import type { ProjectForm } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { pointerOf } from '../utils/json-pointer.ts';
import type { ViewAnnotations } from './annotations.ts';
import { IndicatorTableView } from './IndicatorTableView.tsx';
import { ViewCell } from './ViewCell.tsx';
import { OfficialFormHead } from './OfficialFormHead.tsx';
import { InfoColumns } from './InfoColumns.tsx';
import { GoalsTableHead } from './GoalsTableHead.tsx';
import { GoalViewRow } from './GoalViewRow.tsx';
import { ApprovalNoteView, ApprovalNumber } from './ApprovalNoteView.tsx';

export function ProjectFormView({
  form,
  annotations,
}: {
  form: ProjectForm;
  annotations?: ViewAnnotations | undefined;
}) {
  const cell = (
    field: string,
    label: string,
    value: string | number | null | undefined,
    colSpan?: number,
  ) => (
    <>
      <th>{label}</th>
      <ViewCell pointer={'/' + field} label={label} annotations={annotations} colSpan={colSpan}>
        {value ?? ''}
      </ViewCell>
    </>
  );
  const goals = (term: 'long' | 'annual') =>
    form.goals.map((g, i) => ({ g, i })).filter(({ g }) => g.term === term);
  return (
    <div className="official-form">
      <OfficialFormHead
        title={form.title ?? `项目绩效目标${form.formType || '申报表'}`}
        filler={`申报单位：${form.unit ?? ''}`}
        year={form.year}
      />
      <ApprovalNumber note={form.approval} />
      <div className="official-scroll">
        <table className="official-table info-table">
          <InfoColumns label={14} />
          <tbody>
            <tr>{cell('name', '项目名称', form.name, 3)}</tr>
            <tr>
              {cell('code', '项目代码', form.code)}
              {cell('category', '项目类别', form.category)}
            </tr>
            <tr>
              {cell('nature', '项目性质', form.nature)}
              {cell('year', '年度', form.year)}
            </tr>
            <tr>
              {cell('supervisor', '项目主管部门', form.supervisor)}
              {cell('executor', '项目执行单位', form.executor)}
            </tr>
            <tr>
              {cell('leader', '项目负责人', form.leader)}
              {cell('phone', '联系电话', form.phone)}
            </tr>
            <tr>{cell('basis', '立项依据', form.basis, 3)}</tr>
            <tr>{cell('content', '项目主要内容', form.content, 3)}</tr>
            <tr>
              <th>项目总预算</th>
              <ViewCell
                pointer="/budget/total"
                label="项目总预算"
                annotations={annotations}
                className="money"
              >
                {formatWan(form.budget.total)}
              </ViewCell>
              <th>项目当年预算</th>
              <ViewCell
                pointer="/budget/current"
                label="项目当年预算"
                annotations={annotations}
                className="money"
              >
                {formatWan(form.budget.current)}
              </ViewCell>
            </tr>
            {form.budget.sources.map((s, i) => (
              <tr key={i}>
                {i === 0 && <th rowSpan={form.budget.sources.length}>项目资金来源</th>}
                <td>{s.name}</td>
                <th className="sub">金额</th>
                <ViewCell
                  pointer={pointerOf('budget', 'sources', i, 'amount')}
                  label={`${s.name}金额`}
                  annotations={annotations}
                  className="money"
                >
                  {formatWan(s.amount)}
                </ViewCell>
              </tr>
            ))}
            {form.budget.history && (
              <tr>{cell('budget/history', '前两年预算及变动情况', form.budget.history, 3)}</tr>
            )}
          </tbody>
        </table>
        <table className="official-table goals-table">
          <GoalsTableHead label={18} />
          <tbody>
            {[...goals('long'), ...goals('annual')].map(({ g, i }) => (
              <GoalViewRow key={i} goal={g} index={i} annotations={annotations} labelClassName="sub" />
            ))}
          </tbody>
        </table>
      </div>
      <IndicatorTableView indicators={form.indicators} term="long" annotations={annotations} />
      <IndicatorTableView indicators={form.indicators} term="annual" annotations={annotations} />
      {form.opinion && (
        <table className="official-table">
          <tbody>
            <tr>
              <th style={{ width: '14%' }}>主管部门审核意见</th>
              <td>{form.opinion}</td>
            </tr>
          </tbody>
        </table>
      )}
      {(form.formType === '批复表' || form.approval) && <ApprovalNoteView note={form.approval} />}
    </div>
  );
}
