// One published form: its key figures, the approved targets (readable on a phone) and the form itself.
import { lazy, Suspense } from 'react';
import { Card, Collapse, Descriptions, Space, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { Indicator } from '@jixiao/core';
import type { Approval } from '../features/forms/api/forms-api.ts';
import { approvalForm } from '../features/forms/utils/approval-form.ts';
import { ApprovedTargets } from '../features/public/components/ApprovedTargets.tsx';
import { usePublicForm } from '../features/public/hooks/use-public-form.ts';
import { DownloadButtons } from '../ui/DownloadButtons.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatWan } from '../ui/format.ts';
import { KIND_LABELS } from '../ui/status.ts';

// The official layout is read by few and only when opened: it loads then, keeping the first render small.
const FormView = lazy(() =>
  import('../features/forms/components/FormView.tsx').then((m) => ({ default: m.FormView })),
);

/** 批复 targets carry the indicator id; the 一级/二级 and term come from the form's indicator when missing. */
function withLevels(targets: Approval['targets'], indicators: Indicator[]) {
  const byId = new Map(indicators.filter((i) => i.id).map((i) => [i.id!, i]));
  return targets.map((t) => {
    const i = t.indicatorId ? byId.get(t.indicatorId) : undefined;
    return {
      ...t,
      term: t.term ?? i?.term ?? null,
      level1: t.level1 ?? i?.level1 ?? null,
      level2: t.level2 ?? i?.level2 ?? null,
    };
  });
}

export function PublicFormPage() {
  const { id } = useParams();
  const q = usePublicForm(id);
  if (q.isLoading) return <Spin size="large" />;
  if (q.error || !q.data) return <ErrorAlert error={q.error} />;
  const { meta, form, approval } = q.data;
  const indicators = form.kind === 'disclosure' ? [] : form.indicators;
  const targets = approval?.targets.length ? withLevels(approval.targets, indicators) : indicators;
  const total = approval?.budgetTotal ?? (form.kind === 'project' ? form.budget.total : null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/public">← 返回公开目录</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {meta.name}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label="单位">{meta.orgName.replace(/（本级）$/, '')}</Descriptions.Item>
        <Descriptions.Item label="年度">{meta.year ?? ''}</Descriptions.Item>
        <Descriptions.Item label="类型">{KIND_LABELS[meta.kind] ?? meta.kind}</Descriptions.Item>
        {total && <Descriptions.Item label="预算">{formatWan(total)} 万元</Descriptions.Item>}
      </Descriptions>
      <DownloadButtons
        id="public-downloads"
        choices={[
          { label: 'Excel', ext: 'xlsx' },
          { label: 'PDF', ext: 'pdf' },
          { label: 'CSV（绩效目标）', ext: 'csv' },
        ].map((f) => ({
          label: f.label,
          path: `/public/forms/${meta.id}/export/${f.ext}`,
          fileName: `${meta.name}.${f.ext}`,
        }))}
      />
      {form.kind !== 'disclosure' && (
        <Card size="small" title={approval ? '批复的绩效目标' : '绩效目标'}>
          <ApprovedTargets targets={targets} />
        </Card>
      )}
      <Collapse
        items={[
          {
            key: 'form',
            label: approval && form.kind === 'project' ? '查看批复表' : '查看原表',
            // The public reads what was approved: the 批复表, with the approved budget and targets.
            children: (
              <Suspense fallback={<Spin />}>
                <FormView form={approval && form.kind === 'project' ? approvalForm(form, approval) : form} />
              </Suspense>
            ),
          },
        ]}
        defaultActiveKey={form.kind === 'disclosure' ? ['form'] : []}
      />
    </Space>
  );
}
