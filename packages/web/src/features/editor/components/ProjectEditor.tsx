// The 项目绩效目标申报表 as an editable official form: basic information, 资金, goals, and the two
// indicator tables; findings beside their fields.
import type { Goal, Indicator, ProjectForm } from '@jixiao/core';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { OfficialFormHead } from '../../forms/components/OfficialFormHead.tsx';
import { pointerOf, setAt } from '../../forms/utils/json-pointer.ts';
import { EditableField } from './EditableField.tsx';
import { GoalTextRow } from './GoalTextRow.tsx';
import { IndicatorTables } from './IndicatorTables.tsx';
import { labelledFieldsOf } from './LabelledField.tsx';
import type { FormEditorProps } from './form-editor-props.ts';
import { InfoColumns } from '../../forms/components/InfoColumns.tsx';
import { GoalsTableHead } from '../../forms/components/GoalsTableHead.tsx';
import { COMMIT_PAUSE_MS } from '../utils/commit-pause.ts';
import { usePendingEdits } from '../hooks/pending-edits-context.ts';

export function ProjectEditor({ form, findings, onChange }: FormEditorProps<ProjectForm>) {
  const pending = usePendingEdits();
  const set = (pointer: string, value: unknown) => onChange((f) => setAt(f, pointer, value));
  const field = labelledFieldsOf(findings, set);
  const editIndicators = (edit: (list: Indicator[]) => Indicator[]) =>
    onChange((f) => ({ ...f, indicators: edit(f.indicators) }));
  const goalRows = (term: Goal['term']) =>
    form.goals.map((g, i) => ({ g, i })).filter(({ g }) => g.term === term);
  // Adding a goal or a fund source changes the form's structure: typed text still in a cell goes first.
  const addGoal = (term: Goal['term']) => {
    pending.flush();
    onChange((f) => {
      const n = f.goals.filter((g) => g.term === term).length + 1;
      const label = `${term === 'long' ? '长期' : '年度'}绩效目标${n}`;
      return { ...f, goals: [...f.goals, { term, label, text: null }] };
    });
  };
  const addSource = () => {
    pending.flush();
    onChange((f) => ({
      ...f,
      budget: { ...f.budget, sources: [...f.budget.sources, { name: '其他资金', amount: null }] },
    }));
  };
  return (
    <div className="official-form editing">
      <OfficialFormHead
        title={`项目绩效目标${form.formType || '申报表'}`}
        filler={`申报单位：${form.unit ?? ''}`}
        year={form.year}
      />
      <div className="official-scroll">
        <table className="official-table info-table" id="section-basic">
          <caption>基本信息</caption>
          <InfoColumns label={14} />
          <tbody>
            <tr>{field('name', '项目名称', form.name, 'text', 3, '例如：政务服务提升工作经费')}</tr>
            <tr>{field('unit', '申报单位', form.unit, 'text', 3)}</tr>
            <tr>
              {field('code', '项目代码', form.code)}
              {field('year', '年度', form.year, 'year')}
            </tr>
            <tr>
              {field('category', '项目类别', form.category, 'text', 1, '延续性项目 / 新增项目')}
              {field('nature', '项目性质', form.nature, 'text', 1, '经常性项目 / 持续性项目')}
            </tr>
            <tr>
              {field('supervisor', '项目主管部门', form.supervisor)}
              {field('executor', '项目执行单位', form.executor)}
            </tr>
            <tr>
              {field('leader', '项目负责人', form.leader)}
              {field('phone', '联系电话', form.phone)}
            </tr>
            <tr>{field('basis', '立项依据', form.basis, 'textarea', 3)}</tr>
            <tr>{field('content', '项目主要内容', form.content, 'textarea', 3)}</tr>
          </tbody>
        </table>
        <table className="official-table info-table" id="section-funds">
          <caption>项目资金（万元）</caption>
          <InfoColumns label={14} />
          <tbody>
            <tr>
              {field('budget/total', '项目总预算', form.budget.total, 'money')}
              {field('budget/current', '项目当年预算', form.budget.current, 'money')}
            </tr>
            {form.budget.sources.map((s, i) => (
              <tr key={i}>
                {i === 0 && <th rowSpan={form.budget.sources.length}>项目资金来源</th>}
                <EditableField
                  pointer={pointerOf('budget', 'sources', i, 'name')}
                  label="资金来源名称"
                  value={s.name}
                  onChange={(p, v) => set(p, v ?? '')}
                  findings={findings.get(pointerOf('budget', 'sources', i, 'name'))}
                />
                <th className="sub">金额</th>
                <EditableField
                  pointer={pointerOf('budget', 'sources', i, 'amount')}
                  label={`${s.name}金额`}
                  value={s.amount}
                  kind="money"
                  onChange={set}
                  findings={findings.get(pointerOf('budget', 'sources', i, 'amount'))}
                />
              </tr>
            ))}
            <tr className="no-print">
              <td colSpan={4}>
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={addSource}>
                  添加资金来源
                </Button>
              </td>
            </tr>
          </tbody>
        </table>
        <table className="official-table goals-table" id="section-goals">
          <GoalsTableHead label={16} />
          <tbody>
            {(['long', 'annual'] as const).map((term) => [
              ...goalRows(term).map(({ g, i }) => (
                <GoalTextRow
                  key={`${term}${i}`}
                  goal={g}
                  index={i}
                  findings={findings}
                  onChange={set}
                  labelClassName="sub"
                />
              )),
              <tr key={`${term}-add`} className="no-print">
                <td colSpan={2}>
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => addGoal(term)}>
                    添加{term === 'long' ? '长期' : '年度'}绩效目标
                  </Button>
                </td>
              </tr>,
            ])}
          </tbody>
        </table>
      </div>
      <IndicatorTables
        indicators={form.indicators}
        goals={form.goals}
        findings={findings}
        category={form.category}
        onChange={editIndicators}
        commitPauseMs={COMMIT_PAUSE_MS}
      />
    </div>
  );
}
