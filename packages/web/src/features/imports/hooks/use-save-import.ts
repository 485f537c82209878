// Saves the chosen forms of an uploaded file as drafts of the user's unit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importsApi, type Pick } from '../api/imports-api.ts';

export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      fileId,
      indices,
      picks,
      years,
    }: {
      fileId: string;
      indices: number[];
      picks: Pick[];
      /** Years given in the preview for forms whose document names none. */
      years: { index: number; year: number }[];
    }) => importsApi.save(fileId, indices, picks, years),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['forms'] }),
  });
}
