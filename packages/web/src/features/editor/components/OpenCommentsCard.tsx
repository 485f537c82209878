// The reviewers' open comments on this form, in the editor: jump to the field, mark as dealt with.
import { useState } from 'react';
import { App, Button, Card, List, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { formsApi } from '../../forms/api/forms-api.ts';
import { useFormComments } from '../../forms/hooks/use-form-comments.ts';
import { jumpToField } from '../../forms/utils/jump-to-field.ts';
import { useReviewReasons } from '../../review/hooks/use-review-reasons.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';

export function OpenCommentsCard({ formId }: { formId: string }) {
  const comments = useFormComments(formId);
  const reasons = useReviewReasons();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [resolving, setResolving] = useState<string | null>(null);
  const open = (comments.data?.items ?? []).filter((c) => c.resolvedAt === null);
  if (open.length === 0) return null;
  const label = (code: string) => reasons.data?.items.find((r) => r.code === code)?.label ?? code;
  const resolve = async (id: string) => {
    setResolving(id);
    try {
      await formsApi.resolveComment(formId, id);
      await client.invalidateQueries({ queryKey: ['form', formId, 'comments'] });
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setResolving(null);
    }
  };
  return (
    <Card
      size="small"
      title={`审核意见（${open.length} 条待处理）`}
      className="open-comments"
      id="open-comments"
    >
      <List
        size="small"
        dataSource={open}
        renderItem={(c) => (
          <List.Item
            className="finding-item clickable"
            onClick={() => jumpToField(c.pointer)}
            actions={[
              <Button
                key="resolve"
                size="small"
                type="link"
                loading={resolving === c.id}
                onClick={(e) => {
                  e.stopPropagation();
                  void resolve(c.id);
                }}
              >
                已处理
              </Button>,
            ]}
          >
            <div>
              <Tag color="volcano">{label(c.reason)}</Tag>
              {c.text}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
