// 导入: drop a Word/Excel/PDF/text file → the recognised forms with their findings → save as drafts.
import { useState } from 'react';
import { Alert, App, Button, Card, Space, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ImportPreview } from '../features/imports/api/imports-api.ts';
import { ImportPreviewList } from '../features/imports/components/ImportPreviewList.tsx';
import { useSaveImport } from '../features/imports/hooks/use-save-import.ts';
import { useUpload } from '../features/imports/hooks/use-upload.ts';
import type { FormMeta } from '../features/forms/api/forms-api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function ImportPage() {
  const upload = useUpload();
  const save = useSaveImport();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [saved, setSaved] = useState<FormMeta[] | null>(null);

  const onFile = async (file: File) => {
    setSaved(null);
    setPreview(null);
    try {
      const p = await upload.mutateAsync(file);
      setPreview(p);
      setChosen(new Set(p.forms.map((f) => f.index)));
    } catch {
      /* shown below */
    }
  };
  const doSave = async () => {
    if (!preview) return;
    const result = await save.mutateAsync({
      fileId: preview.fileId,
      indices: [...chosen].sort((a, b) => a - b),
    });
    setSaved(result.forms);
    message.success(`已保存 ${result.forms.length} 份草稿`);
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title="导入" subtitle="从 Word、Excel、PDF 文件识别表单，核对后保存为草稿" />
      <Upload.Dragger
        accept=".docx,.xlsx,.pdf,.txt,.doc,.xls,.html,.htm,.mht,.mhtml"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void onFile(file);
          return false;
        }}
        disabled={upload.isPending}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{upload.isPending ? '正在识别…' : '将文件拖到这里，或点击选择文件'}</p>
        <p className="ant-upload-hint">
          支持 Word（.docx）、Excel（.xlsx）、PDF 和文本：项目绩效目标申报表、部门整体绩效目标表、部门预算公开
        </p>
      </Upload.Dragger>
      <ErrorAlert error={upload.error} />
      {preview && (
        <Card
          title={`识别结果：${preview.fileName}（${preview.forms.length} 份表单）`}
          extra={
            <Button
              type="primary"
              onClick={() => void doSave()}
              disabled={chosen.size === 0 || saved !== null}
              loading={save.isPending}
            >
              保存选中的 {chosen.size} 份为草稿
            </Button>
          }
        >
          {preview.forms.length === 0 && <Alert type="warning" showIcon title="文件中未识别出表单" />}
          <ImportPreviewList
            preview={preview}
            chosen={chosen}
            onChoose={(i, on) =>
              setChosen((s) => {
                const next = new Set(s);
                if (on) next.add(i);
                else next.delete(i);
                return next;
              })
            }
          />
          <ErrorAlert error={save.error} />
        </Card>
      )}
      {saved && (
        <Alert
          type="success"
          showIcon
          title="已保存为草稿"
          description={
            <ul>
              {saved.map((f) => (
                <li key={f.id}>
                  <Link to={f.kind === 'disclosure' ? `/forms/${f.id}` : `/forms/${f.id}/edit`}>
                    {f.name}
                  </Link>
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
