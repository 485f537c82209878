// Forms the signed-in user can see, for a fiscal year (and optional filters).
import { useQuery } from '@tanstack/react-query';
import { formsApi, type FormListQuery } from '../api/forms-api.ts';

export function useFormList(q: FormListQuery, enabled = true) {
  return useQuery({ queryKey: ['forms', q], queryFn: () => formsApi.list(q), enabled });
}
