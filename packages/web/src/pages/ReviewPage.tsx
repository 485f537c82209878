// 审核 of one form by the 主管部门.
import { useParams } from 'react-router-dom';
import { ReviewWorkspace } from '../features/review/components/ReviewWorkspace.tsx';

export function ReviewPage() {
  const { id } = useParams();
  return <ReviewWorkspace id={id!} backTo="/review" />;
}
