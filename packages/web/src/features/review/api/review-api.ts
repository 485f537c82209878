// Workflow transitions with opinions and anchored comments: review (主管部门) and finance (财政).
import { http } from '../../../api/http.ts';
import type { NewComment, ReviewComment, ReviewReasons, TransitionBody } from '@jixiao/core/contracts';

export type WorkflowAction = 'review-return' | 'review-pass' | 'finance-return' | 'approve' | 'publish';

const PATHS: Record<WorkflowAction, string> = {
  'review-return': 'review/return',
  'review-pass': 'review/pass',
  'finance-return': 'finance/return',
  approve: 'approve',
  publish: 'publish',
};

export type { NewComment, TransitionBody };

export const reviewApi = {
  reasons: () => http.get<ReviewReasons>('/review-reasons'),
  transition: (id: string, action: WorkflowAction, body: TransitionBody) =>
    http.post<{ status: string }>(`/forms/${id}/${PATHS[action]}`, body),
  addComments: (id: string, comments: NewComment[]) =>
    http.post<{ items: ReviewComment[] }>(`/forms/${id}/comments`, { comments }),
};
