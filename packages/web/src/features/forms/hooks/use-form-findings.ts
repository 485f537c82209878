// The findings of the checks on a stored form (run by the server).
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useFormFindings(id: string | undefined) {
  return useQuery({
    queryKey: ['form', id, 'findings'],
    queryFn: () => formsApi.findings(id!),
    enabled: Boolean(id),
  });
}
