// The warnings and gaps of a monitoring table (R-MON-01…04), worst first, each saying what to do.
import { Alert, List, Tag } from 'antd';
import type { Finding } from '@jixiao/core';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const LOOK = { error: ['red', '须补充'], warning: ['volcano', '红灯预警'], info: ['gold', '提示'] } as const;

/** `unreported`: indicators (and, while never saved, the budget) not filled in yet — 未填报 is not green. */
export function MonitoringFindings({
  findings,
  unreported,
}: {
  findings: Finding[];
  unreported: { indicators: number; budget: boolean };
}) {
  const pending = unreported.indicators > 0 || unreported.budget;
  const note = pending && (
    <Alert
      id="monitoring-unreported"
      type="info"
      showIcon
      style={{ marginBottom: 8 }}
      title={`尚未填报：${unreported.budget ? '预算执行数、' : ''}${unreported.indicators} 项指标。填写并保存后自动计算预警。`}
    />
  );
  if (findings.length === 0)
    return note || <Alert type="success" showIcon title="各项指标与预算执行均为绿灯" />;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <>
      {note}
      <List
        id="monitoring-findings"
        size="small"
        bordered
        header="预警与待完善事项（由填报数值自动计算）"
        dataSource={sorted}
        renderItem={(f) => (
          <List.Item className={`finding-item sev-${f.severity}`}>
            <Tag color={LOOK[f.severity][0]}>{LOOK[f.severity][1]}</Tag>
            <span>{f.message}</span>
          </List.Item>
        )}
      />
    </>
  );
}
