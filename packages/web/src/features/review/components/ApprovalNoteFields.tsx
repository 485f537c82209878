// 批复信息 finance enters when approving: 批复文号 and 批复日期, and who signs under 财政部门（盖章） (经办人,
// 负责人). The 审核意见 written beside it is printed as the 财政部门审核意见 of the 批复表.
import { useEffect, useState } from 'react';
import { Card, Form as AntForm, Input } from 'antd';
import type { ApprovalNoteBody } from '@jixiao/core/contracts';

export function ApprovalNoteFields({ onChange }: { onChange: (note: ApprovalNoteBody) => void }) {
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [handler, setHandler] = useState('');
  const [head, setHead] = useState('');
  useEffect(() => {
    const t = (s: string) => s.trim() || undefined;
    onChange({ number: t(number), date: t(date), handler: t(handler), head: t(head) });
    // onChange is a state setter of the parent; the values are what matter.
  }, [number, date, handler, head]);
  return (
    <Card size="small" title="批复文件" id="approval-note-fields">
      <AntForm layout="vertical" size="small" component="div">
        <AntForm.Item label="批复文号" htmlFor="approval-number-input" style={{ marginBottom: 4 }}>
          <Input
            id="approval-number-input"
            value={number}
            maxLength={100}
            placeholder="如：某财预〔2026〕12号"
            onChange={(e) => setNumber(e.target.value)}
          />
        </AntForm.Item>
        <AntForm.Item label="批复日期" htmlFor="approval-date-input" style={{ marginBottom: 4 }}>
          <Input
            id="approval-date-input"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </AntForm.Item>
        <AntForm.Item label="经办人" htmlFor="approval-handler-input" style={{ marginBottom: 4 }}>
          <Input
            id="approval-handler-input"
            value={handler}
            maxLength={50}
            onChange={(e) => setHandler(e.target.value)}
          />
        </AntForm.Item>
        <AntForm.Item
          label="负责人"
          htmlFor="approval-head-input"
          help="审核意见将作为“财政部门审核意见”印在批复表上"
          style={{ marginBottom: 0 }}
        >
          <Input
            id="approval-head-input"
            value={head}
            maxLength={50}
            onChange={(e) => setHead(e.target.value)}
          />
        </AntForm.Item>
      </AntForm>
    </Card>
  );
}
