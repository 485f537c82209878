// Reads an uploaded file again with the cells the user pointed at (and the labels taught since).
import { useMutation } from '@tanstack/react-query';
import { importsApi, type Pick } from '../api/imports-api.ts';

export function useReadImport() {
  return useMutation({
    mutationFn: ({ fileId, picks }: { fileId: string; picks: Pick[] }) => importsApi.read(fileId, picks),
  });
}
