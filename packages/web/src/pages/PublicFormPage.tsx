// One published form: its key figures, the approved targets (readable on a phone) and the form itself.
// Plain HTML (public bundle, no antd); the official layout loads only when the reader opens it.
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Indicator } from '@jixiao/core';
import type { Approval } from '../features/forms/api/forms-api.ts';
import { approvalForm } from '@jixiao/core';
import { ApprovedTargets } from '../features/public/components/ApprovedTargets.tsx';
import { PublicDownloadButtons } from '../features/public/components/PublicDownloadButtons.tsx';
import { PublicError, PublicLoading } from '../features/public/components/PublicStatus.tsx';
import { usePublicForm } from '../features/public/hooks/use-public-form.ts';
import { formatWan } from '../ui/format.ts';
import { KIND_LABELS } from '../ui/status.ts';

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
  const [opened, setOpened] = useState<boolean | null>(null);
  if (q.isLoading) return <PublicLoading />;
  if (q.error || !q.data) return <PublicError error={q.error ?? new Error('未找到该公开信息')} />;
  const { meta, form, approval } = q.data;
  const indicators = form.kind === 'disclosure' ? [] : form.indicators;
  const targets = approval?.targets.length ? withLevels(approval.targets, indicators) : indicators;
  const total = approval?.budgetTotal ?? (form.kind === 'project' ? form.budget.total : null);
  // A disclosure has no targets to show first: its layout is the page.
  const open = opened ?? form.kind === 'disclosure';
  return (
    <div className="public-page">
      <Link to="/public">← 返回公开目录</Link>
      <h1 className="public-title">{meta.name}</h1>
      <dl className="public-facts">
        <div>
          <dt>单位</dt>
          <dd>{meta.orgName.replace(/（本级）$/, '')}</dd>
        </div>
        <div>
          <dt>年度</dt>
          <dd>{meta.year ?? ''}</dd>
        </div>
        <div>
          <dt>类型</dt>
          <dd>{KIND_LABELS[meta.kind] ?? meta.kind}</dd>
        </div>
        {total && (
          <div>
            <dt>{approval?.budgetTotal ? '批复预算' : '预算'}</dt>
            <dd>{formatWan(total)} 万元</dd>
          </div>
        )}
      </dl>
      <PublicDownloadButtons
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
        <section className="public-card" aria-label="绩效目标">
          <h2 className="public-card-title">{approval ? '批复的绩效目标' : '绩效目标'}</h2>
          <ApprovedTargets targets={targets} />
        </section>
      )}
      <details className="public-details" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
        <summary>{approval && form.kind === 'project' ? '查看批复表' : '查看原表'}</summary>
        {open && (
          // The public reads what was approved: the 批复表, with the approved budget and targets.
          <Suspense fallback={<PublicLoading label="正在加载正式表样…" />}>
            <FormView form={approval && form.kind === 'project' ? approvalForm(form, approval) : form} />
          </Suspense>
        )}
      </details>
    </div>
  );
}
