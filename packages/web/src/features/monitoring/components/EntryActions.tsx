// The unit's 提交／撤回 of its monitoring table, and the state it is in (read-only once submitted or closed).
import { Alert, Button, Space, Tag } from 'antd';
import type { EntryView } from '../api/monitoring-api.ts';
import { useEntryWorkflow } from '../hooks/use-monitoring-workflow.ts';
import { statusColor, statusLabel } from '../../evaluation-workflow/labels.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

export function EntryActions({ view, own }: { view: EntryView; own: boolean }) {
  const mark = useEntryWorkflow(view.entry.id, view.entry.version);
  const closed = view.round.status !== 'open';
  const status = view.entry.status;
  return (
    <div style={{ marginBottom: 12 }}>
      <Space>
        <Tag id="entry-status" color={statusColor(status)}>
          {statusLabel(status)}
        </Tag>
        {own && !closed && status !== 'submitted' && (
          <Button
            id="submit-entry"
            type="primary"
            disabled={status !== 'filled' && status !== 'returned'}
            loading={mark.isPending}
            onClick={() => mark.mutate('submit')}
          >
            提交
          </Button>
        )}
        {own && !closed && status === 'submitted' && (
          <Button id="withdraw-entry" loading={mark.isPending} onClick={() => mark.mutate('withdraw')}>
            撤回修改
          </Button>
        )}
      </Space>
      {closed && (
        <Alert
          id="entry-readonly"
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          message="本轮监控已关闭，监控表只读。"
        />
      )}
      {!closed && status === 'returned' && (
        <Alert
          id="entry-returned"
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          message={`财政部门重新开启本轮监控并退回本表：${view.reopened?.reason ?? ''}`}
          description="请按原因修改后保存并重新提交。"
        />
      )}
      {!closed && status !== 'returned' && view.reopened && (
        <Alert
          id="entry-reopened"
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          message={`财政部门已重新开启本轮监控：${view.reopened.reason}`}
          description={status === 'submitted' ? '本表仍为已提交；如需修改请先撤回。' : undefined}
        />
      )}
      {!closed && status === 'submitted' && !view.reopened && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          message="已提交，监控表只读；如需修改请撤回。"
        />
      )}
      <ErrorAlert error={mark.error} />
    </div>
  );
}
