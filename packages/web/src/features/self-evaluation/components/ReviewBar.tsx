// The review of a self-evaluation on its page: its state, the buttons the user may press now (the unit
// 提交; the 主管部门 退回 with an opinion or 审核通过; finance 财政退回 or 审核确认), the hand-set scores
// with their reasons for the reviewer to weigh, and the record of every step.
import { useState } from 'react';
import { Alert, Button, Descriptions, Input, Modal, Space, Tag } from 'antd';
import { isEvaluationAction } from '@jixiao/core/contracts';
import type { EvaluationAction, EvaluationView } from '../api/self-evaluation-api.ts';
import { useEvaluationTransition } from '../hooks/use-evaluation-transition.ts';
import { useSavingEvaluation } from '../hooks/use-save-evaluation.ts';
import { actionLabel, statusColor, statusLabel } from '../../evaluation-workflow/labels.ts';
import { TransitionLog } from '../../evaluation-workflow/TransitionLog.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

const RETURNS: readonly string[] = ['review-return', 'finance-return'];

export function ReviewBar({ view }: { view: EvaluationView }) {
  const step = useEvaluationTransition(view.evaluation.id, view.evaluation.version);
  const saving = useSavingEvaluation(view.evaluation.id);
  const [returning, setReturning] = useState<EvaluationAction | null>(null);
  const [opinion, setOpinion] = useState('');
  const actions = (view.actions ?? []).filter(isEvaluationAction);
  const status = view.evaluation.status;
  const lastReturn = [...(view.transitions ?? [])].reverse().find((t) => RETURNS.includes(t.action));
  return (
    <div style={{ marginBottom: 16 }}>
      <Space wrap>
        <span>审核状态：</span>
        <Tag id="evaluation-status" color={statusColor(status)}>
          {statusLabel(status)}
        </Tag>
        {actions.map((a) => (
          <Button
            key={a}
            id={`evaluation-${a}`}
            type={a === 'submit' || a === 'review-pass' || a === 'confirm' ? 'primary' : 'default'}
            danger={RETURNS.includes(a)}
            loading={step.isPending}
            disabled={saving}
            onClick={() =>
              RETURNS.includes(a) ? setReturning(a) : step.mutate({ action: a, opinion: null })
            }
          >
            {actionLabel(a)}
          </Button>
        ))}
      </Space>
      <ErrorAlert error={step.error} />
      {status === 'returned' && lastReturn && (
        <Alert
          id="return-opinion"
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          message={`${actionLabel(lastReturn.action)}意见：${lastReturn.opinion ?? ''}`}
          description="请按意见修改后保存，再次提交。"
        />
      )}
      {status === 'confirmed' && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          message="财政已审核确认：本自评结果用于下一年度目标编制和绩效看板。"
        />
      )}
      {(view.overrides ?? []).length > 0 && (
        <Descriptions
          id="override-list"
          style={{ marginTop: 12 }}
          size="small"
          bordered
          column={1}
          title="人工调整的得分（须审核）"
          items={view.overrides!.map((o, i) => ({
            key: String(i),
            label: o.name ?? '',
            children: `计算得分 ${o.computed} → 调整为 ${o.score}；理由：${o.reason ?? ''}`,
          }))}
        />
      )}
      <div style={{ marginTop: 12 }}>
        <TransitionLog id="evaluation-log" items={view.transitions ?? []} />
      </div>
      <Modal
        title={returning ? actionLabel(returning) : ''}
        open={returning !== null}
        okText="退回"
        cancelText="取消"
        okButtonProps={{
          id: 'return-confirm',
          danger: true,
          disabled: !opinion.trim(),
          loading: step.isPending,
        }}
        onCancel={() => setReturning(null)}
        onOk={() =>
          step.mutate(
            { action: returning!, opinion: opinion.trim() },
            {
              onSuccess: () => {
                setReturning(null);
                setOpinion('');
              },
            },
          )
        }
      >
        <Input.TextArea
          id="return-opinion-input"
          rows={4}
          placeholder="退回意见（必填）"
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
        />
      </Modal>
    </div>
  );
}
