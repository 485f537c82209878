// The buttons under a 监控表 or 自评表: save (and compute), import a filled file — both for the unit while it
// may edit — and the downloads of the official layout; a refused save or import shows its message above.
import { Button, Space, Upload } from 'antd';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface Pending {
  isPending: boolean;
}

export function SheetActions({
  editable,
  error,
  save,
  upload,
  exports,
}: {
  editable: boolean;
  error: unknown;
  save: Pending & { id: string; label: string; run: () => void };
  upload: Pending & { label: string; accept: string; run: (file: File) => void };
  exports: { id: string; href: string; label: string }[];
}) {
  return (
    <>
      <ErrorAlert error={error} />
      <Space style={{ marginTop: 12 }} wrap>
        {editable && (
          <>
            <Button id={save.id} type="primary" loading={save.isPending} onClick={save.run}>
              {save.label}
            </Button>
            <Upload
              accept={upload.accept}
              showUploadList={false}
              beforeUpload={(file) => {
                upload.run(file);
                return false;
              }}
            >
              <Button loading={upload.isPending}>{upload.label}</Button>
            </Upload>
          </>
        )}
        {exports.map((e) => (
          <Button key={e.id} id={e.id} href={e.href}>
            {e.label}
          </Button>
        ))}
      </Space>
    </>
  );
}
