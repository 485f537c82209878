// A list of forms: name, unit, year, status, 预算 in 万元, last change; the name opens the right page.
import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import { formatDateTime, formatWan } from '../../../ui/format.ts';
import { KIND_LABELS } from '../../../ui/status.ts';
import { formYearText } from '../../../ui/form-year.ts';
import { formLink, type FormListItem } from '../utils/status-summary.ts';

export function FormsTable({
  items,
  role,
  loading,
  empty,
  selection,
}: {
  items: FormListItem[];
  role: string;
  loading?: boolean;
  empty?: string;
  /** Rows can be ticked for a batch action. */
  selection?: { selected: string[]; onChange: (ids: string[]) => void } | undefined;
}) {
  return (
    <Table<FormListItem>
      size="small"
      bordered
      rowKey="id"
      loading={loading}
      rowSelection={
        selection && {
          selectedRowKeys: selection.selected,
          onChange: (keys) => selection.onChange(keys.map(String)),
          // Ticking the header selects every row of the tab, not only the page shown.
          preserveSelectedRowKeys: true,
        }
      }
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: empty ?? '暂无表单' }}
      scroll={{ x: 760 }}
      columns={[
        {
          title: '名称',
          dataIndex: 'name',
          render: (name: string, item) => <Link to={formLink(role, item)}>{name || '（未命名）'}</Link>,
        },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 190,
          render: (k: string, item) => `${KIND_LABELS[k] ?? k}${item.formType ? `（${item.formType}）` : ''}`,
        },
        { title: '单位', dataIndex: 'orgName', width: 200, ellipsis: true },
        {
          title: '年度',
          dataIndex: 'year',
          width: 90,
          align: 'center',
          render: (y: number | null) =>
            y ? formYearText(y) : <Typography.Text type="warning">{formYearText(y)}</Typography.Text>,
        },
        {
          title: '预算（万元）',
          dataIndex: 'budgetTotal',
          width: 120,
          align: 'right',
          render: (v: string | null | undefined) => <span className="money">{formatWan(v)}</span>,
        },
        { title: '状态', dataIndex: 'status', width: 130, render: (s: string) => <StatusTag status={s} /> },
        {
          title: '更新时间',
          dataIndex: 'updatedAt',
          width: 150,
          render: (d: string) => <Typography.Text type="secondary">{formatDateTime(d)}</Typography.Text>,
        },
      ]}
    />
  );
}
