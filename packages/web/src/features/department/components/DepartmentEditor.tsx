// The 部门整体绩效目标表 as an editable official form: the department, 部门总体资金情况 (当年金额, 占比 and
// the 近两年 columns, 合计 computed), 职能 and 年度工作任务, the goals and the two indicator tables.
// Every part is handed stable callbacks that read the latest form, and cells hand their text on when the
// typing pauses: a keystroke re-renders the cell typed in, and the form (its totals, checks) follows once.
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  addFundLine,
  adoptComputedTotals,
  editFundCell,
  fundHistoryKeys,
  removeFundLine,
  renameFundLine,
  type DepartmentForm,
  type FundLine,
  type Indicator,
} from '@jixiao/core';
import { GoalTextRow } from '../../editor/components/GoalTextRow.tsx';
import { IndicatorTables } from '../../editor/components/IndicatorTables.tsx';
import { labelledFieldsOf } from '../../editor/components/LabelledField.tsx';
import { OfficialFormHead } from '../../forms/components/OfficialFormHead.tsx';
import { setAt } from '../../forms/utils/json-pointer.ts';
import type { FormEditorProps } from '../../editor/components/form-editor-props.ts';
import { InfoColumns } from '../../forms/components/InfoColumns.tsx';
import { COMMIT_PAUSE_MS } from '../../editor/utils/commit-pause.ts';
import { usePendingEdits } from '../../editor/hooks/pending-edits-context.ts';
import type { FundSide } from './FundRows.tsx';
import { FundsEditor, type FundsEditorActions } from './FundsEditor.tsx';

export function DepartmentEditor({ form, findings, onChange }: FormEditorProps<DepartmentForm>) {
  const pending = usePendingEdits();
  const latest = useRef({ onChange });
  useLayoutEffect(() => {
    latest.current = { onChange };
  });
  // The columns change only when their labels do, not on every amount typed: one array while they stay.
  const keysText = fundHistoryKeys(form).join('\n');
  const historyKeys = useMemo(() => keysText.split('\n'), [keysText]);
  const keysRef = useRef(historyKeys);
  useLayoutEffect(() => {
    keysRef.current = historyKeys;
  });

  const { set, setIndicators, fundActions } = useMemo(() => {
    const change = (next: (f: DepartmentForm) => DepartmentForm) => latest.current.onChange(next);
    const funds = (side: FundSide, edit: (lines: FundLine[]) => FundLine[]) =>
      change((f) => ({ ...f, funds: { ...f.funds, [side]: edit(f.funds[side]) } }));
    const fundActions: FundsEditorActions = {
      setAmount: (side, index, key, value) =>
        funds(side, (lines) => editFundCell(lines, index, key, value, keysRef.current)),
      rename: (side, index, name) => funds(side, (lines) => renameFundLine(lines, index, name)),
      // Lines added, removed or totals adopted: the amounts typed and not handed on yet go first.
      remove: (side, index) => {
        pending.flush();
        funds(side, (lines) => removeFundLine(lines, index, keysRef.current));
      },
      add: (side) => {
        pending.flush();
        funds(side, (lines) => addFundLine(lines, keysRef.current));
      },
      adoptTotals: (side) => {
        pending.flush();
        funds(side, (lines) => adoptComputedTotals(lines, keysRef.current));
      },
    };
    return {
      set: (pointer: string, value: unknown) => change((f) => setAt(f, pointer, value)),
      setIndicators: (edit: (list: Indicator[]) => Indicator[]) =>
        change((f) => ({ ...f, indicators: edit(f.indicators) })),
      fundActions,
    };
  }, [pending]);
  const field = labelledFieldsOf(findings, set);
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
        <FundsEditor funds={form.funds} historyKeys={historyKeys} findings={findings} actions={fundActions} />
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
        commitPauseMs={COMMIT_PAUSE_MS}
      />
    </div>
  );
}
