// Saves (and scores) a self-evaluation, or imports a filled 自评表.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { selfEvaluationApi, type EvaluationInput, type EvaluationView } from '../api/self-evaluation-api.ts';

export function useSaveEvaluation(id: string) {
  const client = useQueryClient();
  const done = (view: EvaluationView) => {
    client.setQueryData(['self-evaluation', id], view);
    void client.invalidateQueries({ queryKey: ['self-evaluations'] });
  };
  const save = useMutation({
    mutationFn: (body: EvaluationInput) => selfEvaluationApi.save(id, body),
    onSuccess: done,
  });
  const upload = useMutation({
    mutationFn: (file: File) => selfEvaluationApi.importFile(id, file),
    onSuccess: done,
  });
  return { save, upload };
}
