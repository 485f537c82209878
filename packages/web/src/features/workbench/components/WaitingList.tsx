// 待我处理: every kind of waiting work (forms, monitoring tables, self-evaluations, rounds to chase) in one
// table; each row opens the page where its next step is taken.
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import type { WaitingItem } from '../api/work-api.ts';
import { WAITING_KIND_LABELS, waitingLink, waitingStatus } from '../utils/waiting-links.ts';

export function WaitingList({
  items,
  role,
  loading,
  empty,
}: {
  items: WaitingItem[];
  role: string;
  loading: boolean;
  empty: string;
}) {
  return (
    <Table<WaitingItem>
      id="waiting-list"
      size="small"
      bordered
      rowKey={(i) => `${i.kind}/${i.id}`}
      loading={loading}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      scroll={{ x: 760 }}
      columns={[
        {
          title: '事项',
          dataIndex: 'title',
          render: (title: string, item) => <Link to={waitingLink(role, item)}>{title || '（未命名）'}</Link>,
        },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 130,
          render: (k: WaitingItem['kind']) => WAITING_KIND_LABELS[k],
        },
        { title: '说明', dataIndex: 'detail', width: 230, ellipsis: true },
        { title: '单位', dataIndex: 'orgName', width: 180, ellipsis: true },
        {
          title: '状态',
          width: 120,
          render: (_, item) => (
            <Tag color={item.status === 'returned' ? 'red' : undefined}>{waitingStatus(item)}</Tag>
          ),
        },
        {
          title: '时间',
          dataIndex: 'at',
          width: 150,
          render: (d: string) => <Typography.Text type="secondary">{formatDateTime(d)}</Typography.Text>,
        },
      ]}
    />
  );
}
