// The 部门整体绩效目标表 as an editable official form: the department, the fund tables (shares computed,
// totals checked as typed), 职能 and 年度工作任务, the goals and the two indicator tables.
import { Alert } from 'antd';
import type { DepartmentForm, Finding, Indicator } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { EditableField, type FieldKind } from '../../editor/components/EditableField.tsx';
import { IndicatorGrid } from '../../editor/components/IndicatorGrid.tsx';
import { pointerOf, setAt } from '../../forms/utils/json-pointer.ts';
import { checkFunds } from '../utils/fund-table.ts';
import { FundTableEditor } from './FundTableEditor.tsx';

export function DepartmentEditor({
  form,
  findings,
  onChange,
}: {
  form: DepartmentForm;
  findings: Map<string, Finding[]>;
  onChange: (next: DepartmentForm) => void;
}) {
  const set = (pointer: string, value: unknown) => onChange(setAt(form, pointer, value));
  const field = (
    name: string,
    label: string,
    value: string | number | null,
    kind: FieldKind = 'text',
    colSpan?: number,
  ) => (
    <>
      <th>{label}</th>
      <EditableField
        pointer={'/' + name}
        label={label}
        value={value}
        kind={kind}
        findings={findings.get('/' + name)}
        onChange={set}
        colSpan={colSpan}
      />
    </>
  );
  const income = checkFunds(form.funds.income);
  const spending = checkFunds(form.funds.expenditure);
  const totalOf = (c: typeof income) => c.written ?? c.sum;
  const unbalanced =
    form.funds.income.length > 0 &&
    form.funds.expenditure.length > 0 &&
    Number(totalOf(income)) !== Number(totalOf(spending));
  const setIndicators = (indicators: Indicator[]) => onChange({ ...form, indicators });
  return (
    <div className="official-form editing">
      <h2 className="official-title">{form.title ?? '部门整体绩效目标表'}</h2>
      <div className="official-subhead">
        <span>部门（单位）名称：{form.department ?? ''}</span>
        <span>金额单位：万元</span>
      </div>
      <div className="official-scroll">
        <table className="official-table info-table" id="section-basic">
          <caption>基本信息</caption>
          <colgroup>
            <col style={{ width: '14%' }} />
            <col style={{ width: '36%' }} />
            <col style={{ width: '14%' }} />
            <col style={{ width: '36%' }} />
          </colgroup>
          <tbody>
            <tr>{field('department', '部门（单位）名称', form.department, 'text', 3)}</tr>
            <tr>
              {field('year', '年度', form.year, 'year')}
              {field('filler', '填报人', form.filler)}
            </tr>
            <tr>{field('phone', '联系电话', form.phone, 'text', 3)}</tr>
          </tbody>
        </table>
        <div className="fund-tables">
          <FundTableEditor
            side="income"
            title="收入构成"
            lines={form.funds.income}
            findings={findings}
            onChange={(income) => onChange({ ...form, funds: { ...form.funds, income } })}
          />
          <FundTableEditor
            side="expenditure"
            title="支出构成"
            lines={form.funds.expenditure}
            findings={findings}
            onChange={(expenditure) => onChange({ ...form, funds: { ...form.funds, expenditure } })}
          />
        </div>
        {unbalanced && (
          <Alert
            type="warning"
            showIcon
            id="funds-unbalanced"
            style={{ margin: '8px 0' }}
            title={`收入合计 ${formatWan(totalOf(income))} 万元与支出合计 ${formatWan(totalOf(spending))} 万元不相等，请核对`}
          />
        )}
        <table className="official-table info-table" id="section-goals">
          <colgroup>
            <col style={{ width: '14%' }} />
            <col />
          </colgroup>
          <tbody>
            <tr>{field('functions', '部门职能概述', form.functions, 'textarea')}</tr>
            <tr>{field('tasks', '年度工作任务', form.tasks, 'textarea')}</tr>
            {form.goals.map((g, i) => (
              <tr key={i}>
                <th>{g.label}</th>
                <EditableField
                  pointer={pointerOf('goals', i, 'text')}
                  label={g.label}
                  value={g.text}
                  kind="textarea"
                  onChange={set}
                  findings={findings.get(pointerOf('goals', i, 'text'))}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <IndicatorGrid
        term="long"
        indicators={form.indicators}
        goals={form.goals}
        findings={findings}
        onChange={setIndicators}
      />
      <IndicatorGrid
        term="annual"
        indicators={form.indicators}
        goals={form.goals}
        findings={findings}
        onChange={setIndicators}
      />
    </div>
  );
}
