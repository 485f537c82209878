// What a batch did: the forms done and the forms skipped, each skipped one with its reason.
import { Alert, Modal, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../../ui/StatusTag.tsx';
import type { BatchItem, BatchResult } from '../api/batch-api.ts';

export function BatchResultDialog({
  result,
  label,
  onClose,
}: {
  result: BatchResult | null;
  label: string;
  onClose: () => void;
}) {
  const skipped = result?.items.filter((i) => i.outcome === 'skipped') ?? [];
  const done = result?.items.filter((i) => i.outcome === 'done') ?? [];
  return (
    <Modal
      open={result !== null}
      title={`批量${label}结果`}
      onCancel={onClose}
      onOk={onClose}
      okText="知道了"
      cancelButtonProps={{ style: { display: 'none' } }}
      width={760}
    >
      {result && (
        <div id="batch-result">
          <Alert
            type={result.skipped > 0 ? 'warning' : 'success'}
            showIcon
            title={`已${label} ${result.done} 张，跳过 ${result.skipped} 张`}
            style={{ marginBottom: 12 }}
          />
          {skipped.length > 0 && (
            <Table<BatchItem>
              id="batch-skipped"
              size="small"
              rowKey="formId"
              pagination={false}
              dataSource={skipped}
              title={() => '跳过的表单（请逐张打开处理）'}
              columns={[
                {
                  title: '表单',
                  dataIndex: 'name',
                  render: (name: string | null, i) =>
                    name ? <Link to={`/forms/${i.formId}`}>{name}</Link> : '（无权查看的表单）',
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 130,
                  render: (s: string | null) => (s ? <StatusTag status={s} /> : null),
                },
                {
                  title: '原因',
                  dataIndex: 'message',
                  render: (m: string | undefined, i) => (
                    <>
                      {m} <Tag>{i.code}</Tag>
                    </>
                  ),
                },
              ]}
            />
          )}
          {done.length > 0 && (
            <Table<BatchItem>
              id="batch-done"
              size="small"
              rowKey="formId"
              style={{ marginTop: 12 }}
              pagination={done.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              dataSource={done}
              title={() => `已${label}的表单`}
              columns={[
                { title: '表单', dataIndex: 'name' },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 130,
                  render: (s: string | null) => (s ? <StatusTag status={s} /> : null),
                },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
