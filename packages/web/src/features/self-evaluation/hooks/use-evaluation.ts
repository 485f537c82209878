// One self-evaluation with its scores and working.
import { useQuery } from '@tanstack/react-query';
import { selfEvaluationApi } from '../api/self-evaluation-api.ts';

export function useEvaluation(id: string) {
  return useQuery({ queryKey: ['self-evaluation', id], queryFn: () => selfEvaluationApi.get(id) });
}
