// One published form with its 批复.
import { useQuery } from '@tanstack/react-query';
import { publicApi } from '../api/public-api.ts';

export function usePublicForm(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'form', id],
    queryFn: () => publicApi.get(id!),
    enabled: Boolean(id),
  });
}
