// The rows of the 部门总体资金情况 table: a part (项目, 当年金额, 占比, the 近两年 columns; editable,
// deletable) and the 合计 (computed from the parts, read-only, never deleted). Memoised: a change
// re-renders the rows it touched, not the table.
import { memo } from 'react';
import { Button, Tooltip } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import {
  fundCell,
  fundColumnLabel,
  isFundTotalLine,
  shareText,
  type Finding,
  type FundColumnKey,
  type FundLine,
  type FundColumnTotal,
} from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { FindingBadge } from '../../forms/components/FieldFindings.tsx';
import { fieldDomId, worstSeverity } from '../../forms/utils/finding-paths.ts';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { sameFindings } from '../../forms/utils/same-findings.ts';
import { CellInput, MONEY_CELL, nameCell } from './CellInput.tsx';

export type FundSide = 'income' | 'expenditure';
export const SIDE_TITLES: Record<FundSide, string> = { income: '收入构成', expenditure: '支出构成' };

/** What a row may ask of its table; one object for the life of the editor. */
export interface FundActions {
  setAmount(side: FundSide, index: number, key: FundColumnKey, value: string | null): void;
  rename(side: FundSide, index: number, name: string): void;
  remove(side: FundSide, index: number): void;
}

/** The columns of a row in order: 当年金额, then each 近两年 column. */
export const columnsOf = (historyKeys: readonly string[]): FundColumnKey[] => [null, ...historyKeys];

export const cellPointer = (side: FundSide, index: number, key: FundColumnKey) =>
  key === null ? pointerOf('funds', side, index, 'current') : pointerOf('funds', side, index, 'history', key);

const columnName = (key: FundColumnKey) => (key === null ? '当年金额' : `${fundColumnLabel(key)}金额`);

const NAME_CELL = nameCell((name) =>
  isFundTotalLine({ name }) ? '合计由各项相加得出，不能作为项目名称' : null,
);

/** The findings of a row's cells by pointer (name, share, each amount). */
export type RowFindings = Record<string, Finding[] | undefined>;

export function rowFindingsOf(
  findings: Map<string, Finding[]>,
  side: FundSide,
  index: number,
  historyKeys: readonly string[],
): RowFindings {
  const out: RowFindings = {};
  for (const p of [
    pointerOf('funds', side, index, 'name'),
    pointerOf('funds', side, index, 'share'),
    ...columnsOf(historyKeys).map((k) => cellPointer(side, index, k)),
  ])
    out[p] = findings.get(p);
  return out;
}

function sameRowFindings(a: RowFindings, b: RowFindings): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => sameFindings(a[k], b[k]));
}

interface PartRowProps {
  side: FundSide;
  index: number;
  line: FundLine;
  historyKeys: readonly string[];
  findings: RowFindings;
  /** The row-spanning 收入构成/支出构成 cell, on the first row of its side only. */
  group: { title: string; rows: number } | null;
  actions: FundActions;
}

function PartRowView({ side, index, line, historyKeys, findings, group, actions }: PartRowProps) {
  const title = SIDE_TITLES[side];
  const name = line.name || `${title}第${index + 1}行`;
  const share = pointerOf('funds', side, index, 'share');
  return (
    <tr id={fieldDomId(pointerOf('funds', side, index))}>
      {group && (
        <th rowSpan={group.rows} className="fund-group">
          {group.title}
        </th>
      )}
      <CellInput
        kind={NAME_CELL}
        pointer={pointerOf('funds', side, index, 'name')}
        label={`${title}第${index + 1}行项目`}
        value={line.name}
        findings={findings[pointerOf('funds', side, index, 'name')]}
        onCommit={(v) => actions.rename(side, index, v ?? '')}
      />
      {columnsOf(historyKeys).map((key, c) => {
        const pointer = cellPointer(side, index, key);
        const cells = [
          <CellInput
            key={String(key)}
            kind={MONEY_CELL}
            pointer={pointer}
            label={`${name}${columnName(key)}`}
            value={fundCell(line, key)}
            findings={findings[pointer]}
            onCommit={(v) => actions.setAmount(side, index, key, v)}
          />,
        ];
        // 占比 sits between 当年金额 and the 近两年 columns, as in the official table.
        if (c === 0)
          cells.push(
            <td key="share" id={fieldDomId(share)} className="money share-cell" aria-label={`${name}占比`}>
              {shareText(line.share) ?? '—'}
              <FindingBadge findings={findings[share]} />
            </td>,
          );
        return cells;
      })}
      <td className="row-actions no-print">
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除${line.name || '此行'}`}
          title="删除此行"
          onClick={() => actions.remove(side, index)}
        />
      </td>
    </tr>
  );
}

export const FundPartRow = memo(
  PartRowView,
  (a, b) =>
    a.side === b.side &&
    a.index === b.index &&
    a.line === b.line &&
    a.historyKeys === b.historyKeys &&
    a.actions === b.actions &&
    a.group?.rows === b.group?.rows &&
    a.group?.title === b.group?.title &&
    sameRowFindings(a.findings, b.findings),
);

/**
 * The 合计 row: the figures stored for it, which are the sums of the parts; where a written 合计 (as
 * imported) disagrees with its parts it is shown as written, marked, with the sum beside it.
 */
export function FundTotalRow({
  side,
  index,
  line,
  totals,
  historyKeys,
  findings,
  group,
}: {
  side: FundSide;
  /** The 合计 line's place in the table, or null when the table has none yet. */
  index: number | null;
  line: FundLine | null;
  totals: FundColumnTotal[];
  historyKeys: readonly string[];
  findings: RowFindings;
  group: { title: string; rows: number } | null;
}) {
  const title = SIDE_TITLES[side];
  const at = (key: FundColumnKey) => (index === null ? null : cellPointer(side, index, key));
  const shown = (key: FundColumnKey, i: number) => {
    const t = totals[i]!;
    const pointer = at(key);
    const own = pointer ? findings[pointer] : undefined;
    const sev = t.disagrees ? 'error' : worstSeverity(own);
    return (
      <td
        key={String(key)}
        id={pointer ? fieldDomId(pointer) : undefined}
        className={`money computed-total${sev ? ` has-${sev}` : ''}`}
        aria-label={`${title}合计${columnName(key)}`}
      >
        <span className="total-figure">
          {formatWan(line ? (fundCell(line, key) ?? t.computed) : t.computed)}
        </span>
        {t.disagrees && (
          <Tooltip title="原表所填合计与各项之和不一致，合计以原表为准保留，请核对各项或点“按各项之和更正合计”">
            <div className="total-sum">各项之和 {formatWan(t.computed)}</div>
          </Tooltip>
        )}
        <FindingBadge findings={own} />
      </td>
    );
  };
  const cols = columnsOf(historyKeys);
  return (
    <tr
      className="total-row computed"
      id={index === null ? undefined : fieldDomId(pointerOf('funds', side, index))}
    >
      {group && (
        <th rowSpan={group.rows} className="fund-group">
          {group.title}
        </th>
      )}
      <th title="合计由各项相加得出，不能直接填写">合计（自动计算）</th>
      {shown(null, 0)}
      <td className="money share-cell">
        {shareText(line?.share ?? null) ?? (totals[0]!.computed !== null ? '100.00%' : '')}
      </td>
      {cols.slice(1).map((k, i) => shown(k, i + 1))}
      <td className="no-print" />
    </tr>
  );
}
