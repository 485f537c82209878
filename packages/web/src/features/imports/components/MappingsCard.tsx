// 模板标签: the labels the organisation taught for its templates, each with the field it means;
// deleting one makes that label unknown again.
import { Button, Card, Empty, Popconfirm, Table, Tooltip, Typography } from 'antd';
import { useLayoutMappings } from '../hooks/use-layout-mappings.ts';
import { useForgetMapping } from '../hooks/use-forget-mapping.ts';
import {
  TAUGHT_ON_NAMES,
  TAUGHT_ON_UNRECORDED,
  TAUGHT_ON_UNRECORDED_TIP,
  taughtFieldName,
} from '../utils/preview-fields.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';

export function MappingsCard({ orgId, title = '本单位的模板标签' }: { orgId?: string; title?: string }) {
  const mappings = useLayoutMappings(orgId);
  const forget = useForgetMapping();
  return (
    <Card title={title} size="small" className="mappings-card">
      <Typography.Paragraph type="secondary">
        导入时在预览中指出字段位置并“记住此模板的标签”，即加入这里；以后的文件按这些标签自动识别。
      </Typography.Paragraph>
      <ErrorAlert error={mappings.error ?? forget.error} />
      <Table
        size="small"
        rowKey="id"
        loading={mappings.isLoading}
        pagination={false}
        dataSource={mappings.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有记住的标签" /> }}
        // Five columns: on a phone the list scrolls in its own box, never the page.
        scroll={{ x: 600 }}
        columns={[
          { title: '文档中的标签', dataIndex: 'label' },
          {
            title: '对应字段',
            dataIndex: 'field',
            // Named as the document it was taught on prints it: a 自评表's unit is its 实施单位; a label taught
            // before that was recorded by each kind's name (申报单位／实施单位).
            render: (_, m) => taughtFieldName(m.field, m.taughtOn),
          },
          {
            title: '记住时的文档',
            dataIndex: 'taughtOn',
            render: (_, m) =>
              m.taughtOn ? (
                TAUGHT_ON_NAMES[m.taughtOn]
              ) : (
                <Tooltip title={TAUGHT_ON_UNRECORDED_TIP}>
                  <Typography.Text type="secondary">{TAUGHT_ON_UNRECORDED}</Typography.Text>
                </Tooltip>
              ),
          },
          { title: '记住于', dataIndex: 'createdAt', render: (t: string) => formatDateTime(t) },
          {
            title: '',
            width: 80,
            render: (_, m) => (
              <Popconfirm
                title={`删除标签“${m.label}”？`}
                description="删除后，同一模板的文件不再自动识别该字段"
                okText="删除"
                cancelText="取消"
                onConfirm={() => forget.mutate(m.id)}
              >
                <Button size="small" danger type="text">
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
