// The template labels an organisation taught (layout mappings): the user's own, or (administrators)
// those of the organisation chosen.
import { useQuery } from '@tanstack/react-query';
import { importsApi } from '../api/imports-api.ts';

export const MAPPINGS_KEY = ['layout-mappings'] as const;

export function useLayoutMappings(orgId?: string) {
  return useQuery({ queryKey: [...MAPPINGS_KEY, orgId ?? 'own'], queryFn: () => importsApi.mappings(orgId) });
}
