// 自评表 / 监控表 kept as records of their own: the list by pages (加载更多), and one record with the table
// as read.
import { useQuery } from '@tanstack/react-query';
import { useCursorList } from '../../../api/use-cursor-list.ts';
import { evaluationImportsApi } from '../api/evaluation-imports-api.ts';

export function useImportedRecords() {
  return useCursorList(['evaluation-imports', 'records'], (cursor) =>
    evaluationImportsApi.records(undefined, cursor),
  );
}

export function useImportedRecord(id: string) {
  return useQuery({
    queryKey: ['evaluation-imports', 'record', id],
    queryFn: () => evaluationImportsApi.record(id),
  });
}
