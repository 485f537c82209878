// 催报: finance or a 主管部门 reminds the units that have not submitted (a monitoring round's tables or the
// year's self-evaluations), with an optional message; the result says who was reminded and what was e-mailed.
import { useState } from 'react';
import { App, Button, Input, Modal, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import type { ReminderRequest } from '../../workbench/api/work-api.ts';
import { useSendReminders } from '../hooks/use-reminders.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

export function RemindButton({
  request,
  units,
  disabled,
}: {
  request: Omit<ReminderRequest, 'message'>;
  /** The units that would be reminded, for the dialog (names). */
  units: string[];
  disabled?: boolean;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const send = useSendReminders();
  return (
    <>
      <Button
        id="remind-button"
        icon={<BellOutlined />}
        disabled={disabled || units.length === 0}
        onClick={() => setOpen(true)}
      >
        催报{units.length > 0 ? `（${units.length} 个单位）` : ''}
      </Button>
      <Modal
        title="催报：提醒尚未提交的单位"
        open={open}
        okText="发送催报"
        cancelText="取消"
        confirmLoading={send.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          send.mutate(
            { ...request, ...(text.trim() ? { message: text.trim() } : {}) },
            {
              onSuccess: (r) => {
                setOpen(false);
                setText('');
                const mail = r.emailed > 0 ? `，已发送邮件 ${r.emailed} 封` : '';
                const failed =
                  r.emailFailed > 0 ? `（${r.emailFailed} 封邮件未能发出，单位仍可在工作台看到）` : '';
                message.success(`已催报 ${r.reminded.length} 个单位${mail}${failed}`);
              },
            },
          )
        }
      >
        <ErrorAlert error={send.error} />
        <Typography.Paragraph>将提醒：{units.join('、')}</Typography.Paragraph>
        <Input.TextArea
          id="remind-message"
          rows={3}
          maxLength={500}
          showCount
          placeholder="催报说明（可不填），如：请于6月30日前提交"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </>
  );
}
