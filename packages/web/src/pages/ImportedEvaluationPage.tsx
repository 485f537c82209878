// 导入记录: a 自评表 or 监控表 kept as a record of its own, shown as it was read (official-form style).
import { Card, Descriptions, Table } from 'antd';
import { useParams } from 'react-router-dom';
import type { MonitoringDocumentIndicator, SelfEvaluationDocumentIndicator } from '@jixiao/core';
import type { ImportedDocument } from '../features/evaluation-imports/api/evaluation-imports-api.ts';
import { useImportedRecord } from '../features/evaluation-imports/hooks/use-imported-records.ts';
import { monitoringColumns } from '../features/evaluation-imports/utils/monitoring-columns.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { formatDateTime } from '../ui/format.ts';

/** A row of either table: the columns only the other kind has read as absent (shown as —). */
type Row = ImportedDocument['indicators'][number] &
  Partial<SelfEvaluationDocumentIndicator> &
  Partial<MonitoringDocumentIndicator>;

const text = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** The executed amount's label: a 监控表's as its period prints it (1—7月执行数), never a placeholder. */
function executedLabel(doc: ImportedDocument): string {
  if (doc.kind !== 'monitoring') return '全年执行数（万元）';
  return doc.period ? `${doc.period}执行数（万元）` : '截至监控时执行数（万元）';
}

export function ImportedEvaluationPage() {
  const { id = '' } = useParams();
  const q = useImportedRecord(id);
  const doc = q.data?.document;
  const record = q.data?.record;
  const monitoring = doc?.kind === 'monitoring';
  return (
    <>
      <PageHeader
        title={record?.name ?? '导入记录'}
        subtitle={
          record
            ? `${monitoring ? '绩效运行监控表' : '绩效自评表'} 导入自 ${record.fileName ?? '—'}，${formatDateTime(record.createdAt)}`
            : null
        }
        breadcrumb={[{ title: '导入' }, { title: '导入记录' }]}
      />
      <ErrorAlert error={q.error} />
      {doc && (
        <Card
          className="official-sheet"
          title={doc.title ?? (monitoring ? '项目支出绩效运行监控表' : '项目支出绩效自评表')}
        >
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="项目名称">{text(doc.name)}</Descriptions.Item>
            <Descriptions.Item label="年度">
              {text(doc.year)}
              {doc.kind === 'monitoring' && doc.period ? ` ${doc.period}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="主管部门">{text(doc.department)}</Descriptions.Item>
            <Descriptions.Item label="实施单位">{text(doc.unit)}</Descriptions.Item>
            <Descriptions.Item label="全年预算数（万元）">
              {text(doc.budget.annual ?? doc.budget.initial)}
            </Descriptions.Item>
            <Descriptions.Item label={executedLabel(doc)}>{text(doc.budget.executed)}</Descriptions.Item>
            {doc.kind === 'monitoring' && doc.budget.deviationReason && (
              <Descriptions.Item label="预算执行偏差原因" span={2}>
                {doc.budget.deviationReason}
              </Descriptions.Item>
            )}
            {!monitoring && <Descriptions.Item label="总分">{text(doc.total)}</Descriptions.Item>}
            {!monitoring && <Descriptions.Item label="自评等级">{text(doc.grade)}</Descriptions.Item>}
            {doc.kind === 'monitoring' && doc.deviationReason && (
              <Descriptions.Item label="偏差原因分析" span={2}>
                {doc.deviationReason}
              </Descriptions.Item>
            )}
            {doc.kind === 'monitoring' && doc.measures && (
              <Descriptions.Item label="改进措施" span={2}>
                {doc.measures}
              </Descriptions.Item>
            )}
          </Descriptions>
          {doc.kind === 'self-evaluation' && doc.goals.length > 0 && (
            <Table
              id="imported-goals"
              size="small"
              bordered
              pagination={false}
              style={{ marginBottom: 16 }}
              rowKey={(_, i) => String(i)}
              dataSource={doc.goals}
              columns={[
                { title: '年度总体目标：预期目标', dataIndex: 'expected', render: text },
                { title: '实际完成情况', dataIndex: 'achieved', render: text },
              ]}
            />
          )}
          <Table<Row>
            id="imported-indicators"
            size="small"
            bordered
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={doc.indicators}
            columns={[
              { title: '一级指标', dataIndex: 'level1', render: text },
              { title: '二级指标', dataIndex: 'level2', render: text },
              { title: '三级指标', dataIndex: 'name' },
              { title: '年度指标值', render: (_, r) => r.target.raw },
              ...(doc.kind === 'monitoring'
                ? monitoringColumns(doc.indicators).map((c) => ({
                    title: c.title,
                    render: (_: unknown, r: Row) => text(c.value(r)),
                  }))
                : [
                    { title: '实际完成值', render: (_: unknown, r: Row) => text(r.actual?.raw) },
                    { title: '分值', render: (_: unknown, r: Row) => text(r.weight) },
                    { title: '得分', render: (_: unknown, r: Row) => text(r.score) },
                    { title: '偏差原因', dataIndex: 'deviationReason', render: text },
                  ]),
            ]}
          />
        </Card>
      )}
    </>
  );
}
