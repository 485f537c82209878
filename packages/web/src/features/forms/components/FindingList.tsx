// The findings of the checks as a list: severity, rule id, message; a click jumps to the field.
import { Empty, List, Tag, Typography } from 'antd';
import type { Finding } from '@jixiao/core';
import { SEVERITY_LABELS } from '../utils/finding-paths.ts';

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function SeverityTag({ severity }: { severity: Finding['severity'] }) {
  return <Tag color={COLORS[severity]}>{SEVERITY_LABELS[severity]}</Tag>;
}

export function FindingList({
  findings,
  onJump,
  emptyText,
}: {
  findings: readonly Finding[];
  onJump?: (path: string) => void;
  emptyText?: string;
}) {
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? '未发现问题'} />;
  return (
    <List
      size="small"
      className="finding-list"
      dataSource={[...findings]}
      renderItem={(f, i) => (
        <List.Item
          key={`${f.rule}-${f.path}-${i}`}
          className={`finding-item sev-${f.severity}${onJump ? ' clickable' : ''}`}
          onClick={onJump ? () => onJump(f.path) : undefined}
          tabIndex={onJump ? 0 : undefined}
          onKeyDown={onJump ? (e) => e.key === 'Enter' && onJump(f.path) : undefined}
        >
          <div>
            <SeverityTag severity={f.severity} />
            <Typography.Text type="secondary" className="finding-rule">
              {f.rule}
            </Typography.Text>
            <div className="finding-message">{f.message}</div>
          </div>
        </List.Item>
      )}
    />
  );
}
