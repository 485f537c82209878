// One 检查报告: its progress while it runs, then every finding — sortable and filterable by unit, rule and
// severity, each opening its document's read text at its place — the documents (an unread one with its
// reason) and the units, the worst first; exported as .xlsx.
import { useMemo } from 'react';
import { Card, Col, Row, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { unitOfDocument, unitSummaries, worseFirst } from '@jixiao/core/contracts';
import {
  checkReportsApi,
  type BatchDocument,
  type BatchFinding,
} from '../features/check-reports/api/check-reports-api.ts';
import {
  SEVERITY_COLOR,
  SEVERITY_LABEL,
  SEVERITY_RANK,
  STATUS_LABEL,
  placeText,
} from '../features/check-reports/labels.ts';
import { DownloadButtons } from '../ui/DownloadButtons.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { BatchProgress } from './CheckReportsPage.tsx';

const unitOf = (d: BatchDocument) => unitOfDocument(d);
/** The documents as the report files order them: unread and worse first, then by name. */
const worseDocumentFirst = (x: BatchDocument, y: BatchDocument) =>
  worseFirst({ ...x, failed: x.error ? 1 : 0 }, { ...y, failed: y.error ? 1 : 0 }) ||
  x.name.localeCompare(y.name, 'zh-CN');
const distinct = (values: string[]) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((v) => ({ text: v, value: v }));

type FindingRow = BatchFinding & { unit: string; documentName: string };

export function CheckReportPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['check-batch', id],
    queryFn: () => checkReportsApi.get(id),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
  const b = q.data;
  const documents = useMemo(() => new Map((b?.documents ?? []).map((d) => [d.id, d])), [b]);
  const rows: FindingRow[] = useMemo(
    () =>
      (b?.findings ?? []).map((f) => {
        const d = documents.get(f.documentId)!;
        return { ...f, unit: unitOf(d), documentName: d.name };
      }),
    [b, documents],
  );
  const units = useMemo(() => unitSummaries(b?.documents ?? []), [b]);
  const sortedDocuments = useMemo(() => [...(b?.documents ?? [])].sort(worseDocumentFirst), [b]);
  const link = (f: BatchFinding, text: string) => (
    <Link to={`/check-reports/${id}/documents/${f.documentId}?finding=${f.id}`}>{text}</Link>
  );
  return (
    <>
      <PageHeader
        title="检查报告"
        tags={
          b && (
            <Tag color={b.status === 'failed' ? 'error' : b.status === 'running' ? 'processing' : 'success'}>
              {STATUS_LABEL[b.status]}
            </Tag>
          )
        }
        subtitle={b ? `${b.year}年度 · ${b.title}` : undefined}
        breadcrumb={[{ title: <Link to="/check-reports">检查报告</Link> }, { title: b?.title ?? '' }]}
        actions={
          b?.status === 'done' && (
            <DownloadButtons
              id="check-report-export"
              choices={[
                {
                  label: '导出 Excel',
                  path: checkReportsApi.reportPath(id),
                  fileName: `检查报告-${b.year}.xlsx`,
                },
              ]}
            />
          )
        }
      />
      <ErrorAlert error={q.error} />
      {b && (
        <Card style={{ marginBottom: 16 }} id="check-report-summary">
          <Row gutter={16}>
            <Col span={6}>
              <div style={{ color: '#666' }}>进度</div>
              <BatchProgress batch={b} />
              {b.status === 'failed' && (
                <Typography.Text type="danger">
                  检查在 {b.done}/{b.total} 处中断（服务曾停止）：请重新上传未检查的文件
                </Typography.Text>
              )}
            </Col>
            <Col span={4}>
              <Statistic title="未能读取" value={b.failed} />
            </Col>
            <Col span={4}>
              <Statistic title="错误" value={b.counts.error} valueStyle={{ color: '#cf1322' }} />
            </Col>
            <Col span={4}>
              <Statistic title="警告" value={b.counts.warning} valueStyle={{ color: '#ad8b00' }} />
            </Col>
            <Col span={4}>
              <Statistic title="提示" value={b.counts.info} />
            </Col>
          </Row>
        </Card>
      )}
      <Card loading={q.isLoading}>
        <Tabs
          items={[
            {
              key: 'findings',
              label: `审核发现（${rows.length}）`,
              children: (
                <Table<FindingRow>
                  id="check-findings"
                  rowKey="id"
                  size="small"
                  dataSource={rows}
                  pagination={{ pageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
                  columns={[
                    {
                      title: '单位',
                      dataIndex: 'unit',
                      width: 160,
                      filters: distinct(rows.map((r) => r.unit)),
                      onFilter: (v, r) => r.unit === v,
                      sorter: (x, y) => x.unit.localeCompare(y.unit, 'zh-CN'),
                    },
                    {
                      title: '级别',
                      dataIndex: 'severity',
                      width: 80,
                      filters: (['error', 'warning', 'info'] as const).map((s) => ({
                        text: SEVERITY_LABEL[s],
                        value: s,
                      })),
                      onFilter: (v, r) => r.severity === v,
                      sorter: (x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity],
                      defaultSortOrder: 'ascend',
                      render: (_, r) => (
                        <Tag color={SEVERITY_COLOR[r.severity]}>{SEVERITY_LABEL[r.severity]}</Tag>
                      ),
                    },
                    {
                      title: '规则',
                      dataIndex: 'rule',
                      width: 110,
                      filters: distinct(rows.map((r) => r.rule)),
                      onFilter: (v, r) => r.rule === v,
                      sorter: (x, y) => x.rule.localeCompare(y.rule),
                    },
                    { title: '审核意见', dataIndex: 'message' },
                    {
                      title: '文件 · 位置',
                      width: 260,
                      sorter: (x, y) => x.documentName.localeCompare(y.documentName, 'zh-CN'),
                      render: (_, r) => (
                        <>
                          <div style={{ wordBreak: 'break-all' }}>{r.documentName}</div>
                          {link(r, placeText(r.place))}
                        </>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'documents',
              label: `文件（${b?.documents.length ?? 0}）`,
              children: (
                <Table<BatchDocument>
                  id="check-documents"
                  rowKey="id"
                  size="small"
                  dataSource={sortedDocuments}
                  pagination={{ pageSize: 50, hideOnSinglePage: true }}
                  columns={[
                    {
                      title: '文件',
                      render: (_, d) =>
                        d.error ? (
                          d.name
                        ) : (
                          <Link to={`/check-reports/${id}/documents/${d.id}`}>{d.name}</Link>
                        ),
                    },
                    {
                      title: '单位',
                      render: (_, d) => unitOf(d),
                      filters: distinct(sortedDocuments.map(unitOf)),
                      onFilter: (v, d) => unitOf(d) === v,
                    },
                    { title: '读出的表', width: 360, render: (_, d) => d.titles.join('；') },
                    {
                      title: '错误',
                      width: 64,
                      render: (_, d) => d.counts.error,
                      sorter: (x, y) => x.counts.error - y.counts.error,
                      align: 'right',
                    },
                    {
                      title: '警告',
                      width: 64,
                      render: (_, d) => d.counts.warning,
                      sorter: (x, y) => x.counts.warning - y.counts.warning,
                      align: 'right',
                    },
                    { title: '提示', width: 64, render: (_, d) => d.counts.info, align: 'right' },
                    {
                      title: '读取结果',
                      render: (_, d) =>
                        d.error ? (
                          <Typography.Text type="danger">
                            未能读取：{d.error.message}（{d.error.code}）
                          </Typography.Text>
                        ) : (
                          '已读取并审核'
                        ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'units',
              label: `单位（${units.length}）`,
              children: (
                <Table
                  id="check-units"
                  rowKey="unit"
                  size="small"
                  pagination={false}
                  dataSource={units}
                  columns={[
                    { title: '单位', dataIndex: 'unit' },
                    { title: '文件数', dataIndex: 'documents', align: 'right' },
                    { title: '未能读取', dataIndex: 'failed', align: 'right' },
                    { title: '错误', render: (_, u) => u.counts.error, align: 'right' },
                    { title: '警告', render: (_, u) => u.counts.warning, align: 'right' },
                    { title: '提示', render: (_, u) => u.counts.info, align: 'right' },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
