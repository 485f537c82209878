// Closing and reopening a round (finance), submitting and withdrawing an entry (the unit); the round, its
// list and the entry are read again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { monitoringApi, type ReopenRequest } from '../api/monitoring-api.ts';

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['monitoring-round'] });
    void client.invalidateQueries({ queryKey: ['monitoring-rounds'] });
    void client.invalidateQueries({ queryKey: ['monitoring-entry'] });
  };
}

export function useRoundWorkflow(id: string) {
  const onSuccess = useRefresh();
  const close = useMutation({ mutationFn: () => monitoringApi.closeRound(id), onSuccess });
  const reopen = useMutation({
    mutationFn: (body: ReopenRequest) => monitoringApi.reopenRound(id, body),
    onSuccess,
  });
  return { close, reopen };
}

export function useEntryWorkflow(id: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (action: 'submit' | 'withdraw') => monitoringApi.markEntry(id, action),
    onSuccess,
  });
}
