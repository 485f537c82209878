// Review comments shown at the field they are anchored to (earlier rounds and the ones being written).
import { Button, Tag } from 'antd';
import { CloseOutlined } from '@ant-design/icons';

export interface ShownComment {
  reason: string;
  text: string;
  resolved?: boolean;
  pending?: boolean;
  onRemove?: () => void;
}

export function CommentBubbles({
  comments,
  reasonLabel,
}: {
  comments: ShownComment[];
  reasonLabel: (code: string) => string;
}) {
  if (comments.length === 0) return null;
  return (
    <div className="comment-bubbles">
      {comments.map((c, i) => (
        <div
          key={i}
          className={`comment-bubble${c.pending ? ' pending' : ''}${c.resolved ? ' resolved' : ''}`}
        >
          <Tag color={c.pending ? 'gold' : c.resolved ? 'default' : 'volcano'}>{reasonLabel(c.reason)}</Tag>
          {c.text}
          {c.resolved && <span className="comment-state">（已处理）</span>}
          {c.onRemove && (
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label="移除此意见"
              onClick={(e) => {
                e.stopPropagation();
                c.onRemove?.();
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}
