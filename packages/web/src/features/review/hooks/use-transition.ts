// Takes a workflow action (return, pass, approve, publish) with opinion, grade and anchored comments.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewApi, type TransitionBody, type WorkflowAction } from '../api/review-api.ts';

export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: WorkflowAction; body: TransitionBody }) =>
      reviewApi.transition(id, action, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['form', id] });
      void client.invalidateQueries({ queryKey: ['forms'] });
    },
  });
}
