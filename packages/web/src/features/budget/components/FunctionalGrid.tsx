// 支出功能分类 grid in the layout of the 部门支出总表: one row per 科目 with basic spending by economic 类
// and project spending by class; row totals and the 合计 row follow every keystroke.
import type { Budget } from '@jixiao/core';
import { fundLabels, fundTypes } from '@jixiao/core';
import { Button, Input, Select, Space } from 'antd';
import {
  addFunctional,
  functionalColumns,
  gridTotals,
  removeAt,
  setFunctional,
  withCode,
} from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';
import { RemoveLineButton } from './RemoveLineButton.tsx';
import { PasteLinesButton } from './PasteLinesButton.tsx';
import { pasteFunctional } from '../utils/paste-lines.ts';
import './budget-grid.css';

export function FunctionalGrid({
  budget,
  onChange,
  readOnly,
}: {
  budget: Budget;
  onChange: (b: Budget) => void;
  readOnly: boolean;
}) {
  const totals = gridTotals(budget);
  return (
    <div className="official-scroll">
      <table className="official-table budget-grid">
        <caption>支出预算（按支出功能分类科目，单位：万元）</caption>
        <thead>
          <tr>
            <th rowSpan={2}>科目编码</th>
            <th rowSpan={2}>科目名称</th>
            <th rowSpan={2}>{budget.units.length > 0 ? '资金来源／所属单位' : '资金来源'}</th>
            <th rowSpan={2}>合计</th>
            <th colSpan={5}>基本支出</th>
            <th colSpan={5}>项目支出</th>
            {!readOnly && <th rowSpan={2}>操作</th>}
          </tr>
          <tr>
            <th className="sub">小计</th>
            {functionalColumns.slice(0, 4).map((c) => (
              <th key={c.key} className="sub">
                {c.title}
              </th>
            ))}
            <th className="sub">小计</th>
            {functionalColumns.slice(4).map((c) => (
              <th key={c.key} className="sub">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row">
            <td colSpan={3}>合计</td>
            <td className="amount" data-testid="total-expenditure">
              {totals.expenditure}
            </td>
            <td className="amount" data-testid="total-basic">
              {totals.basic}
            </td>
            {functionalColumns.slice(0, 4).map((c) => (
              <td key={c.key} className="amount">
                {totals.columns[c.key]}
              </td>
            ))}
            <td className="amount" data-testid="total-project">
              {totals.project}
            </td>
            {functionalColumns.slice(4).map((c) => (
              <td key={c.key} className="amount">
                {totals.columns[c.key]}
              </td>
            ))}
            {!readOnly && <td />}
          </tr>
          {budget.functional.map((l, i) => {
            const row = totals.row(l);
            return (
              <tr key={i}>
                <td>
                  <Input
                    size="small"
                    aria-label={`第${i + 1}行科目编码`}
                    value={l.code}
                    disabled={readOnly}
                    onChange={(e) =>
                      onChange(
                        setFunctional(
                          budget,
                          i,
                          withCode(l, e.target.value.trim(), 'functional', budget.year),
                        ),
                      )
                    }
                    style={{ width: 90 }}
                  />
                </td>
                <td>
                  <Input
                    size="small"
                    aria-label={`第${i + 1}行科目名称`}
                    value={l.name}
                    disabled={readOnly}
                    onChange={(e) => onChange(setFunctional(budget, i, { name: e.target.value }))}
                    style={{ minWidth: 120 }}
                  />
                </td>
                <td>
                  <Select
                    size="small"
                    value={l.fund}
                    disabled={readOnly}
                    onChange={(fund) => onChange(setFunctional(budget, i, { fund }))}
                    options={fundTypes.map((f) => ({ value: f, label: fundLabels[f] }))}
                  />
                  {/* A department of several units lists each unit's lines under it (部门支出总表). */}
                  {budget.units.length > 0 && (
                    <Select
                      size="small"
                      aria-label={`第${i + 1}行所属单位`}
                      value={l.unitCode}
                      disabled={readOnly}
                      placeholder="所属单位"
                      onChange={(unitCode) => onChange(setFunctional(budget, i, { unitCode }))}
                      options={budget.units.map((u) => ({ value: u.code, label: u.name || u.code }))}
                      style={{ minWidth: 120 }}
                    />
                  )}
                </td>
                <td className="amount" data-testid={`row-total-${i}`}>
                  {row.total}
                </td>
                <td className="amount">{row.basic}</td>
                {functionalColumns.slice(0, 4).map((c) => (
                  <td key={c.key}>
                    <AmountInput
                      label={`${l.code || `第${i + 1}行`} ${c.title}`}
                      value={l[c.key]}
                      disabled={readOnly}
                      onChange={(v) => onChange(setFunctional(budget, i, { [c.key]: v }))}
                    />
                  </td>
                ))}
                <td className="amount">{row.project}</td>
                {functionalColumns.slice(4).map((c) => (
                  <td key={c.key}>
                    <AmountInput
                      label={`${l.code || `第${i + 1}行`} ${c.title}`}
                      value={l[c.key]}
                      disabled={readOnly}
                      onChange={(v) => onChange(setFunctional(budget, i, { [c.key]: v }))}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td>
                    <RemoveLineButton
                      what="此科目"
                      onRemove={() => onChange({ ...budget, functional: removeAt(budget.functional, i) })}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <Space>
          <Button size="small" onClick={() => onChange(addFunctional(budget))}>
            增加科目
          </Button>
          <PasteLinesButton
            parse={pasteFunctional}
            hint="从Excel复制部门支出总表的科目行（科目编码、科目名称、总计、基本支出小计及四列、项目支出小计及四列），或科目编码、科目名称加八列金额，粘贴到下面。"
            onLines={(lines, replace) =>
              onChange({ ...budget, functional: replace ? lines : [...budget.functional, ...lines] })
            }
          />
        </Space>
      )}
    </div>
  );
}
