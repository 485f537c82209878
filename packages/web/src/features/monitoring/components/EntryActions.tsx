// The unit's 提交／撤回 of its monitoring table, and the state it is in (read-only once submitted or closed).
import { Alert, Button, Space, Tag } from 'antd';
import type { EntryView } from '../api/monitoring-api.ts';
import { useEntryWorkflow } from '../hooks/use-monitoring-workflow.ts';
import { statusColor, statusLabel } from '../../evaluation-workflow/labels.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

export function EntryActions({ view, own }: { view: EntryView; own: boolean }) {
  const mark = useEntryWorkflow(view.entry.id);
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
            disabled={status !== 'filled'}
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
      {!closed && status === 'submitted' && (
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
