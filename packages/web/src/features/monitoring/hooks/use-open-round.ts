// Finance opens a round for chosen approved projects.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { monitoringApi } from '../api/monitoring-api.ts';

export function useOpenRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: monitoringApi.openRound,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['monitoring-rounds'] }),
  });
}
