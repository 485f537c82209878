// 项目支出 list: each project with its 项目编码, class and amount, the total against the grid's project columns,
// and the way from a line to its 绩效目标表 (create it from the line, or open the one it has).
import { projectCategories, type Budget, type BudgetProject } from '@jixiao/core';
import type { BudgetLinkedForm } from '@jixiao/core/contracts';
import { Button, Input, Select } from 'antd';
import { Link } from 'react-router-dom';
import { gridTotals, removeAt } from '../utils/budget-edit.ts';
import { AmountInput } from './AmountInput.tsx';
import { RemoveLineButton } from './RemoveLineButton.tsx';

interface Props {
  budget: Budget;
  onChange: (b: Budget) => void;
  readOnly: boolean;
  /** The forms linked to lines by 项目编码. */
  forms: readonly BudgetLinkedForm[];
  /** Creating a form from line i; absent when the reader may not (not the unit's own budget). */
  onCreateForm?: ((index: number) => void) | undefined;
  /** Why a line cannot start a form now (unsaved edits), or null. */
  createBlocked: string | null;
  creating: boolean;
}

export function ProjectsGrid({
  budget,
  onChange,
  readOnly,
  forms,
  onCreateForm,
  createBlocked,
  creating,
}: Props) {
  const set = (i: number, patch: Partial<BudgetProject>) =>
    onChange({ ...budget, projects: budget.projects.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const t = gridTotals(budget);
  const formOf = (code: string | null) => (code ? forms.find((f) => f.code === code) : undefined);
  const showForms = forms.length > 0 || onCreateForm !== undefined;
  return (
    <div className="official-scroll">
      <table className="official-table budget-grid">
        <caption>项目支出（单位：万元）</caption>
        <thead>
          <tr>
            <th>项目编码</th>
            <th>项目名称</th>
            <th>项目类别</th>
            <th>本年预算</th>
            <th>主要用途</th>
            {showForms && <th>绩效目标</th>}
            {!readOnly && <th>操作</th>}
          </tr>
        </thead>
        <tbody>
          <tr className="total-row">
            <td colSpan={3}>合计（支出表中项目支出 {t.project}）</td>
            <td className="amount" data-testid="total-projects">
              {t.projectsListed}
            </td>
            <td colSpan={1 + (showForms ? 1 : 0) + (readOnly ? 0 : 1)} />
          </tr>
          {budget.projects.map((p, i) => {
            const linked = formOf(p.code);
            return (
              <tr key={i} data-testid={`budget-project-${i}`}>
                <td>
                  <Input
                    size="small"
                    aria-label={`${p.name} 项目编码`}
                    value={p.code ?? ''}
                    disabled={readOnly}
                    placeholder="保存时自动编码"
                    onChange={(e) => set(i, { code: e.target.value.trim() || null })}
                    style={{ minWidth: 150 }}
                  />
                </td>
                <td>
                  <Input
                    size="small"
                    value={p.name}
                    disabled={readOnly}
                    onChange={(e) => set(i, { name: e.target.value })}
                    style={{ minWidth: 200 }}
                  />
                </td>
                <td>
                  <Select
                    size="small"
                    value={p.category}
                    disabled={readOnly}
                    onChange={(category) => set(i, { category })}
                    options={projectCategories.map((c) => ({ value: c, label: c }))}
                  />
                </td>
                <td>
                  <AmountInput
                    label={`${p.name} 本年预算`}
                    value={p.amount}
                    disabled={readOnly}
                    onChange={(v) => set(i, { amount: v })}
                  />
                </td>
                <td>
                  <Input
                    size="small"
                    value={p.purpose ?? ''}
                    disabled={readOnly}
                    onChange={(e) => set(i, { purpose: e.target.value || null })}
                  />
                </td>
                {showForms && (
                  <td>
                    {linked ? (
                      <Link to={`/forms/${linked.id}`}>查看绩效目标表</Link>
                    ) : (
                      onCreateForm && (
                        <Button
                          size="small"
                          type="link"
                          loading={creating}
                          disabled={createBlocked !== null}
                          title={createBlocked ?? undefined}
                          onClick={() => onCreateForm(i)}
                        >
                          从预算项目创建绩效目标
                        </Button>
                      )
                    )}
                  </td>
                )}
                {!readOnly && (
                  <td>
                    <RemoveLineButton
                      what="此项目"
                      onRemove={() => onChange({ ...budget, projects: removeAt(budget.projects, i) })}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <Button
          size="small"
          onClick={() =>
            onChange({
              ...budget,
              projects: [
                ...budget.projects,
                { code: null, name: '', category: '经常性项目', amount: '0', purpose: null },
              ],
            })
          }
        >
          增加项目
        </Button>
      )}
    </div>
  );
}
