// A review step of a self-evaluation (提交, 退回, 审核通过, 审核确认); the evaluation and lists are read again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { selfEvaluationApi, type EvaluationAction } from '../api/self-evaluation-api.ts';

export function useEvaluationTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, opinion }: { action: EvaluationAction; opinion: string | null }) =>
      selfEvaluationApi.transition(id, action, opinion),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['self-evaluation', id] });
      void client.invalidateQueries({ queryKey: ['self-evaluations'] });
    },
  });
}
