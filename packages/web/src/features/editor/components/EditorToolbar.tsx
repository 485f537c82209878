// The editor's sticky bar: which form, its status and version, unsaved changes, save and submit.
import { Badge, Button, Space } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../ui/PageHeader.tsx';
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
    <PageHeader
      sticky
      className="editor-toolbar"
      title={name || '新建项目绩效目标'}
      tags={status && <StatusTag status={status} />}
      subtitle={
        <Space>
          {version && <span>第 {version} 版</span>}
          {dirty ? (
            <Badge status="warning" text="有未保存的修改" />
          ) : version ? (
            <Badge status="success" text="已保存" />
          ) : null}
        </Space>
      }
      actions={
        <>
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
        </>
      }
    />
  );
}
