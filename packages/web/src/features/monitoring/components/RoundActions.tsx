// Finance's buttons on a round: close it (entries read-only, warnings frozen) or reopen it with a reason.
import { useState } from 'react';
import { Button, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import type { RoundSummary } from '../api/monitoring-api.ts';
import { useRoundWorkflow } from '../hooks/use-monitoring-workflow.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

export function RoundActions({ round, isFinance }: { round: RoundSummary; isFinance: boolean }) {
  const { close, reopen } = useRoundWorkflow(round.id);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const closed = round.status === 'closed';
  return (
    <Space>
      <Tag id="round-status" color={closed ? 'default' : 'processing'}>
        {closed ? '已关闭' : '填报中'}
      </Tag>
      {isFinance && !closed && (
        <Popconfirm
          title="关闭后各单位不能再填报，本轮预警将冻结。确定关闭？"
          okText="关闭轮次"
          cancelText="取消"
          onConfirm={() => close.mutate()}
        >
          <Button id="close-round" danger loading={close.isPending}>
            关闭轮次
          </Button>
        </Popconfirm>
      )}
      {isFinance && closed && (
        <Button id="reopen-round" onClick={() => setReopening(true)}>
          重新开启
        </Button>
      )}
      <ErrorAlert error={close.error} />
      <Modal
        title="重新开启监控轮次"
        open={reopening}
        okText="重新开启"
        cancelText="取消"
        okButtonProps={{ id: 'reopen-confirm', disabled: !reason.trim(), loading: reopen.isPending }}
        onCancel={() => setReopening(false)}
        onOk={() =>
          reopen.mutate(reason.trim(), {
            onSuccess: () => {
              setReopening(false);
              setReason('');
            },
          })
        }
      >
        <ErrorAlert error={reopen.error} />
        <Input.TextArea
          id="reopen-reason"
          rows={3}
          placeholder="重新开启的原因（必填，将记入审核记录）"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}
