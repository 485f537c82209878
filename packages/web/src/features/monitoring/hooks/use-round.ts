// One round with the entries the user may see.
import { useQuery } from '@tanstack/react-query';
import { monitoringApi } from '../api/monitoring-api.ts';

export function useRound(id: string | null) {
  return useQuery({
    queryKey: ['monitoring-round', id],
    queryFn: () => monitoringApi.round(id!),
    enabled: id !== null,
  });
}
