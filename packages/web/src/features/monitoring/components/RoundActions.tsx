// Finance's buttons on a round: close it (entries read-only, warnings frozen) or reopen it with a reason,
// choosing which submitted tables go back to their units for correction (the others stay submitted); the
// submitted tables are read by pages, only while the dialog is open.
import { useState } from 'react';
import { Button, Checkbox, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import type { RoundRecord } from '@jixiao/core/contracts';
import { useRoundWorkflow } from '../hooks/use-monitoring-workflow.ts';
import { useRoundEntries } from '../hooks/use-round.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { LoadMore } from '../../../ui/LoadMore.tsx';

export function RoundActions({ round, isFinance }: { round: RoundRecord; isFinance: boolean }) {
  const { close, reopen } = useRoundWorkflow(round.id);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [returning, setReturning] = useState<string[]>([]);
  const submittedPages = useRoundEntries(round.id, 'submitted', reopening);
  const submitted = submittedPages.items;
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
          reopen.mutate(
            { reason: reason.trim(), returnEntryIds: returning },
            {
              onSuccess: () => {
                setReopening(false);
                setReason('');
                setReturning([]);
              },
            },
          )
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
        {submitted.length > 0 && (
          <div id="reopen-return" style={{ marginTop: 12 }}>
            <div style={{ marginBottom: 4 }}>
              退回单位修改的监控表（可不选：未选的仍为已提交，单位可自行撤回修改）：
            </div>
            <Checkbox.Group
              value={returning}
              onChange={(v) => setReturning(v)}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={submitted.map((e) => ({ value: e.id, label: `${e.orgName}：${e.projectName}` }))}
            />
            <LoadMore shown={submitted.length} pages={submittedPages} />
          </div>
        )}
      </Modal>
    </Space>
  );
}
