// Download buttons of the public pages in plain HTML: each shows progress while the file is made, and a
// failure in Chinese under the row (the public bundle carries no antd).
import { useState } from 'react';
import type { DownloadChoice } from '../../../ui/download-choice.ts';
import { downloadFile } from '../../../ui/download.ts';
import { errorText } from '../../../ui/error-text.ts';

export function PublicDownloadButtons({ choices, id }: { choices: DownloadChoice[]; id?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (c: DownloadChoice) => {
    setBusy(c.path);
    setError(null);
    try {
      await downloadFile(c.path, c.fileName);
    } catch (e) {
      setError(`${c.label} 下载失败：${errorText(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="public-downloads" id={id}>
      <span className="public-downloads-label">下载：</span>
      {choices.map((c) => (
        <button
          key={c.path}
          type="button"
          className="public-button"
          aria-busy={busy === c.path}
          disabled={busy !== null}
          onClick={() => void run(c)}
        >
          {busy === c.path ? `${c.label}（生成中…）` : c.label}
        </button>
      ))}
      {error && (
        <div className="public-alert" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
