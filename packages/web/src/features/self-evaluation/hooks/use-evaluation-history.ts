// Last year's targets, actuals and scores of a form's indicators (continuing projects), with R-HIST findings.
import { useQuery } from '@tanstack/react-query';
import { selfEvaluationApi } from '../api/self-evaluation-api.ts';

export function useEvaluationHistory(formId: string | undefined) {
  return useQuery({
    queryKey: ['evaluation-history', formId],
    queryFn: () => selfEvaluationApi.history(formId!),
    enabled: !!formId,
  });
}
