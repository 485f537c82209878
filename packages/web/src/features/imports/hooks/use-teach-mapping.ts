// Remembers a template's label for a field (kept for the organisation).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaughtOnKind } from '@jixiao/core';
import { importsApi, type MappableField } from '../api/imports-api.ts';
import { MAPPINGS_KEY } from './use-layout-mappings.ts';

export function useTeachMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      label,
      field,
      kind,
    }: {
      label: string;
      field: MappableField;
      kind: TaughtOnKind | null;
    }) => importsApi.teach(label, field, kind),
    onSuccess: () => void client.invalidateQueries({ queryKey: MAPPINGS_KEY }),
  });
}
