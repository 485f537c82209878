// The editable indicator table of one term (长期 or 年度), laid out like the 申报表: 目标/一级/二级 merged,
// 三级指标, 指标值 with how it was understood, 确定依据. Keyboard: Tab/Enter/arrows; paste rows from Excel;
// add, remove and move rows within their 二级指标; add a 二级指标.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Cascader, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Finding, Goal, Indicator, Term } from '@jixiao/core';
import { TERM_TITLES } from '../../forms/components/IndicatorTableView.tsx';
import { fieldDomId } from '../../forms/utils/finding-paths.ts';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { termTable } from '../../forms/utils/row-spans.ts';
import { applyLibraryEntry, applySuggestion } from '../../indicator-library/utils/apply-suggestion.ts';
import { LibraryPicker } from '../../indicator-library/components/LibraryPicker.tsx';
import { navigate } from '../utils/grid-navigation.ts';
import {
  addLevel2,
  goalForNewLevel2,
  addRowAfter,
  EDITABLE_COLUMNS,
  moveWithinLevel2,
  removeRow,
  setCell,
  type EditableColumn,
} from '../utils/indicator-ops.ts';
import { level2Choices } from '../utils/new-project-form.ts';
import {
  isFullRowPaste,
  isTablePaste,
  parseClipboardTable,
  pasteIntoLevel2,
  rowsToIndicators,
} from '../utils/paste-rows.ts';
import { GridRow, type GridActions } from './GridRow.tsx';

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

function focusCell(index: number, column: EditableColumn) {
  const el = document.getElementById(fieldDomId(pointerOf('indicators', index, column)));
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
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
  onChange: (next: Indicator[]) => void;
  /** Cells hand their text on when typing pauses (large forms); undefined: at every keystroke. */
  commitPauseMs?: number | undefined;
}) {
  const rows = useMemo(() => termTable(indicators, term), [indicators, term]);
  const pendingFocus = useRef<{ index: number; column: EditableColumn } | null>(null);
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
      focusCell(p.index, p.column);
    }
  }, [indicators]);

  // The rows' actions read the latest list through a ref, so that they stay one object across renders
  // and a memoised row is not re-rendered because a neighbour changed.
  const latest = useRef({ indicators, rows, onChange, term });
  useLayoutEffect(() => {
    latest.current = { indicators, rows, onChange, term };
  });
  const actions = useMemo<GridActions>(() => {
    const now = () => latest.current;
    const change = (next: Indicator[]) => now().onChange(next);
    return {
      setCell: (index, column, text) => change(setCell(now().indicators, index, column, text)),
      navKey: (r, c, k) => {
        const { rows, indicators } = now();
        const result = navigate({
          ...k,
          rows: rows.length,
          cols: EDITABLE_COLUMNS.length,
          pos: { row: r, col: c },
        });
        if (result.kind === 'move') {
          focusCell(rows[result.pos.row]!.index, EDITABLE_COLUMNS[result.pos.col]!);
          return true;
        }
        if (result.kind === 'append-row') {
          const added = addRowAfter(indicators, rows[result.after]!.index);
          pendingFocus.current = { index: added.index, column: EDITABLE_COLUMNS[result.col]! };
          change(added.indicators);
          return true;
        }
        return false;
      },
      tablePaste: (index, column, text) => {
        const { rows, indicators, term } = now();
        const grid = parseClipboardTable(text);
        if (!isTablePaste(grid)) return false;
        if (isFullRowPaste(grid)) {
          const pasted = rowsToIndicators(grid, term);
          const last = rows.at(-1)?.index ?? indicators.length - 1;
          const next = [...indicators];
          next.splice(last + 1, 0, ...pasted);
          change(next);
          return true;
        }
        change(pasteIntoLevel2(indicators, { index, column }, grid));
        return true;
      },
      move: (index, direction) => change(moveWithinLevel2(now().indicators, index, direction).indicators),
      insertAfter: (index) => {
        const added = addRowAfter(now().indicators, index);
        pendingFocus.current = { index: added.index, column: 'name' };
        change(added.indicators);
      },
      remove: (index) => change(removeRow(now().indicators, index)),
      pick: (index, sug) => {
        // On to the 指标值: the name cell gives up the focus and shows the chosen name (a focused cell
        // keeps its own text), and the value is what one checks next.
        pendingFocus.current = { index, column: 'target' };
        change(applySuggestion(now().indicators, index, sug));
      },
      openLibrary: (index) => setPickingFor(index),
      naming: (index, on) => setNaming((n) => (on ? index : n === index ? null : n)),
    };
  }, []);

  const addChosenLevel2 = () => {
    const [l1, l2] = newLevel;
    if (!l1 || !l2) return;
    const added = addLevel2(
      indicators,
      term,
      newGoal ?? goalForNewLevel2(indicators, term, termGoals),
      l1,
      l2,
    );
    pendingFocus.current = { index: added.index, column: 'name' };
    onChange(added.indicators);
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
          pendingFocus.current = { index: pickingFor, column: 'target' };
          onChange(applyLibraryEntry(indicators, pickingFor, entry));
          setPickingFor(null);
        }}
      />
      <datalist id="basis-options">
        {BASIS_OPTIONS.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <Space className="grid-footer no-print" wrap>
        <span className="grid-hint">Tab/Enter/方向键 移动单元格；可从 Excel 复制多行粘贴</span>
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
        <Button size="small" icon={<PlusOutlined />} onClick={addChosenLevel2} disabled={newLevel.length < 2}>
          添加二级指标
        </Button>
      </Space>
    </div>
  );
}
