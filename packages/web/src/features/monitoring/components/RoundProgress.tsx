// 填报进度: per department and unit, how many tables are submitted and which are not yet — so that
// finance and the 主管部门 know whom to chase before closing the round.
import { Progress, Table } from 'antd';
import type { ProgressDepartment } from '../api/monitoring-api.ts';
import { RemindButton } from '../../reminders/components/RemindButton.tsx';
import { UnitNotSubmitted } from './UnitNotSubmitted.tsx';

export function RoundProgress({
  roundId,
  progress,
  remind,
}: {
  roundId: string;
  progress: ProgressDepartment[];
  /** The open round whose laggards finance or the 主管部门 may remind (催报). */
  remind?: { roundId: string; year: number } | undefined;
}) {
  const rows = progress.flatMap((d) =>
    d.units.map((u, i) => ({ key: `${d.departmentId}/${u.orgId}`, dept: d, unit: u, first: i === 0 })),
  );
  const behind = rows.filter((r) => r.unit.submitted < r.unit.entries).map((r) => r.unit);
  return (
    <Table
      id="round-progress"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      title={() => (
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <span>填报进度（已提交／未提交；未填报为单位尚未开始填写）</span>
          {remind && (
            <RemindButton
              request={{
                kind: 'monitoring',
                year: remind.year,
                roundId: remind.roundId,
                orgIds: behind.map((u) => u.orgId),
              }}
              units={behind.map((u) => u.orgName)}
            />
          )}
        </div>
      )}
      columns={[
        {
          title: '主管部门',
          onCell: (r) => ({ rowSpan: r.first ? r.dept.units.length : 0 }),
          render: (_, r) => (
            <>
              {r.dept.department}
              <Progress
                size="small"
                percent={Math.round((r.dept.submitted / Math.max(r.dept.entries, 1)) * 100)}
                format={() => `${r.dept.submitted}/${r.dept.entries}`}
              />
              {r.dept.unfilled > 0 && <div className="dept-unfilled">未填报 {r.dept.unfilled}</div>}
            </>
          ),
        },
        { title: '单位', render: (_, r) => r.unit.orgName },
        { title: '项目数', align: 'right', render: (_, r) => r.unit.entries },
        { title: '未填报', align: 'right', render: (_, r) => r.unit.unfilled },
        { title: '已提交', align: 'right', render: (_, r) => r.unit.submitted },
        {
          title: '未提交项目',
          render: (_, r) => (
            <UnitNotSubmitted
              roundId={roundId}
              orgId={r.unit.orgId}
              count={r.unit.entries - r.unit.submitted}
            />
          ),
        },
      ]}
    />
  );
}
