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
      // A save answers with the form, not with what the user may do next: keep the actions known, and for
      // a new form (a draft of the user's own unit: edit and submit) fetch them, so the editor stays open.
      client.setQueryData(['form', saved.meta.id], (old: { actions?: string[] } | undefined) => ({
        ...old,
        ...saved,
        actions: old?.actions ?? ['edit', 'submit'],
      }));
      void client.invalidateQueries({ queryKey: ['form', saved.meta.id], exact: true });
      void client.invalidateQueries({ queryKey: ['forms'] });
      void client.invalidateQueries({ queryKey: ['form', saved.meta.id, 'versions'] });
    },
  });
}
