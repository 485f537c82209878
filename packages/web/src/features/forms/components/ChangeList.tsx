// The changes between two versions, one line each (where · before → after); a line jumps to its field.
import { Empty, List, Typography } from 'antd';
import type { Form } from '@jixiao/core';
import { changeLines, type FormDiff } from '../utils/changes.ts';
import { jumpToField } from '../utils/jump-to-field.ts';

export function ChangeList({ diff, form }: { diff: FormDiff; form: Form }) {
  const lines = changeLines(diff, form);
  if (lines.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="两个版本内容相同" />;
  return (
    <List
      size="small"
      className="change-list"
      dataSource={lines}
      renderItem={(l) => (
        <List.Item
          className={l.pointer ? 'finding-item clickable' : 'finding-item'}
          onClick={l.pointer ? () => jumpToField(l.pointer!) : undefined}
        >
          <div>
            <Typography.Text strong>{l.label}</Typography.Text>
            <div className="change-values">
              {l.before && <del>{l.before}</del>}
              {l.before && l.after && <span aria-hidden> → </span>}
              {l.after && <ins>{l.after}</ins>}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
