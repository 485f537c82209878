// The forms behind a chart: name (opens the right page for the role), department, status, budget,
// indicators quantified and findings.
import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import { formatWan } from '../../../ui/format.ts';
import { formLink } from '../../workbench/utils/status-summary.ts';
import type { DashboardForm } from '../api/dashboards-api.ts';

export function DashboardFormsTable({ forms, role }: { forms: DashboardForm[]; role: string }) {
  return (
    <Table<DashboardForm>
      id="dashboard-forms"
      size="small"
      bordered
      rowKey="id"
      dataSource={forms}
      pagination={forms.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      locale={{ emptyText: '没有符合条件的表单' }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: '名称',
          dataIndex: 'name',
          ellipsis: true,
          render: (name: string, f) => <Link to={formLink(role, f)}>{name || '（未命名）'}</Link>,
        },
        {
          title: '部门 / 单位',
          dataIndex: 'group',
          width: 220,
          ellipsis: true,
          // A department's own forms belong to “X（本级）”: the department's name says it.
          render: (g: string, f) => {
            const unit = f.orgName.replace(/[（(]本级[）)]$/, '');
            return unit === g ? g : `${g} · ${unit}`;
          },
        },
        { title: '状态', dataIndex: 'status', width: 130, render: (s: string) => <StatusTag status={s} /> },
        {
          title: '预算（万元）',
          dataIndex: 'budgetTotal',
          width: 120,
          align: 'right',
          render: (v: string | null, f) => formatWan(f.approvedTotal ?? v),
        },
        {
          title: '量化指标',
          width: 100,
          align: 'right',
          render: (_: unknown, f) => (f.indicators ? `${f.quantified}/${f.indicators}` : '—'),
        },
        { title: '问题', width: 70, align: 'right', render: (_: unknown, f) => f.rules.length },
      ]}
    />
  );
}
