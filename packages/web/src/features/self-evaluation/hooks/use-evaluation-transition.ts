// A review step of a self-evaluation (提交, 退回, 审核通过, 审核确认) on the version the actor sees; the
// evaluation and lists are read again — also after a 409, so that the actor sees what changed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/http.ts';
import { selfEvaluationApi, type EvaluationAction } from '../api/self-evaluation-api.ts';

export function useEvaluationTransition(id: string, version: number) {
  const client = useQueryClient();
  const reload = () => {
    void client.invalidateQueries({ queryKey: ['self-evaluation', id] });
    void client.invalidateQueries({ queryKey: ['self-evaluations'] });
  };
  return useMutation({
    mutationFn: ({ action, opinion }: { action: EvaluationAction; opinion: string | null }) =>
      selfEvaluationApi.transition(id, action, version, opinion),
    onSuccess: reload,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) reload();
    },
  });
}
