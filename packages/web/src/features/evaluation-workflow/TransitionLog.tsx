// The record of a round's, an entry's or a self-evaluation's workflow steps (审核记录): who, when, what, opinion.
import type { EvaluationTransition } from '@jixiao/core/contracts';
import { Table } from 'antd';
import { formatDateTime } from '../../ui/format.ts';
import { actionLabel, statusLabel } from './labels.ts';

export function TransitionLog({ items, id }: { items: EvaluationTransition[]; id: string }) {
  if (items.length === 0) return null;
  return (
    <Table
      id={id}
      className="transition-log"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      title={() => '审核记录'}
      columns={[
        { title: '时间', render: (_, t) => formatDateTime(t.createdAt) },
        { title: '操作人', dataIndex: 'actorName' },
        { title: '操作', render: (_, t) => actionLabel(t.action) },
        { title: '状态', render: (_, t) => `${statusLabel(t.fromStatus)} → ${statusLabel(t.toStatus)}` },
        { title: '意见／原因', dataIndex: 'opinion' },
      ]}
    />
  );
}
