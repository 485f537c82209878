// Remembers a template's label for a field (kept for the organisation).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importsApi, type MappableField } from '../api/imports-api.ts';
import { MAPPINGS_KEY } from './use-layout-mappings.ts';

export function useTeachMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ label, field }: { label: string; field: MappableField }) => importsApi.teach(label, field),
    onSuccess: () => void client.invalidateQueries({ queryKey: MAPPINGS_KEY }),
  });
}
