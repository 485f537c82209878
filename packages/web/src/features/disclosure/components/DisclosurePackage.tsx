// A generated 部门预算公开 as the public reads it: the explanation and tables, then the performance forms.
import type { Disclosure, Form } from '@jixiao/core';
import { Collapse } from 'antd';
import { DisclosureView } from '../../forms/components/DisclosureView.tsx';
import { FormView } from '../../forms/components/FormView.tsx';

function formTitle(f: Form): string {
  if (f.kind === 'project') return `项目绩效目标表：${f.name ?? ''}`;
  if (f.kind === 'department') return `部门整体支出绩效目标表：${f.department ?? ''}`;
  return f.department ?? '';
}

export function DisclosurePackage({ disclosure, forms }: { disclosure: Disclosure; forms: Form[] }) {
  return (
    <>
      <DisclosureView form={disclosure} />
      {forms.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          items={forms.map((f, i) => ({
            key: String(i),
            label: formTitle(f),
            children: <FormView form={f} />,
          }))}
        />
      )}
    </>
  );
}
