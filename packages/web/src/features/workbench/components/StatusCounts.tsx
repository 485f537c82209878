// Counts of forms by status, as a row of figures and a bar chart.
import { useMemo } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import { EChart } from '../../../ui/EChart.tsx';
import { STATUS_LABELS, STATUS_ORDER, type FormStatus } from '../../../ui/status.ts';
import { buildStatusChartOption } from '../utils/status-chart.ts';

export function StatusCounts({ counts }: { counts: Record<FormStatus, number> }) {
  const option = useMemo(() => buildStatusChartOption(counts), [counts]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title="按状态统计" size="small" className="status-figures">
          <Row gutter={[8, 16]}>
            {STATUS_ORDER.map((s) => (
              <Col span={8} key={s}>
                <Statistic title={STATUS_LABELS[s]} value={counts[s]} suffix="份" />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="流转状态分布" size="small">
          <EChart option={option} height={170} label="各状态表单数量柱状图" />
        </Card>
      </Col>
    </Row>
  );
}
