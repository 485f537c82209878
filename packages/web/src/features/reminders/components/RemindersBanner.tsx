// 催报通知 for the unit: what finance or the 主管部门 is waiting for, with 知道了 to put it away.
import { Alert, Button, Space } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import type { WaitingItem } from '../../workbench/api/work-api.ts';
import { useMarkReminderRead } from '../hooks/use-reminders.ts';

export function RemindersBanner({ reminders }: { reminders: WaitingItem[] }) {
  const markRead = useMarkReminderRead();
  if (reminders.length === 0) return null;
  return (
    <Space id="reminders" orientation="vertical" style={{ width: '100%' }}>
      {reminders.map((r) => (
        <Alert
          key={r.id}
          className="reminder"
          type="warning"
          showIcon
          message={
            <>
              催报：{r.title}{' '}
              <Link to={r.status === 'self-evaluation' ? '/self-evaluations' : '/monitoring'}>去填报</Link>
            </>
          }
          description={`${r.detail ?? ''}（${formatDateTime(r.at)}）`}
          action={
            <Button
              size="small"
              loading={markRead.isPending && markRead.variables === r.id}
              onClick={() => markRead.mutate(r.id)}
            >
              知道了
            </Button>
          }
        />
      ))}
    </Space>
  );
}
