// 从 Excel 粘贴: rows copied from a spreadsheet replace or extend the grid's lines.
import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { PasteResult } from '../utils/paste-lines.ts';

export function PasteLinesButton<T>({
  parse,
  onLines,
  hint,
}: {
  parse: (text: string) => PasteResult<T>;
  onLines: (lines: T[], replace: boolean) => void;
  hint: string;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const apply = (replace: boolean) => {
    const r = parse(text);
    if (r.lines.length === 0) return void message.error('没有识别到科目行：第一列应为科目编码');
    onLines(r.lines, replace);
    if (r.rejected.length) message.warning(`第 ${r.rejected.join('、')} 行的金额不是数字，未导入`);
    else message.success(`已导入 ${r.lines.length} 行`);
    setOpen(false);
    setText('');
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        从Excel粘贴
      </Button>
      <Modal title="从Excel粘贴科目行" open={open} onCancel={() => setOpen(false)} footer={null} width={720}>
        <p className="muted">{hint}</p>
        <Input.TextArea
          aria-label="粘贴内容"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" onClick={() => apply(true)}>
            替换现有科目
          </Button>
          <Button onClick={() => apply(false)}>追加到末尾</Button>
        </Space>
      </Modal>
    </>
  );
}
