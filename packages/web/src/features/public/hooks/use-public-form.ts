// One published form with its 批复 (its request may already be under way: see api/early.ts).
import { useQuery } from '@tanstack/react-query';
import { publicApi } from '../api/public-api.ts';

const publicFormQuery = (id: string) => ({
  queryKey: ['public', 'form', id],
  queryFn: () => publicApi.get(id),
});

export function usePublicForm(id: string | undefined) {
  return useQuery({ ...publicFormQuery(id ?? ''), enabled: Boolean(id) });
}
