// One published 部门预算公开 at its stable address /public/disclosure/:orgId/:year, with its downloads.
// The key figures render first from the public bundle; the document's tables follow in their own chunk.
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { DownloadLinks } from '../features/disclosure/components/DownloadLinks.tsx';
import { KeyFigures } from '../features/disclosure/components/KeyFigures.tsx';
import { usePublicDisclosure } from '../features/disclosure/hooks/use-disclosure.ts';
import { formatDate } from '../ui/format.ts';
import { PublicError, PublicLoading } from '../features/public/components/PublicStatus.tsx';

const DisclosurePackage = lazy(() =>
  import('../features/disclosure/components/DisclosurePackage.tsx').then((m) => ({
    default: m.DisclosurePackage,
  })),
);

export function PublicDisclosurePage() {
  const { orgId, year } = useParams();
  const q = usePublicDisclosure(orgId, Number(year));
  if (q.isLoading) return <PublicLoading />;
  if (q.error || !q.data) return <PublicError error={q.error ?? new Error('未找到该公开信息')} />;
  const d = q.data;
  return (
    <div className="public-page">
      <Link to="/public">← 返回公开目录</Link>
      <p className="public-muted">公开时间：{d.publishedAt ? formatDate(d.publishedAt) : ''}</p>
      <KeyFigures disclosure={d.disclosure} />
      <DownloadLinks orgId={d.orgId} year={d.year} isPublic />
      <Suspense fallback={<PublicLoading label="正在加载公开文本和表格…" />}>
        <DisclosurePackage disclosure={d.disclosure} forms={d.forms} />
      </Suspense>
    </div>
  );
}
