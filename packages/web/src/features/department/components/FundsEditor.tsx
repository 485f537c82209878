// 部门总体资金情况 as the official table lays it out: 收入构成 and 支出构成 one under the other, each line
// with 当年金额, 占比 and the 近两年收支金额 columns, each side closed by its computed 合计. Where a
// written 合计 disagrees with its parts (as imported), the table says so and offers to adopt the sums.
import { Alert, Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  fundColumnLabel,
  fundColumnTotal,
  isFundTotalLine,
  type DepartmentForm,
  type Finding,
} from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import {
  columnsOf,
  FundPartRow,
  FundTotalRow,
  rowFindingsOf,
  SIDE_TITLES,
  type FundActions,
  type FundSide,
} from './FundRows.tsx';

export interface FundsEditorActions extends FundActions {
  add(side: FundSide): void;
  adoptTotals(side: FundSide): void;
}

function SideRows({
  side,
  funds,
  historyKeys,
  findings,
  actions,
}: {
  side: FundSide;
  funds: DepartmentForm['funds'];
  historyKeys: readonly string[];
  findings: Map<string, Finding[]>;
  actions: FundsEditorActions;
}) {
  const lines = funds[side];
  const parts = lines.flatMap((line, index) => (isFundTotalLine(line) ? [] : [{ line, index }]));
  const totalIndex = lines.findIndex(isFundTotalLine);
  const totals = columnsOf(historyKeys).map((k) => fundColumnTotal(lines, k));
  const rows = parts.length + 2; // the parts, the 合计, the row that adds a line
  const group = { title: SIDE_TITLES[side], rows };
  return (
    <tbody id={`funds-${side}`}>
      {parts.map(({ line, index }, r) => (
        <FundPartRow
          key={index}
          side={side}
          index={index}
          line={line}
          historyKeys={historyKeys}
          findings={rowFindingsOf(findings, side, index, historyKeys)}
          group={r === 0 ? group : null}
          actions={actions}
        />
      ))}
      <FundTotalRow
        side={side}
        index={totalIndex < 0 ? null : totalIndex}
        line={lines[totalIndex] ?? null}
        totals={totals}
        historyKeys={historyKeys}
        findings={totalIndex < 0 ? {} : rowFindingsOf(findings, side, totalIndex, historyKeys)}
        group={parts.length === 0 ? group : null}
      />
      <tr className="no-print">
        <td colSpan={3 + historyKeys.length + 1}>
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => actions.add(side)}>
            {`添加${SIDE_TITLES[side]}项目`}
          </Button>
          {totals.some((t) => t.disagrees) && (
            <Button
              size="small"
              style={{ marginLeft: 8 }}
              className="adopt-totals"
              onClick={() => actions.adoptTotals(side)}
            >
              按各项之和更正合计
            </Button>
          )}
        </td>
      </tr>
    </tbody>
  );
}

export function FundsEditor({
  funds,
  historyKeys,
  findings,
  actions,
}: {
  funds: DepartmentForm['funds'];
  historyKeys: readonly string[];
  findings: Map<string, Finding[]>;
  actions: FundsEditorActions;
}) {
  const total = (side: FundSide, k: string | null) => {
    const t = fundColumnTotal(funds[side], k);
    return t.written ?? t.computed;
  };
  const unbalanced = columnsOf(historyKeys).flatMap((k) => {
    const a = total('income', k);
    const b = total('expenditure', k);
    return a !== null && b !== null && Number(a) !== Number(b)
      ? [
          `${k === null ? '当年' : fundColumnLabel(k)}收入合计 ${formatWan(a)} 万元与支出合计 ${formatWan(b)} 万元不相等`,
        ]
      : [];
  });
  return (
    <div className="funds-editor">
      <table className="official-table fund-table" id="funds-table">
        <caption>部门总体资金情况（单位：万元）</caption>
        <colgroup>
          <col style={{ width: 64 }} />
          <col />
          <col style={{ width: 128 }} />
          <col style={{ width: 76 }} />
          {historyKeys.map((k) => (
            <col key={k} style={{ width: 128 }} />
          ))}
          <col style={{ width: 40 }} />
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2} colSpan={2}>
              总体资金情况
            </th>
            <th rowSpan={2}>当年金额</th>
            <th rowSpan={2}>占比</th>
            <th colSpan={historyKeys.length} className="fund-history-head">
              近两年收支金额
            </th>
            <th rowSpan={2} className="no-print" aria-label="操作" />
          </tr>
          <tr>
            {historyKeys.map((k) => (
              <th key={k}>{fundColumnLabel(k)}</th>
            ))}
          </tr>
        </thead>
        {(['income', 'expenditure'] as const).map((side) => (
          <SideRows
            key={side}
            side={side}
            funds={funds}
            historyKeys={historyKeys}
            findings={findings}
            actions={actions}
          />
        ))}
      </table>
      {unbalanced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          id="funds-unbalanced"
          style={{ margin: '8px 0' }}
          title={`${unbalanced.join('；')}，请核对`}
        />
      )}
    </div>
  );
}
