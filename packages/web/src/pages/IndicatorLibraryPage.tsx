// 指标库 (finance): the 共性 and 分行业 indicators by 行业/领域 and 一级/二级, each with its definition, unit,
// direction, 评分标准, data source and 出处; add, change, remove, and a province's own library to and
// from .xlsx (a row with a problem is named and nothing is imported).
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Upload } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http.ts';
import { useSession } from '../features/auth/hooks/use-session.ts';
import {
  libraryApi,
  type EntryInput,
  type LibraryEntry,
} from '../features/indicator-library/api/library-api.ts';
import { EntryFormModal } from '../features/indicator-library/components/EntryFormModal.tsx';
import { LibraryBrowser } from '../features/indicator-library/components/LibraryBrowser.tsx';
import { downloadFile } from '../ui/download.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

function importErrors(e: unknown): { row: number; message: string }[] {
  const errors = e instanceof ApiError ? e.body.errors : undefined;
  return Array.isArray(errors) ? (errors as { row: number; message: string }[]) : [];
}

export function IndicatorLibraryPage() {
  const { user } = useSession();
  const manages = user?.role === 'finance' || user?.role === 'admin';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [editing, setEditing] = useState<LibraryEntry | 'new' | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['indicator-library'] });
  const save = useMutation({
    mutationFn: (input: EntryInput) =>
      editing && editing !== 'new' ? libraryApi.update(editing.id, input) : libraryApi.create(input),
    onSuccess: () => {
      setEditing(null);
      void refresh();
      message.success('已保存');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => libraryApi.remove(id),
    onSuccess: () => void refresh(),
  });
  const upload = useMutation({
    mutationFn: (file: File) => libraryApi.importXlsx(file),
    onSuccess: (r) => {
      void refresh();
      message.success(`导入完成：新增 ${r.created} 条，更新 ${r.updated} 条，未变 ${r.unchanged} 条`);
    },
  });
  const rowErrors = importErrors(upload.error);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader
        title="指标库"
        subtitle="共性指标与分行业分领域指标：指标解释、计算公式、计量单位、指标方向、常用取值、评分标准、数据来源及出处"
        actions={
          <Space>
            <Button
              onClick={() =>
                void downloadFile('/indicator-library/export.xlsx', '指标库.xlsx').catch((e: Error) =>
                  message.error(e.message),
                )
              }
            >
              导出 .xlsx
            </Button>
            {manages && (
              <>
                <Upload
                  accept=".xlsx"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    upload.mutate(file);
                    return false;
                  }}
                >
                  <Button loading={upload.isPending}>导入 .xlsx</Button>
                </Upload>
                <Button type="primary" onClick={() => setEditing('new')}>
                  新增指标
                </Button>
              </>
            )}
          </Space>
        }
      />
      <ErrorAlert error={upload.error ?? remove.error} />
      {rowErrors.length > 0 && (
        <ul className="library-import-errors" aria-label="导入错误">
          {rowErrors.slice(0, 50).map((e) => (
            <li key={e.row}>
              第 {e.row} 行：{e.message}
            </li>
          ))}
        </ul>
      )}
      <LibraryBrowser
        {...(manages
          ? {
              entryActions: (e: LibraryEntry) => (
                <Space size="small">
                  <Button size="small" onClick={() => setEditing(e)}>
                    修改
                  </Button>
                  <Popconfirm
                    title={`删除“${e.name}”？已选用它的表单保持原样`}
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => remove.mutate(e.id)}
                  >
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            }
          : {})}
      />
      <EntryFormModal
        open={editing !== null}
        entry={editing === 'new' ? null : editing}
        saving={save.isPending}
        error={save.error}
        onSave={(input) => save.mutate(input)}
        onClose={() => {
          setEditing(null);
          save.reset();
        }}
      />
    </Space>
  );
}
