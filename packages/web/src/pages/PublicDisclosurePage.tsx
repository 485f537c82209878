// One published 部门预算公开 at its stable address /public/disclosure/:orgId/:year, with its downloads.
import { Space, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { DisclosurePackage } from '../features/disclosure/components/DisclosurePackage.tsx';
import { DownloadLinks } from '../features/disclosure/components/DownloadLinks.tsx';
import { KeyFigures } from '../features/disclosure/components/KeyFigures.tsx';
import { usePublicDisclosure } from '../features/disclosure/hooks/use-disclosure.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';

export function PublicDisclosurePage() {
  const { orgId, year } = useParams();
  const q = usePublicDisclosure(orgId, Number(year));
  if (q.isLoading) return <Spin size="large" />;
  if (q.error || !q.data) return <ErrorAlert error={q.error ?? new Error('未找到该公开信息')} />;
  const d = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/public">← 返回公开目录</Link>
      <Typography.Text type="secondary">公开时间：{d.publishedAt ? new Date(d.publishedAt).toLocaleDateString('zh-CN') : ''}</Typography.Text>
      <KeyFigures disclosure={d.disclosure} />
      <DownloadLinks orgId={d.orgId} year={d.year} isPublic />
      <DisclosurePackage disclosure={d.disclosure} forms={d.forms} />
    </Space>
  );
}
