// 批复 inbox of the finance bureau: passed forms to approve, approved ones to publish.
import { Inbox } from '../features/workbench/components/Inbox.tsx';

export function ApprovalInboxPage() {
  return <Inbox title="批复" statuses={['passed', 'approved', 'published', 'submitted']} />;
}
