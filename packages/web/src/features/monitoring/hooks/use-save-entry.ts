// Saves a monitoring table (typed values) or imports a filled .xlsx; the lights come back computed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { monitoringApi, type EntryInput, type EntryView } from '../api/monitoring-api.ts';

export function useSaveEntry(id: string) {
  const client = useQueryClient();
  const done = (view: EntryView) => {
    client.setQueryData(['monitoring-entry', id], view);
    void client.invalidateQueries({ queryKey: ['monitoring-round'] });
    void client.invalidateQueries({ queryKey: ['monitoring-rounds'] });
  };
  const save = useMutation({
    mutationFn: (body: EntryInput) => monitoringApi.saveEntry(id, body),
    onSuccess: done,
  });
  const upload = useMutation({
    mutationFn: (file: File) => monitoringApi.importEntry(id, file),
    onSuccess: done,
  });
  return { save, upload };
}
