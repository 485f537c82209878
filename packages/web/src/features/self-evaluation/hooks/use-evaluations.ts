// The self-evaluations of a year in the user's scope, and the approved projects still to evaluate.
import { useQuery } from '@tanstack/react-query';
import { selfEvaluationApi } from '../api/self-evaluation-api.ts';

export function useEvaluations(year: number) {
  const list = useQuery({
    queryKey: ['self-evaluations', year],
    queryFn: () => selfEvaluationApi.list(year),
  });
  const candidates = useQuery({
    queryKey: ['self-evaluations', 'candidates', year],
    queryFn: () => selfEvaluationApi.candidates(year),
  });
  return { list, candidates };
}
