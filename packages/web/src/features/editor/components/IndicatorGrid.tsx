// The editable indicator table of one term (长期 or 年度), laid out like the 申报表: 目标/一级/二级 merged,
// 三级指标, 指标值 with how it was understood, 确定依据. Keyboard: Tab/Enter/arrows; paste rows from Excel;
// add, remove and move rows within their 二级指标; add a 二级指标.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Cascader, Select, Space, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Finding, Goal, Indicator, Term } from '@jixiao/core';
import { FieldFindings, FindingBadge } from '../../forms/components/FieldFindings.tsx';
import { TERM_TITLES } from '../../forms/components/IndicatorTableView.tsx';
import { fieldDomId, worstSeverity } from '../../forms/utils/finding-paths.ts';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { termTable } from '../../forms/utils/row-spans.ts';
import { MergedLevelCells } from '../../forms/components/MergedLevelCells.tsx';
import { navigate } from '../utils/grid-navigation.ts';
import {
  addLevel2,
  addRowAfter,
  cellText,
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
import { IndicatorSuggestions } from '../../indicator-library/components/IndicatorSuggestions.tsx';
import { applySuggestion } from '../../indicator-library/utils/apply-suggestion.ts';
import { GridInput, type GridKey } from './GridInput.tsx';
import { ValuePreview } from './ValuePreview.tsx';

const COLUMN_LABELS: Record<EditableColumn, string> = {
  name: '三级指标',
  target: '指标值',
  basis: '指标值确定依据',
};
const BASIS_OPTIONS = ['计划标准', '历史标准', '行业标准', '其他标准'];

export function IndicatorGrid({
  term,
  indicators,
  goals,
  findings,
  onChange,
}: {
  term: Term;
  indicators: Indicator[];
  goals: Goal[];
  findings: Map<string, Finding[]>;
  onChange: (next: Indicator[]) => void;
}) {
  const rows = useMemo(() => termTable(indicators, term), [indicators, term]);
  const pendingFocus = useRef<{ index: number; column: EditableColumn } | null>(null);
  const [newGoal, setNewGoal] = useState<string | null>(null);
  const [newLevel, setNewLevel] = useState<string[]>([]);
  /** The row whose 三级指标 cell has the focus (library suggestions show under it). */
  const [naming, setNaming] = useState<number | null>(null);
  const termGoals = goals.filter((g) => g.term === term).map((g) => g.label);

  const focusCell = (index: number, column: EditableColumn) => {
    const el = document.getElementById(fieldDomId(pointerOf('indicators', index, column)));
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.focus();
      el.select();
    }
  };
  useEffect(() => {
    const p = pendingFocus.current;
    if (p) {
      pendingFocus.current = null;
      focusCell(p.index, p.column);
    }
  }, [indicators]);

  const onNavKey = (r: number, c: number) => (k: GridKey) => {
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
      onChange(added.indicators);
      return true;
    }
    return false;
  };

  const onTablePaste = (index: number, column: EditableColumn) => (text: string) => {
    const grid = parseClipboardTable(text);
    if (!isTablePaste(grid)) return false;
    if (isFullRowPaste(grid)) {
      const pasted = rowsToIndicators(grid, term);
      const last = rows.at(-1)?.index ?? indicators.length - 1;
      const next = [...indicators];
      next.splice(last + 1, 0, ...pasted);
      onChange(next);
      return true;
    }
    onChange(pasteIntoLevel2(indicators, { index, column }, grid));
    return true;
  };

  const addChosenLevel2 = () => {
    const [l1, l2] = newLevel;
    if (!l1 || !l2) return;
    const added = addLevel2(indicators, term, newGoal ?? termGoals[0] ?? null, l1, l2);
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
            <th style={{ width: 104 }} className="no-print">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ index, indicator, span }, r) => {
            const rowFindings = findings.get(pointerOf('indicators', index));
            const rowSev = worstSeverity(rowFindings);
            const cell = (column: EditableColumn, c: number) => {
              const pointer = pointerOf('indicators', index, column);
              const own = findings.get(pointer);
              const sev = worstSeverity(own);
              return (
                <td className={`grid-cell col-${column}${sev ? ` has-${sev}` : ''}`}>
                  <GridInput
                    id={fieldDomId(pointer)}
                    value={cellText(indicator, column)}
                    label={`${TERM_TITLES[term]}第${r + 1}行${COLUMN_LABELS[column]}`}
                    multiline={column === 'name'}
                    list={column === 'basis' ? 'basis-options' : undefined}
                    onText={(text) => onChange(setCell(indicators, index, column, text))}
                    onNavKey={onNavKey(r, c)}
                    onTablePaste={onTablePaste(index, column)}
                    {...(column === 'name'
                      ? {
                          onFocusChange: (on: boolean) =>
                            setNaming((n) => (on ? index : n === index ? null : n)),
                        }
                      : {})}
                  />
                  {column === 'name' && naming === index && (
                    <IndicatorSuggestions
                      level2={indicator.level2}
                      text={indicator.name ?? ''}
                      onPick={(sug) => onChange(applySuggestion(indicators, index, sug))}
                    />
                  )}
                  {column === 'target' && <ValuePreview value={indicator.target} />}
                  {column === 'name' && <FieldFindings findings={rowFindings} />}
                  {column === 'basis' ? <FindingBadge findings={own} /> : <FieldFindings findings={own} />}
                </td>
              );
            };
            return (
              <tr
                key={index}
                id={fieldDomId(pointerOf('indicators', index))}
                className={rowSev ? `row-${rowSev}` : undefined}
              >
                <MergedLevelCells span={span} indicator={indicator} />
                {EDITABLE_COLUMNS.map((col, c) => (
                  <Fragment key={col}>{cell(col, c)}</Fragment>
                ))}
                <td className="row-actions no-print">
                  <Tooltip title="上移（同一二级指标内）">
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label="上移"
                      onClick={() => onChange(moveWithinLevel2(indicators, index, -1).indicators)}
                    />
                  </Tooltip>
                  <Tooltip title="下移（同一二级指标内）">
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label="下移"
                      onClick={() => onChange(moveWithinLevel2(indicators, index, 1).indicators)}
                    />
                  </Tooltip>
                  <Tooltip title="在下方插入一行">
                    <Button
                      size="small"
                      type="text"
                      icon={<PlusOutlined />}
                      aria-label="插入一行"
                      onClick={() => {
                        const added = addRowAfter(indicators, index);
                        pendingFocus.current = { index: added.index, column: 'name' };
                        onChange(added.indicators);
                      }}
                    />
                  </Tooltip>
                  <Tooltip title="删除此行">
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="删除此行"
                      onClick={() => onChange(removeRow(indicators, index))}
                    />
                  </Tooltip>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
          options={level2Choices().map((c) => ({
            value: c.level1,
            label: c.level1,
            children: c.level2.map((l2) => ({ value: l2, label: l2 })),
          }))}
        />
        <Button size="small" icon={<PlusOutlined />} onClick={addChosenLevel2} disabled={newLevel.length < 2}>
          添加二级指标
        </Button>
      </Space>
    </div>
  );
}
