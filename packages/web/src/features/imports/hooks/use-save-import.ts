// Saves the chosen forms of an uploaded file as drafts of the user's unit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importsApi, type Pick } from '../api/imports-api.ts';

export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ fileId, indices, picks }: { fileId: string; indices: number[]; picks: Pick[] }) =>
      importsApi.save(fileId, indices, picks),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['forms'] }),
  });
}
