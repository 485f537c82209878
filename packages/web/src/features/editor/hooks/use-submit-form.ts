// 提交: sends a saved form to its reviewer (422 with the findings while errors remain).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formsApi } from '../../forms/api/forms-api.ts';

export function useSubmitForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => formsApi.submit(id),
    onSuccess: (_r, id) => {
      void client.invalidateQueries({ queryKey: ['form', id] });
      void client.invalidateQueries({ queryKey: ['forms'] });
    },
  });
}
