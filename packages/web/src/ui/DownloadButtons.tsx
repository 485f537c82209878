// A row of download buttons (批复表 .xlsx/.docx/.pdf, CSV): each shows progress, and errors in Chinese.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { errorText } from './ErrorAlert.tsx';
import type { DownloadChoice } from './download-choice.ts';
import { downloadFile } from './download.ts';

export type { DownloadChoice };

export function DownloadButtons({ choices, id }: { choices: DownloadChoice[]; id?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (c: DownloadChoice) => {
    setBusy(c.path);
    try {
      await downloadFile(c.path, c.fileName);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap size={4} id={id} className="download-buttons">
      {choices.map((c) => (
        <Button
          key={c.path}
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === c.path}
          disabled={busy !== null && busy !== c.path}
          onClick={() => void run(c)}
        >
          {c.label}
        </Button>
      ))}
    </Space>
  );
}
