// The budget of one organisation and year, and saving it (the version travels with the data).
import type { Budget } from '@jixiao/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { budgetApi } from '../api/budget-api.ts';

export function useBudget(orgId: string | null, year: number | null) {
  return useQuery({
    queryKey: ['budget', orgId, year],
    queryFn: () => budgetApi.get(orgId!, year!),
    enabled: Boolean(orgId && year),
  });
}

export function useSaveBudget(orgId: string | null, year: number | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ baseVersion, budget }: { baseVersion: number; budget: Budget }) =>
      budgetApi.save(orgId!, year!, baseVersion, budget),
    onSuccess: (data) => client.setQueryData(['budget', orgId, year], data),
  });
}
