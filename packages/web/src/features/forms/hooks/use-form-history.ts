// The workflow record of a form (who did what, when, with which opinion).
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useFormHistory(id: string | undefined) {
  return useQuery({
    queryKey: ['form', id, 'history'],
    queryFn: () => formsApi.history(id!),
    enabled: Boolean(id),
  });
}
