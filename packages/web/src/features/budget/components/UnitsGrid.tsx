// 预算单位 of a department that has several: code, name and income by source of each; the 部门收入总表 and
// 部门支出总表 list them under the department. A department that is one unit leaves this empty. A unit's new
// code takes its spending lines along (recodeUnit).
import { Decimal, incomeSources, recodeUnit, type Budget, type BudgetUnit } from '@jixiao/core';
import { Button, Input, Space } from 'antd';
import { removeAt } from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';
import { RemoveLineButton } from './RemoveLineButton.tsx';
import { UnitCodeInput } from './UnitCodeInput.tsx';
import './budget-grid.css';

const emptyIncome = (): BudgetUnit['income'] =>
  Object.fromEntries(incomeSources.map(([k]) => [k, '0'])) as BudgetUnit['income'];

export function UnitsGrid({
  budget,
  onChange,
  readOnly,
}: {
  budget: Budget;
  onChange: (b: Budget) => void;
  readOnly: boolean;
}) {
  const set = (i: number, patch: Partial<BudgetUnit>) =>
    onChange({ ...budget, units: budget.units.map((u, k) => (k === i ? { ...u, ...patch } : u)) });
  const total = (k: (typeof incomeSources)[number][0]) =>
    budget.units.reduce((a, u) => a.plus(u.income[k] || '0'), new Decimal(0)).toFixed(2);
  return (
    <div className="official-scroll">
      <table className="official-table budget-grid">
        <caption>所属预算单位及其收入（单位：万元；各单位之和应等于部门收入）</caption>
        <thead>
          <tr>
            <th>单位代码</th>
            <th>单位名称</th>
            {incomeSources.map(([k, label]) => (
              <th key={k}>{label}</th>
            ))}
            {!readOnly && <th>操作</th>}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row">
            <td colSpan={2}>各单位合计</td>
            {incomeSources.map(([k]) => (
              <td key={k} className="amount">
                {total(k)}
              </td>
            ))}
            {!readOnly && <td />}
          </tr>
          {budget.units.map((u, i) => (
            <tr key={i}>
              <td>
                <UnitCodeInput
                  label={`第${i + 1}个单位代码`}
                  code={u.code}
                  disabled={readOnly}
                  onCommit={(code) => onChange(recodeUnit(budget, i, code))}
                />
              </td>
              <td>
                <Input
                  size="small"
                  aria-label={`第${i + 1}个单位名称`}
                  value={u.name}
                  disabled={readOnly}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              {incomeSources.map(([k, label]) => (
                <td key={k}>
                  <AmountInput
                    label={`${u.name || u.code} ${label}`}
                    value={u.income[k]}
                    disabled={readOnly}
                    onChange={(v) => set(i, { income: { ...u.income, [k]: v } })}
                  />
                </td>
              ))}
              {!readOnly && (
                <td>
                  <RemoveLineButton
                    what="此单位"
                    onRemove={() => onChange({ ...budget, units: removeAt(budget.units, i) })}
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
              onChange({ ...budget, units: [...budget.units, { code: '', name: '', income: emptyIncome() }] })
            }
          >
            增加单位
          </Button>
        </Space>
      )}
    </div>
  );
}
