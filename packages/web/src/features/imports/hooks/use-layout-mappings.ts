// The template labels the user's organisation taught (layout mappings).
import { useQuery } from '@tanstack/react-query';
import { importsApi } from '../api/imports-api.ts';

export const MAPPINGS_KEY = ['layout-mappings'] as const;

export function useLayoutMappings() {
  return useQuery({ queryKey: MAPPINGS_KEY, queryFn: () => importsApi.mappings() });
}
