// The generated 部门预算公开 of a department and year for the finance bureau and the department: its
// findings, regeneration, publication (finance) and downloads.
import { App, Button, Card, Collapse, Empty, Popconfirm, Space, Spin, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/http.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { useSession } from '../../auth/hooks/use-session.ts';
import { BudgetFindings } from '../../budget/components/BudgetFindings.tsx';
import { disclosureApi } from '../api/disclosure-api.ts';
import { useDisclosure } from '../hooks/use-disclosure.ts';
import { DisclosurePackage } from './DisclosurePackage.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { BudgetList } from './BudgetList.tsx';

export function DisclosureWorkspace() {
  const { message } = App.useApp();
  const { user } = useSession();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const orgId = params.get('org');
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const q = useDisclosure(orgId, year);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    setBusy(true);
    try {
      const data = await action();
      client.setQueryData(['disclosure', orgId, year], data);
      message.success(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!orgId) return <BudgetList />;
  if (q.isLoading) return <Spin size="large" />;
  const notFound = q.error instanceof ApiError && q.error.status === 404;
  const d = q.data;
  const canWrite = user?.role === 'finance' || user?.role === 'filler';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        breadcrumb={[
          { title: <Link to="/disclosure">预算公开</Link> },
          { title: d ? `${d.orgName} ${d.year}年` : `${year}年` },
        ]}
        title="部门预算公开"
        tags={
          d && (
            <Tag color={d.status === 'published' ? 'green' : 'gold'}>
              {d.status === 'published'
                ? `已公开（第 ${d.publication?.version ?? 1} 版）`
                : d.publication
                  ? `已重新生成，未公开（公众仍看到第 ${d.publication.version} 版）`
                  : '已生成，未公开'}
            </Tag>
          )
        }
        subtitle={d && `${d.orgName} · ${d.year}年`}
        actions={
          <>
            <Link to={`/budget?org=${orgId}&year=${year}`}>
              <Button>预算数据</Button>
            </Link>
            {canWrite && (
              <Button
                onClick={() => run(() => disclosureApi.generate(orgId, year), '已重新生成')}
                loading={busy}
              >
                {d ? '重新生成' : '生成部门预算公开'}
              </Button>
            )}
            {user?.role === 'finance' && d && d.status !== 'published' && (
              <Popconfirm
                title="向社会公开本部门预算？"
                description="公开后社会公众即可在信息公开页面查看和下载。"
                okText="公开"
                cancelText="取消"
                onConfirm={() => run(() => disclosureApi.publish(orgId, year, d.generation), '已公开')}
              >
                <Button type="primary" loading={busy}>
                  公开
                </Button>
              </Popconfirm>
            )}
            {d?.publication && (
              <a href={`/public/disclosure/${orgId}/${year}`}>
                <Button>查看公开页面</Button>
              </a>
            )}
          </>
        }
      />
      <ErrorAlert error={error ?? (notFound ? null : q.error)} />
      {notFound && !d && (
        <Empty
          description={
            canWrite
              ? '尚未生成本年度的部门预算公开：先在“部门预算”中录入并保存预算，再点右上角“生成部门预算公开”'
              : '尚未生成本年度的部门预算公开'
          }
        />
      )}
      {d && (
        <>
          <DownloadLinks orgId={orgId} year={year} isPublic={false} />
          {/* The disclosure's and the budget's own findings decide publication; the forms' are shown apart. */}
          <BudgetFindings
            findings={d.findings.filter((f) => f.rule.startsWith('R-BUD') || f.formKind === 'disclosure')}
          />
          {d.findings.some((f) => !f.rule.startsWith('R-BUD') && f.formKind !== 'disclosure') && (
            <Collapse
              items={[
                {
                  key: 'forms',
                  label: `随附绩效目标表的审核发现（${d.findings.filter((f) => !f.rule.startsWith('R-BUD') && f.formKind !== 'disclosure').length} 项，不影响公开）`,
                  children: (
                    <BudgetFindings
                      findings={d.findings.filter(
                        (f) => !f.rule.startsWith('R-BUD') && f.formKind !== 'disclosure',
                      )}
                    />
                  ),
                },
              ]}
            />
          )}
          <Card size="small">
            <DisclosurePackage disclosure={d.disclosure} forms={d.forms} />
          </Card>
        </>
      )}
    </Space>
  );
}
