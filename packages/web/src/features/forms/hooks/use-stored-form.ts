// One stored form with its meta and the actions the user may take on it.
import { useQuery } from '@tanstack/react-query';
import { formsApi } from '../api/forms-api.ts';

export function useStoredForm(id: string | undefined) {
  return useQuery({ queryKey: ['form', id], queryFn: () => formsApi.get(id!), enabled: Boolean(id) });
}
