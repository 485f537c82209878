// 工作台: my forms by status, the counts, and what waits for me.
import { useMemo } from 'react';
import { Button, Card, Space } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { useFormList } from '../features/forms/hooks/use-form-list.ts';
import { FormsTable } from '../features/workbench/components/FormsTable.tsx';
import { StatusCounts } from '../features/workbench/components/StatusCounts.tsx';
import { countByStatus, waitingFor } from '../features/workbench/utils/status-summary.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { yearText } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const WAITING_TITLES: Record<string, string> = {
  filler: '待我处理：草稿与被退回的表单',
  reviewer: '待我审核：下属单位已提交的表单',
  finance: '待我批复或公开',
  admin: '待我处理',
};

export function WorkbenchPage() {
  const { user, year } = useSession();
  // Administrators manage organisations and accounts; they hold no forms.
  const list = useFormList({ year }, user?.role !== 'admin');
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const counts = useMemo(() => countByStatus(items), [items]);
  const role = user?.role ?? 'filler';
  const waiting = useMemo(() => waitingFor(role, items), [role, items]);
  if (role === 'admin') return <Navigate to="/admin" replace />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader
        title="工作台"
        subtitle={yearText(year)}
        actions={
          role === 'filler' && (
            <>
              <Link to="/forms/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  新建项目绩效目标
                </Button>
              </Link>
              <Link to="/import">
                <Button icon={<UploadOutlined />}>导入 Word/Excel/PDF</Button>
              </Link>
            </>
          )
        }
      />
      <ErrorAlert error={list.error} />
      <StatusCounts counts={counts} />
      <Card title={`${WAITING_TITLES[role] ?? '待我处理'}（${waiting.length}）`} size="small" id="waiting">
        <FormsTable items={waiting} role={role} loading={list.isLoading} empty="没有等待您处理的表单" />
      </Card>
      <Card title={`全部表单（${list.data?.total ?? 0}）`} size="small">
        <FormsTable
          items={items}
          role={role}
          loading={list.isLoading}
          empty={
            role === 'filler'
              ? '还没有表单：点击右上角“新建项目绩效目标”，或“导入”已有的 Word/Excel/PDF 文件'
              : '本年度还没有表单：各单位保存或提交后会列在这里'
          }
        />
      </Card>
    </Space>
  );
}
