// 项目支出 list: each project, its class and amount, with the total against the grid's project columns.
import { projectCategories, type Budget, type BudgetProject } from '@jixiao/core';
import { Button, Input, Select } from 'antd';
import { gridTotals, removeAt } from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';
import { RemoveLineButton } from './RemoveLineButton.tsx';

export function ProjectsGrid({ budget, onChange, readOnly }: { budget: Budget; onChange: (b: Budget) => void; readOnly: boolean }) {
  const set = (i: number, patch: Partial<BudgetProject>) => onChange({ ...budget, projects: budget.projects.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const t = gridTotals(budget);
  return (
    <div className="official-scroll">
      <table className="official-table budget-grid">
        <caption>项目支出（单位：万元）</caption>
        <thead>
          <tr>
            <th>项目名称</th>
            <th>项目类别</th>
            <th>本年预算</th>
            <th>主要用途</th>
            {!readOnly && <th>操作</th>}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row">
            <td colSpan={2}>合计（支出表中项目支出 {t.project}）</td>
            <td className="amount" data-testid="total-projects">{t.projectsListed}</td>
            <td colSpan={readOnly ? 1 : 2} />
          </tr>
          {budget.projects.map((p, i) => (
            <tr key={i}>
              <td>
                <Input size="small" value={p.name} disabled={readOnly} onChange={(e) => set(i, { name: e.target.value })} style={{ minWidth: 200 }} />
              </td>
              <td>
                <Select size="small" value={p.category} disabled={readOnly} onChange={(category) => set(i, { category })} options={projectCategories.map((c) => ({ value: c, label: c }))} />
              </td>
              <td>
                <AmountInput label={`${p.name} 本年预算`} value={p.amount} disabled={readOnly} onChange={(v) => set(i, { amount: v })} />
              </td>
              <td>
                <Input size="small" value={p.purpose ?? ''} disabled={readOnly} onChange={(e) => set(i, { purpose: e.target.value || null })} />
              </td>
              {!readOnly && (
                <td>
                  <RemoveLineButton what="此项目" onRemove={() => onChange({ ...budget, projects: removeAt(budget.projects, i) })} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <Button size="small" onClick={() => onChange({ ...budget, projects: [...budget.projects, { name: '', category: '经常性项目', amount: '0', purpose: null }] })}>
          增加项目
        </Button>
      )}
    </div>
  );
}
