// The projects of one round with their lights: finance and reviewers see the warnings by unit, a unit
// opens its tables to fill them.
import { Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { EntrySummary } from '../api/monitoring-api.ts';
import { LightTag } from './LightTag.tsx';
import { statusColor, statusLabel } from '../../evaluation-workflow/labels.ts';

function percent(rate: string | null) {
  return rate === null ? '' : `${(Number(rate) * 100).toFixed(2)}%`;
}

export function RoundEntries({ entries, loading }: { entries: EntrySummary[]; loading: boolean }) {
  return (
    <Table
      id="round-entries"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      pagination={false}
      columns={[
        {
          title: '项目名称',
          render: (_, e) => (
            <>
              <Link to={`/monitoring/entries/${e.id}`}>{e.projectName}</Link>
              {e.projectCode && (
                <div style={{ color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 }}>{e.projectCode}</div>
              )}
            </>
          ),
        },
        { title: '单位', dataIndex: 'orgName' },
        {
          title: '填报',
          render: (_, e) => <Tag color={statusColor(e.status)}>{statusLabel(e.status)}</Tag>,
        },
        { title: '预算执行率', render: (_, e) => percent(e.executionRate), align: 'right' },
        {
          title: '预算执行预警',
          render: (_, e) => <LightTag light={e.budgetLight} unreported={e.status === 'unfilled'} />,
        },
        {
          title: '综合预警',
          render: (_, e) => <LightTag light={e.worstLight} unreported={e.status === 'unfilled'} />,
        },
        { title: '红灯/黄灯', render: (_, e) => `${e.redCount} / ${e.yellowCount}` },
      ]}
    />
  );
}
