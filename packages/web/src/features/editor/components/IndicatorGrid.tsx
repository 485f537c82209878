// The editable indicator table of one term (长期 or 年度), laid out like the 申报表: 目标/一级/二级 merged,
// 三级指标, 指标值 with how it was understood, 确定依据. Keyboard: Tab/Enter/arrows; paste rows from Excel;
// add, remove and move rows within their 二级指标; add a 二级指标.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Button, Cascader, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Finding, Goal, Indicator, Term } from '@jixiao/core';
import { TERM_TITLES } from '../../forms/components/IndicatorTableView.tsx';
import { fieldDomId } from '../../forms/utils/finding-paths.ts';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { termTable } from '../../forms/utils/row-spans.ts';
import { LibraryPicker } from '../../indicator-library/components/LibraryPicker.tsx';
import { usePendingEdits } from '../hooks/pending-edits-context.ts';
import { gridActions, type IndicatorEdit } from '../utils/grid-actions.ts';
import { goalForNewLevel2, type EditableColumn } from '../utils/indicator-ops.ts';
import { level2Choices } from '../utils/new-project-form.ts';
import { GridRow, type RowActions } from './GridRow.tsx';

const BASIS_OPTIONS = ['计划标准', '历史标准', '行业标准', '其他标准'];

/**
 * The 一级/二级 choices of 添加二级指标, built once: the Cascader rebuilds its tree of choices whenever it
 * is handed new options, and the grid renders again each time the form takes a typed value.
 */
const LEVEL2_OPTIONS = level2Choices().map((c) => ({
  value: c.level1,
  label: c.level1,
  children: c.level2.map((l2) => ({ value: l2, label: l2 })),
}));

/** Focuses a cell: its text selected (to be typed over), or the caret at its end. */
function focusCell(index: number, column: EditableColumn, select = true) {
  const el = document.getElementById(fieldDomId(pointerOf('indicators', index, column)));
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    if (select) el.select();
    else el.setSelectionRange(el.value.length, el.value.length);
  }
}

export function IndicatorGrid({
  term,
  indicators,
  goals,
  findings,
  category,
  onChange,
  commitPauseMs,
}: {
  term: Term;
  indicators: Indicator[];
  goals: Goal[];
  findings: Map<string, Finding[]>;
  /** The project's 项目类别, to rank the library's indicators of its sector first. */
  category?: string | null | undefined;
  /** Changes the form's latest indicator list (see IndicatorEdit). */
  onChange: IndicatorEdit;
  /** Cells hand their text on when typing pauses (large forms); undefined: at every keystroke. */
  commitPauseMs?: number | undefined;
}) {
  const rows = useMemo(() => termTable(indicators, term), [indicators, term]);
  const pendingFocus = useRef<{ index: number; column: EditableColumn; select: boolean } | null>(null);
  const pending = usePendingEdits();
  const [newGoal, setNewGoal] = useState<string | null>(null);
  const [newLevel, setNewLevel] = useState<string[]>([]);
  /** The row whose 三级指标 cell has the focus (library suggestions show under it). */
  const [naming, setNaming] = useState<number | null>(null);
  /** The row the 从指标库选择 dialog is open for. */
  const [pickingFor, setPickingFor] = useState<number | null>(null);
  const termGoals = goals.filter((g) => g.term === term).map((g) => g.label);

  useEffect(() => {
    const p = pendingFocus.current;
    if (p) {
      pendingFocus.current = null;
      focusCell(p.index, p.column, p.select);
    }
  }, [indicators]);

  // The rows' actions are one object across renders (a memoised row is not re-rendered because a
  // neighbour changed): they read what changes through a ref, and change the form's latest list.
  const latest = useRef({ indicators, onChange });
  useLayoutEffect(() => {
    latest.current = { indicators, onChange };
  });
  const actions = useMemo<RowActions>(
    () => ({
      ...gridActions({
        term,
        edit: (change) => latest.current.onChange(change),
        pending,
        shown: () => latest.current.indicators,
        focus: (index, column) => focusCell(index, column),
        focusWhenShown: (index, column, select = true) => {
          pendingFocus.current = { index, column, select };
        },
      }),
      openLibrary: (index) => setPickingFor(index),
      naming: (index, on) => setNaming((n) => (on ? index : n === index ? null : n)),
    }),
    [term, pending],
  );

  const addChosenLevel2 = () => {
    const [l1, l2] = newLevel;
    if (!l1 || !l2) return;
    actions.addLevel2(newGoal ?? goalForNewLevel2(indicators, term, termGoals), l1, l2);
    setNewLevel([]);
  };

  return (
    <div className="official-scroll">
      <table className="official-table indicator-table editing" id={`grid-${term}`}>
        <caption>{TERM_TITLES[term]}</caption>
        <thead>
          <tr>
            <th style={{ width: '9%' }}>目标名称</th>
            <th style={{ width: '8%' }}>一级指标</th>
            <th style={{ width: '9%' }}>二级指标</th>
            <th>三级指标</th>
            <th style={{ width: '22%' }}>指标值</th>
            <th style={{ width: '12%' }}>指标值确定依据</th>
            <th style={{ width: 132 }} className="no-print">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ index, indicator, span }, r) => (
            <GridRow
              key={index}
              term={term}
              index={index}
              row={r}
              indicator={indicator}
              span={span}
              rowFindings={findings.get(pointerOf('indicators', index))}
              cellFindings={{
                name: findings.get(pointerOf('indicators', index, 'name')),
                target: findings.get(pointerOf('indicators', index, 'target')),
                basis: findings.get(pointerOf('indicators', index, 'basis')),
              }}
              naming={naming === index}
              category={category}
              actions={actions}
              commitPauseMs={commitPauseMs}
            />
          ))}
        </tbody>
      </table>
      <LibraryPicker
        open={pickingFor !== null}
        category={category ?? null}
        onClose={() => setPickingFor(null)}
        onPick={(entry) => {
          if (pickingFor === null) return;
          actions.adopt(pickingFor, entry);
          setPickingFor(null);
        }}
      />
      <datalist id="basis-options">
        {BASIS_OPTIONS.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <Space className="grid-footer no-print" wrap>
        <span className="grid-hint">
          Tab/Enter/方向键 移动单元格；Alt+↑/↓ 上下移动本行；可从 Excel 复制多行粘贴
        </span>
        {termGoals.length > 1 && (
          <Select
            size="small"
            style={{ width: 150 }}
            value={newGoal ?? termGoals[0]}
            onChange={setNewGoal}
            options={termGoals.map((g) => ({ value: g, label: g }))}
          />
        )}
        <Cascader
          size="small"
          style={{ width: 220 }}
          placeholder="选择一级/二级指标"
          value={newLevel}
          onChange={(v) => setNewLevel((v ?? []) as string[])}
          options={LEVEL2_OPTIONS}
        />
        <Button
          size="small"
          icon={<PlusOutlined />}
          // As the rows' buttons (GridRow.tsx): a cell being typed in hands its text on at the click, not
          // at the press, so the table cannot grow under the pointer and move the button away.
          onMouseDown={(e: MouseEvent) => e.preventDefault()}
          onClick={(e) => {
            e.currentTarget.focus();
            addChosenLevel2();
          }}
          disabled={newLevel.length < 2}
        >
          添加二级指标
        </Button>
      </Space>
    </div>
  );
}
