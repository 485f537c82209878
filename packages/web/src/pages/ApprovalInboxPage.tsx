// 批复 inbox of the finance bureau: passed forms to approve, approved ones to publish.
import { Inbox } from '../features/workbench/components/Inbox.tsx';

export function ApprovalInboxPage() {
  return (
    <Inbox
      title="批复"
      subtitle="主管部门审核通过的表单待批复，已批复的待公开"
      statuses={['passed', 'approved', 'published', 'submitted']}
    />
  );
}
