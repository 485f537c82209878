// The 部门整体绩效目标表 as an editable official form: the department, the fund tables (shares computed,
// totals checked as typed), 职能 and 年度工作任务, the goals and the two indicator tables.
import { Alert } from 'antd';
import type { DepartmentForm, Indicator } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { GoalTextRow } from '../../editor/components/GoalTextRow.tsx';
import { IndicatorTables } from '../../editor/components/IndicatorTables.tsx';
import { labelledFieldsOf } from '../../editor/components/LabelledField.tsx';
import { OfficialFormHead } from '../../forms/components/OfficialFormHead.tsx';
import { setAt } from '../../forms/utils/json-pointer.ts';
import { checkFunds } from '../utils/fund-table.ts';
import { FundTableEditor } from './FundTableEditor.tsx';
import type { FormEditorProps } from '../../editor/components/form-editor-props.ts';
import { InfoColumns } from '../../forms/components/InfoColumns.tsx';

export function DepartmentEditor({ form, findings, onChange }: FormEditorProps<DepartmentForm>) {
  const set = (pointer: string, value: unknown) => onChange(setAt(form, pointer, value));
  const field = labelledFieldsOf(findings, set);
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
      <OfficialFormHead
        title={form.title ?? '部门整体绩效目标表'}
        filler={`部门（单位）名称：${form.department ?? ''}`}
        year={form.year}
      />
      <div className="official-scroll">
        <table className="official-table info-table" id="section-basic">
          <caption>基本信息</caption>
          <InfoColumns label={14} />
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
          <InfoColumns label={14} pairs={1} />
          <tbody>
            <tr>{field('functions', '部门职能概述', form.functions, 'textarea')}</tr>
            <tr>{field('tasks', '年度工作任务', form.tasks, 'textarea')}</tr>
            {form.goals.map((g, i) => (
              <GoalTextRow key={i} goal={g} index={i} findings={findings} onChange={set} />
            ))}
          </tbody>
        </table>
      </div>
      <IndicatorTables
        indicators={form.indicators}
        goals={form.goals}
        findings={findings}
        onChange={setIndicators}
      />
    </div>
  );
}
