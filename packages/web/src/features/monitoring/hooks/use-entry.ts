// One monitoring table with its computed lights and findings.
import { useQuery } from '@tanstack/react-query';
import { monitoringApi } from '../api/monitoring-api.ts';

export function useEntry(id: string) {
  return useQuery({ queryKey: ['monitoring-entry', id], queryFn: () => monitoringApi.entry(id) });
}
