// 自评表 / 监控表 kept as records of their own: the list, and one record with the table as read.
import { useQuery } from '@tanstack/react-query';
import { evaluationImportsApi } from '../api/evaluation-imports-api.ts';

export function useImportedRecords() {
  return useQuery({
    queryKey: ['evaluation-imports', 'records'],
    queryFn: () => evaluationImportsApi.records(),
  });
}

export function useImportedRecord(id: string) {
  return useQuery({
    queryKey: ['evaluation-imports', 'record', id],
    queryFn: () => evaluationImportsApi.record(id),
  });
}
