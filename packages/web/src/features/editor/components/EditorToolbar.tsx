// The editor's sticky bar: which form, its status and version, unsaved changes, save and submit.
import { Badge, Button, Space, Typography } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { StatusTag } from '../../../ui/StatusTag.tsx';

export function EditorToolbar({
  name,
  status,
  version,
  dirty,
  saving,
  submitting,
  errorCount,
  canSubmit,
  onSave,
  onSubmit,
}: {
  name: string;
  status: string | null;
  version: number | null;
  dirty: boolean;
  saving: boolean;
  submitting: boolean;
  errorCount: number;
  canSubmit: boolean;
  onSave: () => void;
  onSubmit: () => void;
}) {
  return (
    <div className="editor-toolbar">
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {name || '新建项目绩效目标'}
        </Typography.Title>
        {status && <StatusTag status={status} />}
        {version && <Typography.Text type="secondary">第 {version} 版</Typography.Text>}
        {dirty ? (
          <Badge status="warning" text="有未保存的修改" />
        ) : version ? (
          <Badge status="success" text="已保存" />
        ) : null}
      </Space>
      <Space wrap>
        <Button icon={<SaveOutlined />} type="primary" onClick={onSave} loading={saving} id="save-draft">
          保存草稿
        </Button>
        <Button
          icon={<SendOutlined />}
          onClick={onSubmit}
          loading={submitting}
          disabled={!canSubmit}
          title={errorCount > 0 ? `还有 ${errorCount} 个错误需要修改` : undefined}
        >
          提交审核
        </Button>
      </Space>
    </div>
  );
}
