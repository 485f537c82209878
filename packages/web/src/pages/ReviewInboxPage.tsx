// 审核 inbox of the 主管部门: submitted forms of the subordinate units first.
import { Inbox } from '../features/workbench/components/Inbox.tsx';

export function ReviewInboxPage() {
  return (
    <Inbox title="审核" subtitle="下属单位提交的绩效目标表" statuses={['submitted', 'returned', 'passed']} />
  );
}
