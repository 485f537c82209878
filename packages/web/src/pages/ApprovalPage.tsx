// 批复 of one form by the finance bureau: approve, return or publish.
import { useParams } from 'react-router-dom';
import { ReviewWorkspace } from '../features/review/components/ReviewWorkspace.tsx';

export function ApprovalPage() {
  const { id } = useParams();
  return <ReviewWorkspace id={id!} backTo="/approval" />;
}
