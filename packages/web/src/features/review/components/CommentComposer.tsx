// Writing a review comment anchored to one field: a reason code and the text.
import type { NewComment, ReasonCode, ReviewReasons } from '@jixiao/core/contracts';
import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';

interface ComposerProps {
  target: { pointer: string; label: string } | null;
  reasons: ReviewReasons['items'];
  onAdd: (comment: NewComment & { pointer: string }) => void;
  onClose: () => void;
}

/**
 * A fresh composer for each field picked (keyed by it): the reason and text start empty without an
 * effect that could clear what was already chosen on a slow machine.
 */
export function CommentComposer(props: ComposerProps) {
  return <ComposerModal key={props.target?.pointer ?? 'closed'} {...props} />;
}

function ComposerModal({ target, reasons, onAdd, onClose }: ComposerProps) {
  const [reason, setReason] = useState<ReasonCode | undefined>(undefined);
  const [text, setText] = useState('');
  return (
    <Modal
      open={target !== null}
      title={`审核意见：${target?.label ?? ''}`}
      okText="加入意见"
      cancelText="取消"
      okButtonProps={{ disabled: !reason || text.trim() === '' }}
      onOk={() => {
        if (target && reason) onAdd({ pointer: target.pointer, reason, text: text.trim() });
        onClose();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="原因" required>
          <Select
            value={reason}
            onChange={setReason}
            placeholder="选择原因代码"
            options={reasons.map((r) => ({ value: r.code, label: r.label }))}
          />
        </Form.Item>
        <Form.Item label="意见" required>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 3 }}
            placeholder="说明需要怎样修改，例如：请将“有所提升”量化为可考核的目标值"
            maxLength={2000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
