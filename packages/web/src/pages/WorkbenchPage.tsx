// 工作台: my forms by status, the counts, and what waits for me.
import { useMemo } from 'react';
import { Button, Card, Space } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { useFormList } from '../features/forms/hooks/use-form-list.ts';
import { FormsTable } from '../features/workbench/components/FormsTable.tsx';
import { StatusCounts } from '../features/workbench/components/StatusCounts.tsx';
import { countByStatus } from '../features/workbench/utils/status-summary.ts';
import { RemindersBanner } from '../features/reminders/components/RemindersBanner.tsx';
import { WaitingList } from '../features/workbench/components/WaitingList.tsx';
import { useWaiting } from '../features/workbench/hooks/use-waiting.ts';
import { waitingSummary } from '../features/workbench/utils/waiting-links.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { yearText } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const WAITING_TITLES: Record<string, string> = {
  filler: '待我处理',
  reviewer: '待我审核',
  finance: '待我批复、公开或催报',
};

const WAITING_EMPTY: Record<string, string> = {
  filler: '没有等待您处理的事项：草稿、被退回的表单、监控表和自评表会列在这里',
  reviewer: '没有等待您审核的事项：下属单位提交的表单和自评表会列在这里',
  finance: '没有等待您处理的事项：待批复、待公开的表单，待确认的自评表和未交齐的监控轮次会列在这里',
};

export function WorkbenchPage() {
  const { user, year } = useSession();
  // Administrators manage organisations and accounts; they hold no forms.
  const list = useFormList({ year }, user?.role !== 'admin');
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const counts = useMemo(() => countByStatus(items), [items]);
  const role = user?.role ?? 'filler';
  const waitingQuery = useWaiting(year, role !== 'admin');
  const allWaiting = useMemo(() => waitingQuery.data?.items ?? [], [waitingQuery.data]);
  const reminders = allWaiting.filter((i) => i.kind === 'reminder');
  const waiting = allWaiting.filter((i) => i.kind !== 'reminder');
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
      <ErrorAlert error={list.error ?? waitingQuery.error} />
      <RemindersBanner reminders={reminders} />
      <StatusCounts counts={counts} />
      <Card
        title={`${WAITING_TITLES[role] ?? '待我处理'}（${waiting.length}）`}
        extra={waiting.length > 0 && <span id="waiting-summary">{waitingSummary(waiting)}</span>}
        size="small"
        id="waiting"
      >
        <WaitingList
          items={waiting}
          role={role}
          loading={waitingQuery.isLoading}
          empty={WAITING_EMPTY[role] ?? '没有等待您处理的事项'}
        />
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
