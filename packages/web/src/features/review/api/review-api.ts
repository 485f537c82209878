// Workflow transitions with opinions and anchored comments: review (主管部门) and finance (财政).
import { http } from '../../../api/http.ts';
import type { ReviewComment } from '../../forms/api/forms-api.ts';

export type WorkflowAction = 'review-return' | 'review-pass' | 'finance-return' | 'approve' | 'publish';

const PATHS: Record<WorkflowAction, string> = {
  'review-return': 'review/return',
  'review-pass': 'review/pass',
  'finance-return': 'finance/return',
  approve: 'approve',
  publish: 'publish',
};

export interface NewComment {
  pointer: string;
  reason: string;
  text: string;
}

export interface TransitionBody {
  opinion?: string;
  grade?: string;
  comments?: NewComment[];
  /** 批复 only: the approved budget in 万元 (exact decimal strings). */
  approvedBudget?:
    { total?: string; current?: string; sources?: { name: string; amount: string | null }[] } | undefined;
}

export const reviewApi = {
  reasons: () => http.get<{ items: { code: string; label: string }[]; grades: string[] }>('/review-reasons'),
  transition: (id: string, action: WorkflowAction, body: TransitionBody) =>
    http.post<{ status: string }>(`/forms/${id}/${PATHS[action]}`, body),
  addComments: (id: string, comments: NewComment[]) =>
    http.post<{ items: ReviewComment[] }>(`/forms/${id}/comments`, { comments }),
};
