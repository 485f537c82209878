// 预算年度 known to the server, newest first.
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useYears() {
  return useQuery({
    queryKey: ['years'],
    queryFn: async () => {
      const { items } = await formsApi.years();
      return items.map((y) => (typeof y === 'number' ? y : y.year)).sort((a, b) => b - a);
    },
    staleTime: 5 * 60_000,
  });
}
