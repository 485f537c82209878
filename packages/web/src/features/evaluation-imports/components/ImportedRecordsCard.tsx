// 导入的自评表和监控表: the tables kept as records of their own (no approved project to attach them to).
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ImportedRecord } from '../api/evaluation-imports-api.ts';
import { useImportedRecords } from '../hooks/use-imported-records.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LoadMore } from '../../../ui/LoadMore.tsx';
import { formatDateTime } from '../../../ui/format.ts';

export function ImportedRecordsCard() {
  const records = useImportedRecords();
  const items = records.items;
  if (!records.error && items.length === 0) return null;
  return (
    <Card title="作为独立记录导入的自评表和监控表" id="imported-records">
      <ErrorAlert error={records.error} />
      <Table<ImportedRecord>
        size="small"
        rowKey="id"
        dataSource={items}
        pagination={false}
        columns={[
          {
            title: '项目名称',
            render: (_, r) => <Link to={`/evaluation-imports/${r.id}`}>{r.name}</Link>,
          },
          {
            title: '表',
            render: (_, r) => <Tag>{r.kind === 'monitoring' ? '监控表' : '自评表'}</Tag>,
          },
          { title: '年度', dataIndex: 'year', render: (y: number | null) => y ?? '—' },
          { title: '单位', dataIndex: 'orgName' },
          { title: '文件', dataIndex: 'fileName' },
          { title: '导入时间', dataIndex: 'createdAt', render: (d: string) => formatDateTime(d) },
        ]}
      />
      <LoadMore shown={items.length} pages={records} />
    </Card>
  );
}
