// One fund table of the 部门整体 form (收入构成 or 支出构成), editable: 项目, 当年金额, the share computed as
// the amounts are typed, and the 合计 checked live against the lines.
import { Alert, Button } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Finding, FundLine } from '@jixiao/core';
import { formatWan } from '../../../ui/format.ts';
import { EditableField } from '../../editor/components/EditableField.tsx';
import { pointerOf } from '../../forms/utils/json-pointer.ts';
import { checkFunds, isTotalLine, withComputedShares } from '../utils/fund-table.ts';

export function FundTableEditor({
  side,
  title,
  lines,
  findings,
  onChange,
}: {
  side: 'income' | 'expenditure';
  title: string;
  lines: FundLine[];
  findings: Map<string, Finding[]>;
  onChange: (next: FundLine[]) => void;
}) {
  const check = checkFunds(lines);
  const hasTotal = lines.some(isTotalLine);
  const at = (i: number, field: string) => pointerOf('funds', side, i, field);
  const set = (i: number, patch: Partial<FundLine>) =>
    onChange(withComputedShares(lines.map((l, j) => (j === i ? { ...l, ...patch } : l))));
  return (
    <div className="fund-table" id={`funds-${side}`}>
      <table className="official-table">
        <caption>{title}</caption>
        <colgroup>
          <col />
          <col style={{ width: '32%' }} />
          <col style={{ width: 84 }} />
          <col style={{ width: 40 }} />
        </colgroup>
        <thead>
          <tr>
            <th>项目</th>
            <th>当年金额（万元）</th>
            <th>占比</th>
            <th className="no-print" aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} className={isTotalLine(l) ? 'total-row' : undefined}>
              <EditableField
                pointer={at(i, 'name')}
                label={`${title}第${i + 1}行项目`}
                value={l.name}
                findings={findings.get(at(i, 'name'))}
                onChange={(_, v) => set(i, { name: String(v ?? '') })}
              />
              <EditableField
                pointer={at(i, 'current')}
                label={`${l.name || title + '第' + (i + 1) + '行'}当年金额`}
                value={l.current}
                kind="money"
                findings={findings.get(at(i, 'current'))}
                onChange={(_, v) => set(i, { current: v === null ? null : String(v) })}
              />
              <td className="money share-cell" aria-label={`${l.name}占比`}>
                {check.shares[i] ?? '—'}
              </td>
              <td className="row-actions no-print">
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除${l.name || '此行'}`}
                  onClick={() => onChange(withComputedShares(lines.filter((_, j) => j !== i)))}
                />
              </td>
            </tr>
          ))}
          {!hasTotal && (
            <tr className="total-row computed">
              <th>合计（自动）</th>
              <td className="money">{formatWan(check.sum)}</td>
              <td className="money">{lines.length ? '100.00%' : ''}</td>
              <td className="no-print" />
            </tr>
          )}
          <tr className="no-print">
            <td colSpan={4}>
              <Button
                size="small"
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => onChange([...lines, { name: '', current: null, share: null, history: {} }])}
              >
                添加一行
              </Button>
            </td>
          </tr>
        </tbody>
      </table>
      {check.totalMismatch && (
        <Alert
          type="error"
          showIcon
          className="fund-mismatch"
          title={`合计 ${formatWan(check.written)} 万元与各项之和 ${formatWan(check.sum)} 万元不一致`}
        />
      )}
    </div>
  );
}
