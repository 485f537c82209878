// Saves the chosen forms of an uploaded file as drafts of the user's unit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importsApi } from '../api/imports-api.ts';

export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ fileId, indices }: { fileId: string; indices: number[] }) =>
      importsApi.save(fileId, indices),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['forms'] }),
  });
}
