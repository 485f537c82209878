// The difference between two versions of a form (server-side diff), when both are known and differ.
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useFormDiff(id: string | undefined, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['form', id, 'diff', from, to],
    queryFn: () => formsApi.diff(id!, from!, to!),
    enabled: Boolean(id) && from !== null && to !== null && from !== to,
    staleTime: Infinity, // versions never change
  });
}

export function useFormVersions(id: string | undefined) {
  return useQuery({
    queryKey: ['form', id, 'versions'],
    queryFn: () => formsApi.versions(id!),
    enabled: Boolean(id),
  });
}
