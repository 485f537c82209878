// The workflow record as a timeline: action, who, when, opinion and grade.
import { Timeline, Typography } from 'antd';
import type { Transition } from '../api/forms-api.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { statusLabel } from '../../../ui/status.ts';

export function HistoryTimeline({ items }: { items: Transition[] }) {
  if (items.length === 0) return <Typography.Text type="secondary">暂无流转记录</Typography.Text>;
  return (
    <Timeline
      items={items.map((t) => ({
        color: t.toStatus === 'returned' ? 'red' : 'blue',
        content: (
          <div>
            <div>
              {statusLabel(t.fromStatus)} → <b>{statusLabel(t.toStatus)}</b>
              {t.grade ? `（${t.grade}）` : ''}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.actorName ?? ''} {formatDateTime(t.createdAt)} · 第 {t.version} 版
            </Typography.Text>
            {t.opinion && <div className="pre">{t.opinion}</div>}
          </div>
        ),
      }))}
    />
  );
}
