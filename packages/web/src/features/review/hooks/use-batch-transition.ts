// Runs a batch action and refreshes the lists and the forms it touched.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { batchApi } from '../api/batch-api.ts';

export function useBatchTransition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: batchApi.run,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['forms'] });
      void client.invalidateQueries({ queryKey: ['form'] });
      void client.invalidateQueries({ queryKey: ['work-waiting'] });
    },
  });
}
