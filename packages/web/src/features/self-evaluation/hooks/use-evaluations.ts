// The self-evaluations of a year in the user's scope (page by page), the approved projects still to
// evaluate, and the units to chase (催报) worked out by the server over the whole year.
import { useQuery } from '@tanstack/react-query';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { selfEvaluationApi } from '../api/self-evaluation-api.ts';

export function useEvaluations(year: number, chasing: boolean) {
  const list = useCursorList(['self-evaluations', year], (cursor) => selfEvaluationApi.list(year, cursor));
  const candidates = useQuery({
    queryKey: ['self-evaluations', 'candidates', year],
    queryFn: () => selfEvaluationApi.candidates(year),
  });
  const behind = useQuery({
    queryKey: ['self-evaluations', 'behind', year],
    queryFn: () => selfEvaluationApi.behind(year),
    enabled: chasing,
  });
  return { list, candidates, behind };
}
