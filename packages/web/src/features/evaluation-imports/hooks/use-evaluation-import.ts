// Pairs for another project, and the confirmation (which refreshes the lists it writes into). The 自评表 /
// 监控表 itself arrives through the import page's one upload (/api/imports answers it with the proposal).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationImportsApi, type ConfirmInput } from '../api/evaluation-imports-api.ts';

export function useEvaluationMatch() {
  return useMutation({
    mutationFn: ({ fileId, index, formId }: { fileId: string; index: number; formId: string }) =>
      evaluationImportsApi.match(fileId, index, formId),
  });
}

export function useConfirmEvaluationImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ fileId, input }: { fileId: string; input: ConfirmInput }) =>
      evaluationImportsApi.confirm(fileId, input),
    onSuccess: () => {
      for (const key of ['self-evaluations', 'monitoring', 'evaluation-imports'])
        void client.invalidateQueries({ queryKey: [key] });
    },
  });
}
