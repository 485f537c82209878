// Closing and reopening a round (finance), submitting and withdrawing an entry (the unit); the round, its
// list and the entry are read again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/http.ts';
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

/** On the version the unit sees; after a 409 the entry is read again, so that the unit sees what changed. */
export function useEntryWorkflow(id: string, version: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: 'submit' | 'withdraw') => monitoringApi.markEntry(id, action, version),
    onSuccess: refresh,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });
}
