// One row of the editable indicator table. Memoised: a keystroke re-renders only the row typed in (and
// rows whose findings changed), not all of a hundred — the grid hands every row the same stable actions.
import { Fragment, memo, type MouseEvent } from 'react';
import { Button } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  BookOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import type { Finding, Indicator, Term } from '@jixiao/core';
import { FieldFindings, FindingBadge } from '../../forms/components/FieldFindings.tsx';
import { MergedLevelCells } from '../../forms/components/MergedLevelCells.tsx';
import { TERM_TITLES } from '../../forms/components/IndicatorTableView.tsx';
import { fieldDomId, worstSeverity } from '../../forms/utils/finding-paths.ts';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { sameFindings } from '../../forms/utils/same-findings.ts';
import type { RowSpans } from '../../forms/utils/row-spans.ts';
import { IndicatorSuggestions } from '../../indicator-library/components/IndicatorSuggestions.tsx';
import { cellText, EDITABLE_COLUMNS, type EditableColumn } from '../utils/indicator-ops.ts';
import type { GridActions } from '../utils/grid-actions.ts';
import { GridInput } from './GridInput.tsx';
import { ValuePreview } from './ValuePreview.tsx';

const COLUMN_LABELS: Record<EditableColumn, string> = {
  name: '三级指标',
  target: '指标值',
  basis: '指标值确定依据',
};

/** What a row may ask of its grid; the same object for every render of the grid. */
export interface RowActions extends GridActions {
  /** Opens 从指标库选择 for the row. */
  openLibrary(index: number): void;
  naming(index: number, focused: boolean): void;
}

/**
 * A row button's handlers. The cell being typed in keeps the focus, and its text, while the mouse button
 * is down: leaving the cell hands its text on, which may show or hide a finding and so move the rows under
 * the pointer before the button is released — the click would then land beside the button. On the click,
 * the button takes the focus (the cell hands its text on, as on any leaving) and acts.
 */
function rowButton(act: () => void) {
  return {
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    onClick: (e: MouseEvent<HTMLElement>) => {
      e.currentTarget.focus();
      act();
    },
  };
}

export interface GridRowProps {
  term: Term;
  index: number;
  /** Position of the row in its table (0-based). */
  row: number;
  indicator: Indicator;
  span: RowSpans;
  rowFindings: Finding[] | undefined;
  cellFindings: Record<EditableColumn, Finding[] | undefined>;
  /** The 三级指标 cell has the focus: library suggestions show under it. */
  naming: boolean;
  /** The project's 项目类别: library suggestions of its sector first. */
  category?: string | null | undefined;
  actions: RowActions;
  /** Cells hand their text on when typing pauses (see GridInput); undefined: at every keystroke. */
  commitPauseMs?: number | undefined;
}

function GridRowView({
  term,
  index,
  row,
  indicator,
  span,
  rowFindings,
  cellFindings,
  naming,
  category,
  actions,
  commitPauseMs,
}: GridRowProps) {
  const rowSev = worstSeverity(rowFindings);
  const cell = (column: EditableColumn, c: number) => {
    const own = cellFindings[column];
    const sev = worstSeverity(own);
    return (
      <td className={`grid-cell col-${column}${sev ? ` has-${sev}` : ''}`}>
        <GridInput
          id={fieldDomId(pointerOf('indicators', index, column))}
          value={cellText(indicator, column)}
          label={`${TERM_TITLES[term]}第${row + 1}行${COLUMN_LABELS[column]}`}
          multiline={column === 'name'}
          list={column === 'basis' ? 'basis-options' : undefined}
          onText={(text) => actions.setCell(index, column, text)}
          onNavKey={(k) => actions.navKey(row, c, k)}
          onTablePaste={(text) => actions.tablePaste(index, column, text)}
          commitPauseMs={commitPauseMs}
          {...(column === 'name' ? { onFocusChange: (on: boolean) => actions.naming(index, on) } : {})}
        />
        {column === 'name' && naming && (
          <IndicatorSuggestions
            level2={indicator.level2}
            text={indicator.name ?? ''}
            category={category ?? null}
            onPick={(s) => actions.pick(index, s)}
          />
        )}
        {column === 'target' && <ValuePreview value={indicator.target} />}
        {column === 'name' && <FieldFindings findings={rowFindings} />}
        {column === 'basis' ? <FindingBadge findings={own} /> : <FieldFindings findings={own} />}
      </td>
    );
  };
  // Native titles, not antd tooltips: four per row would cost more to render than the row itself.
  return (
    <tr id={fieldDomId(pointerOf('indicators', index))} className={rowSev ? `row-${rowSev}` : undefined}>
      <MergedLevelCells span={span} indicator={indicator} />
      {EDITABLE_COLUMNS.map((col, c) => (
        <Fragment key={col}>{cell(col, c)}</Fragment>
      ))}
      <td className="row-actions no-print">
        <Button
          size="small"
          type="text"
          icon={<BookOutlined />}
          aria-label={`从指标库选择（${TERM_TITLES[term]}第${row + 1}行）`}
          title={indicator.libraryId ? '从指标库选择（本行已关联指标库）' : '从指标库选择'}
          className={indicator.libraryId ? 'library-linked' : undefined}
          {...rowButton(() => actions.openLibrary(index))}
        />
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label="上移"
          title="上移（同一二级指标内）"
          {...rowButton(() => actions.move(index, -1))}
        />
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label="下移"
          title="下移（同一二级指标内）"
          {...rowButton(() => actions.move(index, 1))}
        />
        <Button
          size="small"
          type="text"
          icon={<PlusOutlined />}
          aria-label="插入一行"
          title="在下方插入一行"
          {...rowButton(() => actions.insertAfter(index))}
        />
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label="删除此行"
          title="删除此行"
          {...rowButton(() => actions.remove(index))}
        />
      </td>
    </tr>
  );
}

function sameSpan(a: RowSpans, b: RowSpans): boolean {
  return a.goal === b.goal && a.level1 === b.level1 && a.level2 === b.level2;
}

export const GridRow = memo(
  GridRowView,
  (a, b) =>
    a.term === b.term &&
    a.index === b.index &&
    a.row === b.row &&
    a.indicator === b.indicator &&
    a.naming === b.naming &&
    a.commitPauseMs === b.commitPauseMs &&
    a.category === b.category &&
    a.actions === b.actions &&
    sameSpan(a.span, b.span) &&
    sameFindings(a.rowFindings, b.rowFindings) &&
    EDITABLE_COLUMNS.every((c) => sameFindings(a.cellFindings[c], b.cellFindings[c])),
);
