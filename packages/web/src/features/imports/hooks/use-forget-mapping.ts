// Forgets a template label of the organisation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importsApi } from '../api/imports-api.ts';
import { MAPPINGS_KEY } from './use-layout-mappings.ts';

export function useForgetMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => importsApi.forget(id),
    onSuccess: () => void client.invalidateQueries({ queryKey: MAPPINGS_KEY }),
  });
}
