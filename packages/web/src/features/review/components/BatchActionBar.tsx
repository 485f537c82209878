// The bar over a list with selection: one opinion and the batch actions the role allows on these
// forms; a confirmation before, the result (done and skipped, with reasons) after. A batch 批复 asks in
// its confirmation for the 批复文件 (文号, 日期, 经办人, 负责人) that covers the selected projects, with the
// fields of the single 批复, and prints it on each 批复表.
import { useState } from 'react';
import { App, Button, Input, Space, Tooltip, Typography } from 'antd';
import type { ApprovalNoteBody } from '@jixiao/core/contracts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import type { BatchResult } from '../api/batch-api.ts';
import { useBatchTransition } from '../hooks/use-batch-transition.ts';
import { batchBlockReason, type BatchActionOption } from '../utils/batch-actions.ts';
import { ApprovalNoteFields } from './ApprovalNoteFields.tsx';
import { BatchResultDialog } from './BatchResultDialog.tsx';

export function BatchActionBar({
  options,
  selected,
  onDone,
}: {
  options: BatchActionOption[];
  selected: string[];
  /** Called after a batch ran: the selection is cleared (the forms moved on or were skipped). */
  onDone: () => void;
}) {
  const { modal } = App.useApp();
  const [opinion, setOpinion] = useState('');
  const [result, setResult] = useState<{ label: string; data: BatchResult } | null>(null);
  const batch = useBatchTransition();

  const run = (option: BatchActionOption) => {
    const approving = option.action === 'approve';
    // Read when the confirmation is accepted: the fields live in the dialog, not in this bar.
    let approvalNote: ApprovalNoteBody = {};
    modal.confirm({
      title: `批量${option.label}`,
      width: approving ? 520 : undefined,
      content: (
        <>
          <p>
            对选中的 {selected.length} 张表单{option.label}
            {opinion.trim() ? `，意见：“${opinion.trim()}”` : '（不附意见）'}。
          </p>
          <p>每张表单仍逐一检查并记入流转记录；有错误级审核问题或状态已变的表单将被跳过并列出。</p>
          {approving && (
            <>
              <p>下列批复文件信息将印在每张批复表上（选填）：</p>
              <ApprovalNoteFields
                onChange={(note) => {
                  approvalNote = note;
                }}
              />
            </>
          )}
        </>
      ),
      okText: `确认${option.label}（${selected.length} 张）`,
      cancelText: '取消',
      okButtonProps: { danger: option.danger },
      onOk: async () => {
        const data = await batch.mutateAsync({
          action: option.action,
          formIds: selected,
          ...(opinion.trim() ? { opinion: opinion.trim() } : {}),
          ...(approving ? { approvalNote } : {}),
        });
        setResult({ label: option.label, data });
        setOpinion('');
        onDone();
      },
    });
  };

  if (options.length === 0) return null;
  return (
    <div id="batch-bar" style={{ marginBottom: 12 }}>
      <ErrorAlert error={batch.error} title="批量操作未执行" />
      <Space align="start" wrap style={{ width: '100%' }}>
        <Typography.Text strong style={{ lineHeight: '32px' }}>
          已选 {selected.length} 张
        </Typography.Text>
        <Input.TextArea
          id="batch-opinion"
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
          placeholder="意见（退回时必填）：写入每张选中表单的流转记录"
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={5000}
          style={{ width: 420 }}
        />
        {options.map((o) => {
          const blocked = batchBlockReason(o, selected.length, opinion);
          return (
            <Tooltip key={o.action} title={blocked}>
              <Button
                type={o.danger ? 'default' : 'primary'}
                danger={o.danger}
                disabled={blocked !== null}
                loading={batch.isPending}
                onClick={() => run(o)}
              >
                批量{o.label}
              </Button>
            </Tooltip>
          );
        })}
      </Space>
      <BatchResultDialog
        result={result?.data ?? null}
        label={result?.label ?? ''}
        onClose={() => setResult(null)}
      />
    </div>
  );
}
