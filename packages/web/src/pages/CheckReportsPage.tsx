// 检查报告 (finance): upload a region's published documents — many files or a .zip — for the year; each
// upload becomes a batch checked in the background, listed here with its progress until it is done.
import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Progress, Space, Table, Tag, Upload, type UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { checkReportsApi, type BatchSummary } from '../features/check-reports/api/check-reports-api.ts';
import { STATUS_LABEL } from '../features/check-reports/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { errorText } from '../ui/error-text.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { LoadMore } from '../ui/LoadMore.tsx';
import { useCursorList } from '../api/use-cursor-list.ts';

const statusColor = { running: 'processing', done: 'success', failed: 'error' } as const;

export function BatchProgress({ batch }: { batch: BatchSummary }) {
  const percent = batch.total === 0 ? 100 : Math.floor((batch.done / batch.total) * 100);
  return (
    <Progress
      className="batch-progress"
      percent={percent}
      size="small"
      status={batch.status === 'failed' ? 'exception' : batch.status === 'running' ? 'active' : 'success'}
      format={() => `${batch.done}/${batch.total}`}
    />
  );
}

export function CheckReportsPage() {
  const { year: chosen } = useSession();
  const year = chosen ?? new Date().getFullYear();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const list = useCursorList(['check-batches', year, 'list'], (cursor) => checkReportsApi.list(year, cursor));
  // Only the running batches are polled (a few rows), not every page read so far.
  const running = useQuery({
    queryKey: ['check-batches', year, 'running'],
    queryFn: () => checkReportsApi.running(year),
    refetchInterval: (q) => ((q.state.data?.length ?? 0) > 0 ? 1000 : false),
  });
  const rows = useMemo(() => {
    const now = new Map((running.data ?? []).map((b) => [b.id, b]));
    return list.items.map((b) => now.get(b.id) ?? b);
  }, [list.items, running.data]);
  // A batch shown running that is no longer among the running ones has ended: its row is read again.
  const ended =
    running.isFetched &&
    rows.some((b) => b.status === 'running' && !running.data?.some((r) => r.id === b.id));
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: ['check-batches', year, 'list'] });
  }, [ended, queryClient, year]);
  const start = useMutation({
    // The items are the files the browser gave beforeUpload (antd's RcFile is a File with a uid).
    mutationFn: () =>
      checkReportsApi.upload(
        year,
        files.map((f) => f as unknown as File),
      ),
    onSuccess: (batch) => {
      setFiles([]);
      void queryClient.invalidateQueries({ queryKey: ['check-batches', year] });
      navigate(`/check-reports/${batch.id}`);
    },
    onError: (e) => message.error(errorText(e)),
  });
  return (
    <>
      <PageHeader
        title="检查报告"
        subtitle={`${year}年度 · 批量审核各单位公开的绩效自评表、目标表与部门预算公开`}
      />
      <Card title="上传文件" style={{ marginBottom: 16 }}>
        <Upload.Dragger
          id="check-upload"
          multiple
          fileList={files}
          beforeUpload={(file) => {
            setFiles((prev) => [...prev, file]);
            return false; // kept here until 开始检查
          }}
          onRemove={(file) => setFiles((prev) => prev.filter((f) => f.uid !== file.uid))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入文件：可多选，也可上传 .zip 压缩包</p>
          <p className="ant-upload-hint">
            支持 Word、Excel、PDF、网页和文本；损坏或无法识别的文件会在报告中单独列出，其余照常检查
          </p>
        </Upload.Dragger>
        <Space style={{ marginTop: 12 }}>
          <Button
            id="check-start"
            type="primary"
            disabled={files.length === 0}
            loading={start.isPending}
            onClick={() => start.mutate()}
          >
            开始检查（{files.length} 个文件）
          </Button>
        </Space>
      </Card>
      <ErrorAlert error={list.error} />
      <Card title={`${year}年度的检查报告`}>
        <Table
          id="check-batches"
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: '本年度还没有检查报告' }}
          columns={[
            { title: '报告', render: (_, b) => <Link to={`/check-reports/${b.id}`}>{b.title}</Link> },
            {
              title: '状态',
              render: (_, b) => <Tag color={statusColor[b.status]}>{STATUS_LABEL[b.status]}</Tag>,
            },
            { title: '进度', width: 200, render: (_, b) => <BatchProgress batch={b} /> },
            { title: '未能读取', dataIndex: 'failed', align: 'right' },
            { title: '错误', render: (_, b) => b.counts.error, align: 'right' },
            { title: '警告', render: (_, b) => b.counts.warning, align: 'right' },
            { title: '提示', render: (_, b) => b.counts.info, align: 'right' },
            { title: '上传人', render: (_, b) => `${b.createdBy ?? ''}（${b.orgName}）` },
            { title: '时间', render: (_, b) => new Date(b.createdAt).toLocaleString('zh-CN') },
          ]}
        />
        <LoadMore shown={list.items.length} pages={list} />
      </Card>
    </>
  );
}
