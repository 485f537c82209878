// Pairs for another project, and the confirmation (which refreshes the lists it writes into). The 自评表 /
// 监控表 itself arrives through the import page's one upload (/api/imports answers it with the proposal).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PickInput } from '@jixiao/core/contracts';
import { evaluationImportsApi, type ConfirmInput } from '../api/evaluation-imports-api.ts';

/** The upload read again with the cells the user pointed at. */
export function useReadEvaluation() {
  return useMutation({
    mutationFn: ({ fileId, index, picks }: { fileId: string; index: number; picks: PickInput[] }) =>
      evaluationImportsApi.read(fileId, index, picks),
  });
}

export function useEvaluationMatch() {
  return useMutation({
    mutationFn: ({
      fileId,
      index,
      formId,
      picks,
    }: {
      fileId: string;
      index: number;
      formId: string;
      picks: PickInput[];
    }) => evaluationImportsApi.match(fileId, index, formId, picks),
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
