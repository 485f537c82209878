// Saving: a new form is created (POST), a stored one saved on its version (PUT, 409 when stale).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Form } from '@jixiao/core';
import { formsApi, type StoredForm } from '../../forms/api/forms-api.ts';

export function useSaveForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      baseVersion,
      form,
    }: {
      id: string | null;
      baseVersion: number | null;
      form: Form;
    }): Promise<StoredForm> =>
      id && baseVersion ? formsApi.save(id, baseVersion, form) : formsApi.create(form),
    onSuccess: (saved) => {
      client.setQueryData(['form', saved.meta.id], (old: unknown) => ({ ...(old as object), ...saved }));
      void client.invalidateQueries({ queryKey: ['forms'] });
    },
  });
}
