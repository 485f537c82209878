// 部门预算支出经济分类 (类/款) grid: basic and project spending per 科目, with totals.
import type { Budget, EconomicLine } from '@jixiao/core';
import { Button, Input, Select, Space } from 'antd';
import { codeListFor, Decimal, fundLabels, fundTypes } from '@jixiao/core';
import { removeAt, withCode } from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';
import { RemoveLineButton } from './RemoveLineButton.tsx';
import { PasteLinesButton } from './PasteLinesButton.tsx';
import { pasteEconomic } from '../utils/paste-lines.ts';

export function EconomicGrid({
  budget,
  onChange,
  readOnly,
}: {
  budget: Budget;
  onChange: (b: Budget) => void;
  readOnly: boolean;
}) {
  const set = (i: number, patch: Partial<EconomicLine>) =>
    onChange({ ...budget, economic: budget.economic.map((l, k) => (k === i ? { ...l, ...patch } : l)) });
  const sum = (k: 'basic' | 'project') =>
    budget.economic.reduce((a, l) => a.plus(l[k] || '0'), new Decimal(0)).toFixed(2);
  return (
    <div className="official-scroll">
      <table className="official-table budget-grid">
        <caption>支出预算（按部门预算支出经济分类科目，单位：万元）</caption>
        <thead>
          <tr>
            <th>经济科目</th>
            <th>科目名称</th>
            <th>政府预算经济分类</th>
            <th>资金来源</th>
            <th>基本支出</th>
            <th>项目支出</th>
            {!readOnly && <th>操作</th>}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row">
            <td colSpan={4}>合计</td>
            <td className="amount">{sum('basic')}</td>
            <td className="amount">{sum('project')}</td>
            {!readOnly && <td />}
          </tr>
          {budget.economic.map((l, i) => (
            <tr key={i}>
              <td>
                <Input
                  size="small"
                  aria-label={`经济科目第${i + 1}行编码`}
                  value={l.code}
                  disabled={readOnly}
                  onChange={(e) =>
                    set(i, withCode(l, e.target.value.trim(), 'economic-department', budget.year))
                  }
                  style={{ width: 80 }}
                />
              </td>
              <td>
                <Input
                  size="small"
                  value={l.name}
                  disabled={readOnly}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              <td>
                <Input
                  size="small"
                  aria-label={`${l.code} 政府预算经济分类`}
                  value={l.govCode ?? ''}
                  disabled={readOnly}
                  placeholder="如 50101"
                  onChange={(e) => set(i, { govCode: e.target.value.trim() || null })}
                  style={{ width: 80 }}
                />
                <span className="muted">
                  {' '}
                  {l.govCode
                    ? (codeListFor('economic-government', budget.year).get(l.govCode)?.name ?? '')
                    : ''}
                </span>
              </td>
              <td>
                {/* The 财政拨款收支总表 counts only lines paid from 财政拨款. */}
                <Select
                  size="small"
                  aria-label={`${l.code} 资金来源`}
                  value={l.fund}
                  disabled={readOnly}
                  onChange={(fund) => set(i, { fund })}
                  options={fundTypes.map((f) => ({ value: f, label: fundLabels[f] }))}
                />
              </td>
              <td>
                <AmountInput
                  label={`${l.code} 基本支出`}
                  value={l.basic}
                  disabled={readOnly}
                  onChange={(v) => set(i, { basic: v })}
                />
              </td>
              <td>
                <AmountInput
                  label={`${l.code} 项目支出`}
                  value={l.project}
                  disabled={readOnly}
                  onChange={(v) => set(i, { project: v })}
                />
              </td>
              {!readOnly && (
                <td>
                  <RemoveLineButton
                    what="此经济科目"
                    onRemove={() => onChange({ ...budget, economic: removeAt(budget.economic, i) })}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <Space>
          <Button
            size="small"
            onClick={() =>
              onChange({
                ...budget,
                economic: [
                  ...budget.economic,
                  { code: '', name: '', govCode: null, fund: 'general', basic: '0', project: '0' },
                ],
              })
            }
          >
            增加科目
          </Button>
          <PasteLinesButton
            parse={pasteEconomic}
            hint="从Excel复制经济科目行（科目编码、科目名称、基本支出、项目支出），粘贴到下面。"
            onLines={(lines, replace) =>
              onChange({ ...budget, economic: replace ? lines : [...budget.economic, ...lines] })
            }
          />
        </Space>
      )}
    </div>
  );
}
