// The side panel of the editor: counts by severity and the findings list; a click jumps to the field.
import { Card, Space, Typography } from 'antd';
import type { Finding } from '@jixiao/core';
import { FindingList, SeverityTag } from '../../forms/components/FindingList.tsx';
import { countBySeverity } from '../../forms/utils/finding-paths.ts';
import { jumpToField } from '../../forms/utils/jump-to-field.ts';

export function FindingsPanel({
  findings,
  checking,
  title = '审核规则检查',
}: {
  findings: Finding[];
  checking?: boolean;
  title?: string;
}) {
  const counts = countBySeverity(findings);
  return (
    <Card
      size="small"
      className="findings-panel"
      id="findings-panel"
      title={
        <Space>
          <span>{title}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {checking ? '检查中…' : '随填随查'}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space size={2}>
          <SeverityTag severity="error" />
          {counts.error}
          <SeverityTag severity="warning" />
          {counts.warning}
          <SeverityTag severity="info" />
          {counts.info}
        </Space>
      }
    >
      <FindingList
        findings={findings}
        onJump={jumpToField}
        emptyText={checking ? '检查中…' : '未发现问题，可以提交'}
      />
    </Card>
  );
}
