// Review comments anchored to a form's fields (all rounds).
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useFormComments(id: string | undefined) {
  return useQuery({
    queryKey: ['form', id, 'comments'],
    queryFn: () => formsApi.comments(id!),
    enabled: Boolean(id),
  });
}
