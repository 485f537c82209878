// Saves (and scores) a self-evaluation, or imports a filled 自评表.
import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { selfEvaluationApi, type EvaluationInput, type EvaluationView } from '../api/self-evaluation-api.ts';

/** The key of a save or an import of one self-evaluation: the review bar waits on it (see useSavingEvaluation). */
const savingKey = (id: string) => ['self-evaluation-save', id];

export function useSaveEvaluation(id: string) {
  const client = useQueryClient();
  const done = (view: EvaluationView) => {
    client.setQueryData(['self-evaluation', id], view);
    void client.invalidateQueries({ queryKey: ['self-evaluations'] });
  };
  const save = useMutation({
    mutationKey: savingKey(id),
    mutationFn: (body: EvaluationInput) => selfEvaluationApi.save(id, body),
    onSuccess: done,
  });
  const upload = useMutation({
    mutationKey: savingKey(id),
    mutationFn: (file: File) => selfEvaluationApi.importFile(id, file),
    onSuccess: done,
  });
  return { save, upload };
}

/**
 * True while the sheet is being saved or a filled 自评表 imported. A review step (提交 …) sent then would carry
 * the version from before the save and be refused as a conflict; its buttons wait instead.
 */
export function useSavingEvaluation(id: string): boolean {
  return useIsMutating({ mutationKey: savingKey(id) }) > 0;
}
