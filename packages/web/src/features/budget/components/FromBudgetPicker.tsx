// On a new form: start it from a line of the unit's own budget instead of typing the project again (name,
// 项目编码, amount and unit come from the line). Lines that already have a form are not offered.
import { Alert, Select, Space } from 'antd';
import { useBudget } from '../hooks/use-budget.ts';
import { useCreateFromBudget } from '../hooks/use-create-from-budget.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

export function FromBudgetPicker({ orgId, year }: { orgId: string; year: number }) {
  const budget = useBudget(orgId, year);
  const create = useCreateFromBudget(orgId, year);
  const data = budget.data;
  if (!data?.exists || data.budget.projects.length === 0) return null;
  const linked = new Set((data.projectForms ?? []).map((f) => f.code));
  const options = data.budget.projects.flatMap((p, index) =>
    p.code && linked.has(p.code)
      ? []
      : [{ value: index, label: `${p.code ?? ''} ${p.name}（${p.amount}万元）` }],
  );
  if (options.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title="从预算项目创建绩效目标"
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>选择本单位{year}年部门预算中的项目：项目名称、项目编码、预算金额和申报单位将自动带入。</span>
          <Select
            id="from-budget-line"
            aria-label="预算项目"
            placeholder="选择预算项目"
            style={{ minWidth: 360 }}
            loading={create.isPending}
            options={options}
            onChange={(index: number) => create.mutate({ subject: 'project', index })}
          />
          <ErrorAlert error={create.error} />
        </Space>
      }
    />
  );
}
