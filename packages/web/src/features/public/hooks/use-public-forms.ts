// Every published form (the public index filters by year on the page).
import { useQuery } from '@tanstack/react-query';
import { publicApi } from '../api/public-api.ts';

export function usePublicForms() {
  return useQuery({ queryKey: ['public', 'forms'], queryFn: () => publicApi.list({}) });
}
