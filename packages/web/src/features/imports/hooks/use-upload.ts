// Uploads a file for a preview of the recognised forms and their findings.
import { useMutation } from '@tanstack/react-query';
import { importsApi } from '../api/imports-api.ts';

export function useUpload() {
  return useMutation({ mutationFn: (file: File) => importsApi.upload(file) });
}
