// Departments and units the signed-in user can see (for choosing whose budget to open).
import { useQuery } from '@tanstack/react-query';
import { budgetApi } from '../api/budget-api.ts';

export function useOrgs() {
  return useQuery({
    queryKey: ['orgs'],
    queryFn: async () => (await budgetApi.orgs()).items,
    staleTime: 5 * 60_000,
  });
}
