// Workflow transitions with opinions and anchored comments: review (主管部门) and finance (财政).
import { http } from '../../../api/http.ts';
import type {
  NewComment,
  ReviewComment,
  ReviewReasons,
  TransitionBody,
  WorkflowAction,
} from '@jixiao/core/contracts';

const PATHS: Record<WorkflowAction, string> = {
  'review-return': 'review/return',
  'review-pass': 'review/pass',
  'finance-return': 'finance/return',
  approve: 'approve',
  publish: 'publish',
};

export type { NewComment, TransitionBody, WorkflowAction };

export const reviewApi = {
  reasons: () => http.get<ReviewReasons>('/review-reasons'),
  transition: (id: string, action: WorkflowAction, body: TransitionBody) =>
    http.post<{ status: string }>(`/forms/${id}/${PATHS[action]}`, body),
  addComments: (id: string, comments: NewComment[]) =>
    http.post<{ items: ReviewComment[] }>(`/forms/${id}/comments`, { comments }),
};
